namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="ContinuousEndpoint"/> (continuous endpoints): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// Axis titles add the <see cref="Unit"/>.
/// </summary>
public static class ContinuousEndpointNames
{
    /// <summary>The ard.csv endpoint code: <c>BASDAI</c>, <c>BASFI</c>, <c>ASDAS_CRP</c>, <c>CRP</c>, <c>PTGLOBAL</c>, <c>PAIN</c>.</summary>
    /// <param name="endpoint">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ContinuousEndpoint"/>.</exception>
    public static string Code(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => "BASDAI",
        ContinuousEndpoint.Basfi => "BASFI",
        ContinuousEndpoint.AsdasCrp => "ASDAS_CRP",
        ContinuousEndpoint.Crp => "CRP",
        ContinuousEndpoint.PatientGlobal => "PTGLOBAL",
        ContinuousEndpoint.Pain => "PAIN",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The figure label, e.g. <c>ASDAS-CRP</c>, <c>Patient global</c>.</summary>
    /// <param name="endpoint">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ContinuousEndpoint"/>.</exception>
    public static string ShortLabel(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => "BASDAI",
        ContinuousEndpoint.Basfi => "BASFI",
        ContinuousEndpoint.AsdasCrp => "ASDAS-CRP",
        ContinuousEndpoint.Crp => "CRP",
        ContinuousEndpoint.PatientGlobal => "Patient global",
        ContinuousEndpoint.Pain => "Pain",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>CRP (mg/L)</c>, <c>Patient global assessment</c>.</summary>
    /// <param name="endpoint">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ContinuousEndpoint"/>.</exception>
    public static string Label(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => "BASDAI",
        ContinuousEndpoint.Basfi => "BASFI",
        ContinuousEndpoint.AsdasCrp => "ASDAS-CRP",
        ContinuousEndpoint.Crp => "CRP (mg/L)",
        ContinuousEndpoint.PatientGlobal => "Patient global assessment",
        ContinuousEndpoint.Pain => "Pain",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The unit for axis titles: <c>points, 0–10</c> (BASDAI, BASFI, patient global, pain), <c>units</c> (ASDAS), <c>mg/L</c> (CRP).</summary>
    /// <param name="endpoint">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ContinuousEndpoint"/>.</exception>
    public static string Unit(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai or ContinuousEndpoint.Basfi or ContinuousEndpoint.PatientGlobal or ContinuousEndpoint.Pain => "points, 0–10",
        ContinuousEndpoint.AsdasCrp => "units",
        ContinuousEndpoint.Crp => "mg/L",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };
}
