namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="SeverityCategory"/> (maximum-severity rows): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class SeverityCategoryNames
{
    /// <summary>The ard.csv endpoint code, e.g. <c>MAX_SEVERITY_MILD</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="SeverityCategory"/>.</exception>
    public static string Code(this SeverityCategory category) => category switch
    {
        SeverityCategory.Mild => "MAX_SEVERITY_MILD",
        SeverityCategory.Moderate => "MAX_SEVERITY_MODERATE",
        SeverityCategory.Severe => "MAX_SEVERITY_SEVERE",
        SeverityCategory.Missing => "MAX_SEVERITY_MISSING",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The figure label, e.g. <c>Mild</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="SeverityCategory"/>.</exception>
    public static string ShortLabel(this SeverityCategory category) => category switch
    {
        SeverityCategory.Mild => "Mild",
        SeverityCategory.Moderate => "Moderate",
        SeverityCategory.Severe => "Severe",
        SeverityCategory.Missing => "Missing",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The table row label, e.g. <c>Mild</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="SeverityCategory"/>.</exception>
    public static string Label(this SeverityCategory category) => category switch
    {
        SeverityCategory.Mild => "Mild",
        SeverityCategory.Moderate => "Moderate",
        SeverityCategory.Severe => "Severe",
        SeverityCategory.Missing => "Missing",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
