using AsAnalysis.Ard;

namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="TermLevel"/> (levels of the SOC/PT table): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// Further form: the ard.csv analysis name of the level's rows.
/// </summary>
public static class TermLevelNames
{
    /// <summary>The code: <c>overall</c>, <c>soc</c> or <c>pt</c>.</summary>
    /// <param name="level">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TermLevel"/>.</exception>
    public static string Code(this TermLevel level) => level switch
    {
        TermLevel.Overall => "overall",
        TermLevel.Soc => "soc",
        TermLevel.Pt => "pt",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The figure label: <c>Overall</c>, <c>SOC</c> or <c>PT</c>.</summary>
    /// <param name="level">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TermLevel"/>.</exception>
    public static string ShortLabel(this TermLevel level) => level switch
    {
        TermLevel.Overall => "Overall",
        TermLevel.Soc => "SOC",
        TermLevel.Pt => "PT",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The words for tables and the methods text: <c>all TEAEs</c>, <c>system organ class</c> or <c>preferred term</c>.</summary>
    /// <param name="level">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TermLevel"/>.</exception>
    public static string Label(this TermLevel level) => level switch
    {
        TermLevel.Overall => "all TEAEs",
        TermLevel.Soc => "system organ class",
        TermLevel.Pt => "preferred term",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The ard.csv analysis name of the level's rows: <c>safety_overview</c>, <c>safety_soc</c> or <c>safety_pt</c>.</summary>
    /// <param name="level">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TermLevel"/>.</exception>
    public static string ArdAnalysisName(this TermLevel level) => level switch
    {
        TermLevel.Overall => ArdAnalysis.SafetyOverview,
        TermLevel.Soc => ArdAnalysis.SafetySoc,
        TermLevel.Pt => ArdAnalysis.SafetyPt,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
