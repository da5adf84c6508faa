namespace AsAnalysis.Endpoints;

/// <summary>Canonical names of the endpoint enums (as used in ard.csv).</summary>
public static class EndpointNames
{
    /// <summary>The ard.csv endpoint name: ASAS20, ASAS40, ASAS56, ASASPR, BASDAI50, ASDAS_CII, ASDAS_MI.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string CanonicalName(this ResponderEndpoint endpoint) => endpoint switch
    {
        ResponderEndpoint.Asas20 => "ASAS20",
        ResponderEndpoint.Asas40 => "ASAS40",
        ResponderEndpoint.Asas56 => "ASAS56",
        ResponderEndpoint.AsasPartialRemission => "ASASPR",
        ResponderEndpoint.Basdai50 => "BASDAI50",
        ResponderEndpoint.AsdasClinicallyImportantImprovement => "ASDAS_CII",
        ResponderEndpoint.AsdasMajorImprovement => "ASDAS_MI",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The ard.csv endpoint name: BASDAI, BASFI, ASDAS_CRP, CRP, PTGLOBAL, PAIN.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string CanonicalName(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => "BASDAI",
        ContinuousEndpoint.Basfi => "BASFI",
        ContinuousEndpoint.AsdasCrp => "ASDAS_CRP",
        ContinuousEndpoint.Crp => "CRP",
        ContinuousEndpoint.PatientGlobal => "PTGLOBAL",
        ContinuousEndpoint.Pain => "PAIN",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The canonical (snake case) name of a reason, e.g. <c>missing_component</c>.</summary>
    /// <param name="reason">The reason.</param>
    public static string CanonicalName(this NotEvaluableReason reason) => reason switch
    {
        NotEvaluableReason.None => "none",
        NotEvaluableReason.NotPostBaseline => "not_post_baseline",
        NotEvaluableReason.NoBaseline => "no_baseline",
        NotEvaluableReason.MissingBaselineComponent => "missing_baseline_component",
        NotEvaluableReason.MissingComponent => "missing_component",
        NotEvaluableReason.NoVisit => "no_visit",
        NotEvaluableReason.Discontinued => "discontinued",
        NotEvaluableReason.NotTreated => "not_treated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The visit label used in ard.csv: <c>Week 12</c> for AVISITN 12 (trailing zeros dropped, invariant culture).</summary>
    /// <param name="visitWeek">AVISITN in weeks.</param>
    [Obsolete("Use AsAnalysis.Data.VisitLabels.Week.", false)]
    public static string VisitLabel(decimal visitWeek) => Data.VisitLabels.Week(visitWeek);
}
