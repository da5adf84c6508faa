using AsAnalysis.Endpoints;
using AsAnalysis.Statistics;

namespace AsAnalysis.Plots;

/// <summary>Display names used in figure text (axis titles, legends, tick labels).</summary>
public static class PlotLabels
{
    /// <summary>Display name of a responder endpoint, e.g. <c>ASAS 5/6</c>, <c>ASDAS CII</c>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string Display(this ResponderEndpoint endpoint) => endpoint switch
    {
        ResponderEndpoint.Asas20 => "ASAS20",
        ResponderEndpoint.Asas40 => "ASAS40",
        ResponderEndpoint.Asas56 => "ASAS 5/6",
        ResponderEndpoint.AsasPartialRemission => "ASAS PR",
        ResponderEndpoint.Basdai50 => "BASDAI50",
        ResponderEndpoint.AsdasClinicallyImportantImprovement => "ASDAS CII",
        ResponderEndpoint.AsdasMajorImprovement => "ASDAS MI",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>Display name of a continuous endpoint, e.g. <c>ASDAS-CRP</c>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string Display(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => "BASDAI",
        ContinuousEndpoint.Basfi => "BASFI",
        ContinuousEndpoint.AsdasCrp => "ASDAS-CRP",
        ContinuousEndpoint.Crp => "CRP",
        ContinuousEndpoint.PatientGlobal => "Patient global",
        ContinuousEndpoint.Pain => "Pain",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>Unit of a continuous endpoint for axis titles: <c>points, 0-10</c>, <c>units</c> (ASDAS), <c>mg/L</c>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string Unit(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai or ContinuousEndpoint.Basfi or ContinuousEndpoint.PatientGlobal or ContinuousEndpoint.Pain => "points, 0–10",
        ContinuousEndpoint.AsdasCrp => "units",
        ContinuousEndpoint.Crp => "mg/L",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>Short name of a missing-data handling: <c>NRI</c>, <c>observed cases</c>, <c>LOCF</c>.</summary>
    /// <param name="imputation">The handling.</param>
    public static string Display(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "NRI",
        Imputation.ObservedCases => "observed cases",
        Imputation.Locf => "LOCF",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>Display name of a difference interval method, e.g. <c>Miettinen-Nurminen</c>.</summary>
    /// <param name="method">The method.</param>
    public static string Display(this DifferenceCiMethod method) => method switch
    {
        DifferenceCiMethod.Wald => "Wald",
        DifferenceCiMethod.WaldCc => "Wald, continuity-corrected",
        DifferenceCiMethod.Newcombe => "Newcombe",
        DifferenceCiMethod.MiettinenNurminen => "Miettinen-Nurminen",
        DifferenceCiMethod.Mee => "Mee",
        DifferenceCiMethod.AgrestiCaffo => "Agresti-Caffo",
        _ => method.CanonicalName(),
    };

    /// <summary>Display name of a proportion interval method, e.g. <c>Clopper-Pearson</c>.</summary>
    /// <param name="method">The method.</param>
    public static string Display(this ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "Wilson",
        ProportionCiMethod.WilsonCc => "Wilson, continuity-corrected",
        ProportionCiMethod.ClopperPearson => "Clopper-Pearson",
        ProportionCiMethod.AgrestiCoull => "Agresti-Coull",
        ProportionCiMethod.Jeffreys => "Jeffreys",
        ProportionCiMethod.Wald => "Wald",
        _ => method.CanonicalName(),
    };
}
