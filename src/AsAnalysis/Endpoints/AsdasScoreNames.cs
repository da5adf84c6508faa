namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="AsdasScore"/> (the ASDAS that defines improvement): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class AsdasScoreNames
{
    /// <summary>The code: <c>crp</c> or <c>esr</c>.</summary>
    /// <param name="score">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasScore"/>.</exception>
    public static string Code(this AsdasScore score) => score switch
    {
        AsdasScore.Crp => "crp",
        AsdasScore.Esr => "esr",
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, null),
    };

    /// <summary>The figure label: <c>CRP</c> or <c>ESR</c>.</summary>
    /// <param name="score">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasScore"/>.</exception>
    public static string ShortLabel(this AsdasScore score) => score switch
    {
        AsdasScore.Crp => "CRP",
        AsdasScore.Esr => "ESR",
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, null),
    };

    /// <summary>The words for tables and the methods text: <c>ASDAS-CRP</c> or <c>ASDAS-ESR</c>.</summary>
    /// <param name="score">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasScore"/>.</exception>
    public static string Label(this AsdasScore score) => score switch
    {
        AsdasScore.Crp => "ASDAS-CRP",
        AsdasScore.Esr => "ASDAS-ESR",
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, null),
    };
}
