namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="WilcoxonMode"/> (how the Wilcoxon p-value is computed): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class WilcoxonModeNames
{
    /// <summary>The code: <c>auto</c>, <c>exact</c> or <c>normal</c>.</summary>
    /// <param name="mode">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="WilcoxonMode"/>.</exception>
    public static string Code(this WilcoxonMode mode) => mode switch
    {
        WilcoxonMode.Auto => "auto",
        WilcoxonMode.Exact => "exact",
        WilcoxonMode.NormalApproximation => "normal",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The figure label: <c>Auto</c>, <c>Exact</c> or <c>Normal</c>.</summary>
    /// <param name="mode">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="WilcoxonMode"/>.</exception>
    public static string ShortLabel(this WilcoxonMode mode) => mode switch
    {
        WilcoxonMode.Auto => "Auto",
        WilcoxonMode.Exact => "Exact",
        WilcoxonMode.NormalApproximation => "Normal",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>exact distribution</c>.</summary>
    /// <param name="mode">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="WilcoxonMode"/>.</exception>
    public static string Label(this WilcoxonMode mode) => mode switch
    {
        WilcoxonMode.Auto => "exact for small samples without ties, else normal approximation (R's rule)",
        WilcoxonMode.Exact => "exact distribution",
        WilcoxonMode.NormalApproximation => "normal approximation with tie and continuity correction",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
