namespace AsAnalysis.Reporting;

/// <summary>
/// The names of <see cref="ReportAnalyses"/> (which analyses a report runs): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class ReportAnalysesNames
{
    /// <summary>The code: <c>auto</c>, <c>efficacy_only</c>, <c>safety_only</c> or <c>both</c>.</summary>
    /// <param name="analyses">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ReportAnalyses"/>.</exception>
    public static string Code(this ReportAnalyses analyses) => analyses switch
    {
        ReportAnalyses.Auto => "auto",
        ReportAnalyses.EfficacyOnly => "efficacy_only",
        ReportAnalyses.SafetyOnly => "safety_only",
        ReportAnalyses.Both => "both",
        _ => throw new ArgumentOutOfRangeException(nameof(analyses), analyses, null),
    };

    /// <summary>The compact label: <c>Auto</c>, <c>Efficacy</c>, <c>Safety</c> or <c>Both</c>.</summary>
    /// <param name="analyses">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ReportAnalyses"/>.</exception>
    public static string ShortLabel(this ReportAnalyses analyses) => analyses switch
    {
        ReportAnalyses.Auto => "Auto",
        ReportAnalyses.EfficacyOnly => "Efficacy",
        ReportAnalyses.SafetyOnly => "Safety",
        ReportAnalyses.Both => "Both",
        _ => throw new ArgumentOutOfRangeException(nameof(analyses), analyses, null),
    };

    /// <summary>The words for settings and messages, e.g. <c>efficacy only</c>.</summary>
    /// <param name="analyses">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ReportAnalyses"/>.</exception>
    public static string Label(this ReportAnalyses analyses) => analyses switch
    {
        ReportAnalyses.Auto => "efficacy and safety as the data allow",
        ReportAnalyses.EfficacyOnly => "efficacy only",
        ReportAnalyses.SafetyOnly => "safety only",
        ReportAnalyses.Both => "efficacy and safety",
        _ => throw new ArgumentOutOfRangeException(nameof(analyses), analyses, null),
    };
}
