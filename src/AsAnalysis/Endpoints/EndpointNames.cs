namespace AsAnalysis.Endpoints;

/// <summary>
/// The former home of the endpoint enums' ard.csv codes. Each enum now has its own names type with <c>Code</c>,
/// <c>ShortLabel</c> and <c>Label</c> (<see cref="ResponderEndpointNames"/>, <see cref="ContinuousEndpointNames"/>,
/// <see cref="NotEvaluableReasonNames"/>); these forwarders remain for one release.
/// </summary>
public static class EndpointNames
{
    /// <summary>The ard.csv endpoint name; the same as <see cref="ResponderEndpointNames.Code"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    [Obsolete("Use Code (ResponderEndpointNames).", false)]
    public static string CanonicalName(this ResponderEndpoint endpoint) => endpoint.Code();

    /// <summary>The ard.csv endpoint name; the same as <see cref="ContinuousEndpointNames.Code"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    [Obsolete("Use Code (ContinuousEndpointNames).", false)]
    public static string CanonicalName(this ContinuousEndpoint endpoint) => endpoint.Code();

    /// <summary>The canonical (snake case) name of a reason; the same as <see cref="NotEvaluableReasonNames.Code"/>.</summary>
    /// <param name="reason">The reason.</param>
    [Obsolete("Use Code (NotEvaluableReasonNames).", false)]
    public static string CanonicalName(this NotEvaluableReason reason) => reason.Code();

    /// <summary>The visit label used in ard.csv: <c>Week 12</c> for AVISITN 12 (trailing zeros dropped, invariant culture).</summary>
    /// <param name="visitWeek">AVISITN in weeks.</param>
    [Obsolete("Use AsAnalysis.Data.VisitLabels.Week.", false)]
    public static string VisitLabel(decimal visitWeek) => Data.VisitLabels.Week(visitWeek);
}
