namespace AsAnalysis.Data;

/// <summary>
/// The names of <see cref="AeSeverity"/> (AESEV): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class AeSeverityNames
{
    /// <summary>The code, the CDISC AESEV term: <c>MILD</c>, <c>MODERATE</c> or <c>SEVERE</c>.</summary>
    /// <param name="severity">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AeSeverity"/>.</exception>
    public static string Code(this AeSeverity severity) => severity switch
    {
        AeSeverity.Mild => "MILD",
        AeSeverity.Moderate => "MODERATE",
        AeSeverity.Severe => "SEVERE",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>The figure label: <c>Mild</c>, <c>Moderate</c> or <c>Severe</c>.</summary>
    /// <param name="severity">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AeSeverity"/>.</exception>
    public static string ShortLabel(this AeSeverity severity) => severity switch
    {
        AeSeverity.Mild => "Mild",
        AeSeverity.Moderate => "Moderate",
        AeSeverity.Severe => "Severe",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>The words for footnotes and the methods text: <c>mild</c>, <c>moderate</c> or <c>severe</c>.</summary>
    /// <param name="severity">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AeSeverity"/>.</exception>
    public static string Label(this AeSeverity severity) => severity switch
    {
        AeSeverity.Mild => "mild",
        AeSeverity.Moderate => "moderate",
        AeSeverity.Severe => "severe",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
