namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="PValueAdjustment"/> (multiplicity adjustments): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class PValueAdjustmentNames
{
    /// <summary>The code: <c>bonferroni</c>, <c>holm</c> or <c>hochberg</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PValueAdjustment"/>.</exception>
    public static string Code(this PValueAdjustment method) => method switch
    {
        PValueAdjustment.Bonferroni => "bonferroni",
        PValueAdjustment.Holm => "holm",
        PValueAdjustment.Hochberg => "hochberg",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label: <c>Bonferroni</c>, <c>Holm</c> or <c>Hochberg</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PValueAdjustment"/>.</exception>
    public static string ShortLabel(this PValueAdjustment method) => method switch
    {
        PValueAdjustment.Bonferroni => "Bonferroni",
        PValueAdjustment.Holm => "Holm",
        PValueAdjustment.Hochberg => "Hochberg",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text: <c>Bonferroni</c>, <c>Holm</c> or <c>Hochberg</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PValueAdjustment"/>.</exception>
    public static string Label(this PValueAdjustment method) => method switch
    {
        PValueAdjustment.Bonferroni => "Bonferroni",
        PValueAdjustment.Holm => "Holm",
        PValueAdjustment.Hochberg => "Hochberg",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
