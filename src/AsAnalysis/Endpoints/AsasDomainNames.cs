namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="AsasDomain"/> (the four ASAS domains): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class AsasDomainNames
{
    /// <summary>The code: <c>patient_global</c>, <c>pain</c>, <c>function</c> or <c>inflammation</c>.</summary>
    /// <param name="domain">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsasDomain"/>.</exception>
    public static string Code(this AsasDomain domain) => domain switch
    {
        AsasDomain.PatientGlobal => "patient_global",
        AsasDomain.Pain => "pain",
        AsasDomain.Function => "function",
        AsasDomain.Inflammation => "inflammation",
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };

    /// <summary>The figure label, e.g. <c>Patient global</c>, <c>Inflammation</c>.</summary>
    /// <param name="domain">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsasDomain"/>.</exception>
    public static string ShortLabel(this AsasDomain domain) => domain switch
    {
        AsasDomain.PatientGlobal => "Patient global",
        AsasDomain.Pain => "Pain",
        AsasDomain.Function => "Function",
        AsasDomain.Inflammation => "Inflammation",
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>function (BASFI)</c>.</summary>
    /// <param name="domain">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsasDomain"/>.</exception>
    public static string Label(this AsasDomain domain) => domain switch
    {
        AsasDomain.PatientGlobal => "patient global assessment",
        AsasDomain.Pain => "pain",
        AsasDomain.Function => "function (BASFI)",
        AsasDomain.Inflammation => "inflammation (mean of BASDAI Q5 and Q6)",
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };
}
