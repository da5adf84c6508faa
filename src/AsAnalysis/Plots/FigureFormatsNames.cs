namespace AsAnalysis.Plots;

/// <summary>
/// The names of <see cref="FigureFormats"/> (figure file formats): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class FigureFormatsNames
{
    /// <summary>The code: <c>png</c>, <c>svg</c> or <c>png_and_svg</c>.</summary>
    /// <param name="formats">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="FigureFormats"/>.</exception>
    public static string Code(this FigureFormats formats) => formats switch
    {
        FigureFormats.Png => "png",
        FigureFormats.Svg => "svg",
        FigureFormats.PngAndSvg => "png_and_svg",
        _ => throw new ArgumentOutOfRangeException(nameof(formats), formats, null),
    };

    /// <summary>The compact label: <c>PNG</c>, <c>SVG</c> or <c>PNG and SVG</c>.</summary>
    /// <param name="formats">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="FigureFormats"/>.</exception>
    public static string ShortLabel(this FigureFormats formats) => formats switch
    {
        FigureFormats.Png => "PNG",
        FigureFormats.Svg => "SVG",
        FigureFormats.PngAndSvg => "PNG and SVG",
        _ => throw new ArgumentOutOfRangeException(nameof(formats), formats, null),
    };

    /// <summary>The words for messages, e.g. <c>PNG (raster)</c>.</summary>
    /// <param name="formats">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="FigureFormats"/>.</exception>
    public static string Label(this FigureFormats formats) => formats switch
    {
        FigureFormats.Png => "PNG (raster)",
        FigureFormats.Svg => "SVG (vector)",
        FigureFormats.PngAndSvg => "PNG and SVG",
        _ => throw new ArgumentOutOfRangeException(nameof(formats), formats, null),
    };
}
