namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="ResponderEndpoint"/> (binary endpoints): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// Figures say <c>ASAS PR</c> (<see cref="ShortLabel"/>) where tables say <c>ASAS partial remission</c> (<see cref="Label"/>).
/// </summary>
public static class ResponderEndpointNames
{
    /// <summary>The ard.csv endpoint code: <c>ASAS20</c>, <c>ASAS40</c>, <c>ASAS56</c>, <c>ASASPR</c>, <c>BASDAI50</c>, <c>ASDAS_CII</c>, <c>ASDAS_MI</c>.</summary>
    /// <param name="endpoint">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ResponderEndpoint"/>.</exception>
    public static string Code(this ResponderEndpoint endpoint) => endpoint switch
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

    /// <summary>The figure label, e.g. <c>ASAS 5/6</c>, <c>ASAS PR</c>, <c>ASDAS CII</c>.</summary>
    /// <param name="endpoint">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ResponderEndpoint"/>.</exception>
    public static string ShortLabel(this ResponderEndpoint endpoint) => endpoint switch
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

    /// <summary>The words for tables and the methods text, e.g. <c>ASAS 5/6</c>, <c>ASAS partial remission</c>.</summary>
    /// <param name="endpoint">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ResponderEndpoint"/>.</exception>
    public static string Label(this ResponderEndpoint endpoint) => endpoint switch
    {
        ResponderEndpoint.Asas20 => "ASAS20",
        ResponderEndpoint.Asas40 => "ASAS40",
        ResponderEndpoint.Asas56 => "ASAS 5/6",
        ResponderEndpoint.AsasPartialRemission => "ASAS partial remission",
        ResponderEndpoint.Basdai50 => "BASDAI50",
        ResponderEndpoint.AsdasClinicallyImportantImprovement => "ASDAS clinically important improvement",
        ResponderEndpoint.AsdasMajorImprovement => "ASDAS major improvement",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };
}
