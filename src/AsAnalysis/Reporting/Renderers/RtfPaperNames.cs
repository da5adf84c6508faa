namespace AsAnalysis.Reporting.Renderers;

/// <summary>
/// The names of <see cref="RtfPaper"/> (RTF paper sizes): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class RtfPaperNames
{
    /// <summary>The code: <c>letter</c> or <c>a4</c>.</summary>
    /// <param name="paper">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RtfPaper"/>.</exception>
    public static string Code(this RtfPaper paper) => paper switch
    {
        RtfPaper.Letter => "letter",
        RtfPaper.A4 => "a4",
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, null),
    };

    /// <summary>The compact label: <c>Letter</c> or <c>A4</c>.</summary>
    /// <param name="paper">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RtfPaper"/>.</exception>
    public static string ShortLabel(this RtfPaper paper) => paper switch
    {
        RtfPaper.Letter => "Letter",
        RtfPaper.A4 => "A4",
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, null),
    };

    /// <summary>The words for messages: <c>US Letter, landscape</c> or <c>ISO A4, landscape</c>.</summary>
    /// <param name="paper">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RtfPaper"/>.</exception>
    public static string Label(this RtfPaper paper) => paper switch
    {
        RtfPaper.Letter => "US Letter, landscape",
        RtfPaper.A4 => "ISO A4, landscape",
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, null),
    };
}
