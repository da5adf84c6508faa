using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Html;

/// <summary>
/// A figure for the HTML report, embedded so that the report is one self-contained file: a PNG as a base64
/// data URI, or an SVG inlined after allow-list sanitising (scripts, event handlers, foreign content and external
/// references are rejected; ids are prefixed with <c>fig-{id}-</c> so figures cannot clash).
/// </summary>
public sealed class HtmlFigure
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private HtmlFigure(string id, string caption, HtmlFigureFormat format, string content)
    {
        Id = id;
        Caption = caption;
        Format = format;
        Content = content;
    }

    /// <summary>Id slug (same rule as <see cref="ReportTable.IsValidId"/>); the HTML anchor is <c>fig-{id}</c>.</summary>
    public string Id { get; }

    /// <summary>Caption (also the alternative text).</summary>
    public string Caption { get; }

    /// <summary>Image format.</summary>
    public HtmlFigureFormat Format { get; }

    /// <summary>For PNG the base64 text of the image; for SVG the sanitised <c>&lt;svg&gt;</c> markup.</summary>
    public string Content { get; }

    /// <summary>A PNG figure.</summary>
    /// <param name="id">Id slug.</param>
    /// <param name="caption">Caption, non-blank.</param>
    /// <param name="png">PNG bytes (must start with the PNG signature).</param>
    /// <exception cref="ArgumentException">Invalid id, blank caption, or bytes that are not PNG.</exception>
    public static HtmlFigure FromPng(string id, string caption, ReadOnlySpan<byte> png)
    {
        ReportTable.ValidateId(id, nameof(id));
        ReportTable.ValidateText(caption, nameof(caption));
        if (!png.StartsWith(PngSignature)) throw new ArgumentException("The bytes are not a PNG image (signature missing).", nameof(png));
        return new HtmlFigure(id, caption, HtmlFigureFormat.Png, Convert.ToBase64String(png));
    }

    /// <summary>An SVG figure, sanitised now (see <see cref="HtmlFigure"/>).</summary>
    /// <param name="id">Id slug.</param>
    /// <param name="caption">Caption, non-blank.</param>
    /// <param name="svg">SVG document text (an XML declaration is allowed and dropped).</param>
    /// <exception cref="ArgumentException">Invalid id, blank caption, or SVG that fails sanitising.</exception>
    public static HtmlFigure FromSvg(string id, string caption, string svg)
    {
        ReportTable.ValidateId(id, nameof(id));
        ReportTable.ValidateText(caption, nameof(caption));
        ArgumentNullException.ThrowIfNull(svg);
        return new HtmlFigure(id, caption, HtmlFigureFormat.Svg, SvgSanitizer.Sanitize(svg, "fig-" + id + "-"));
    }

    /// <summary>The HTML anchor id, <c>fig-{id}</c>.</summary>
    public string AnchorId => "fig-" + Id;

    /// <summary>Renders the figure as an HTML <c>&lt;figure&gt;</c> element (ends with "\n").</summary>
    public string RenderHtml()
    {
        var caption = HtmlText.Content(Caption);
        var alt = HtmlText.Attribute(Caption);
        var body = Format == HtmlFigureFormat.Png
            ? "<img src=\"data:image/png;base64," + Content + "\" alt=\"" + alt + "\">"
            : "<div class=\"as-svg\" role=\"img\" aria-label=\"" + alt + "\">" + Content + "</div>";
        return "<figure class=\"as-figure\" id=\"" + AnchorId + "\">\n" + body + "\n<figcaption>" + caption + "</figcaption>\n</figure>\n";
    }
}
