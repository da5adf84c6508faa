namespace AsAnalysis.Reporting.Html;

/// <summary>
/// The names of <see cref="HtmlFigureFormat"/> (image formats of an HTML figure): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class HtmlFigureFormatNames
{
    /// <summary>The code: <c>png</c> or <c>svg</c>.</summary>
    /// <param name="format">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="HtmlFigureFormat"/>.</exception>
    public static string Code(this HtmlFigureFormat format) => format switch
    {
        HtmlFigureFormat.Png => "png",
        HtmlFigureFormat.Svg => "svg",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The compact label: <c>PNG</c> or <c>SVG</c>.</summary>
    /// <param name="format">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="HtmlFigureFormat"/>.</exception>
    public static string ShortLabel(this HtmlFigureFormat format) => format switch
    {
        HtmlFigureFormat.Png => "PNG",
        HtmlFigureFormat.Svg => "SVG",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The words for messages: <c>PNG, embedded as a data URI</c> or <c>SVG, inlined</c>.</summary>
    /// <param name="format">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="HtmlFigureFormat"/>.</exception>
    public static string Label(this HtmlFigureFormat format) => format switch
    {
        HtmlFigureFormat.Png => "PNG, embedded as a data URI",
        HtmlFigureFormat.Svg => "SVG, inlined",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
