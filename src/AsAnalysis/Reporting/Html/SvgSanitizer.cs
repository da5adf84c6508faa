using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace AsAnalysis.Reporting.Html;

/// <summary>
/// Allow-list sanitiser for SVG that is inlined into the HTML report. The SVG is parsed as XML (DTDs prohibited);
/// only drawing elements and presentation attributes in the SVG namespace are accepted; scripts, event handlers,
/// foreignObject, style elements, animation and every external reference are rejected with an exception (not
/// silently dropped). Internal references are kept: every <c>id</c> and every <c>#id</c> in <c>href</c> and
/// <c>url(#id)</c> is prefixed so that several figures on one page cannot clash (ScottPlot names clip paths
/// <c>cl_1</c>, <c>cl_2</c>, … in every plot). Text is re-serialised by the XML writer, so it is escaped.
/// </summary>
internal static partial class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "clipPath", "mask", "pattern", "linearGradient", "radialGradient", "stop", "use", "symbol",
        "marker", "image",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "id", "class", "style", "transform", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
        "width", "height", "d", "points", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
        "stroke-opacity", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
        "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
        "text-decoration", "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
        "patternUnits", "patternContentUnits", "patternTransform", "gradientUnits", "gradientTransform", "offset",
        "stop-color", "stop-opacity", "spreadMethod", "fx", "fy", "fr", "viewBox", "preserveAspectRatio", "version",
        "dx", "dy", "rotate", "textLength", "lengthAdjust", "marker-start", "marker-mid", "marker-end",
        "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "visibility", "display", "color",
        "vector-effect", "shape-rendering", "text-rendering", "image-rendering", "paint-order", "href",
    };

    [GeneratedRegex(@"url\(\s*(['""]?)#([A-Za-z0-9_.:-]+)\1\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LocalUrl();

    [GeneratedRegex(@"^data:image/(png|jpeg);base64,[A-Za-z0-9+/=\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DataImage();

    /// <summary>Returns the sanitised <c>&lt;svg&gt;</c> element as a string, ids prefixed with <paramref name="idPrefix"/>.</summary>
    /// <exception cref="ArgumentException">Not well-formed XML, not an SVG root, or a disallowed element, attribute or reference.</exception>
    public static string Sanitize(string svg, string idPrefix)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(svg), settings);
            doc = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new ArgumentException("The SVG is not well-formed XML: " + e.Message, nameof(svg), e);
        }
        var root = doc.Root ?? throw new ArgumentException("The SVG has no root element.", nameof(svg));
        if (root.Name != Svg + "svg") throw new ArgumentException("The root element must be <svg> in the SVG namespace.", nameof(svg));
        foreach (var node in doc.Nodes().Where(n => n is not XElement).ToList()) node.Remove();
        foreach (var node in root.DescendantNodes().ToList())
        {
            switch (node)
            {
                case XComment or XProcessingInstruction:
                    node.Remove();
                    break;
                case XCData cdata:
                    cdata.ReplaceWith(new XText(cdata.Value));
                    break;
                case XElement or XText:
                    break;
                default:
                    throw new ArgumentException("The SVG holds a disallowed node: " + node.NodeType, nameof(svg));
            }
        }
        foreach (var el in root.DescendantsAndSelf())
        {
            if (el.Name.Namespace != Svg || !Elements.Contains(el.Name.LocalName))
                throw new ArgumentException($"The SVG element <{el.Name.LocalName}> is not allowed.", nameof(svg));
            foreach (var attr in el.Attributes().ToList()) CheckAttribute(el, attr, idPrefix);
        }
        AddViewBox(root);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static void CheckAttribute(XElement el, XAttribute attr, string prefix)
    {
        if (attr.IsNamespaceDeclaration)
        {
            if (attr.Value != Svg.NamespaceName && attr.Value != XLink.NamespaceName)
                throw new ArgumentException($"The SVG declares a disallowed namespace '{attr.Value}'.", "svg");
            return;
        }
        var name = attr.Name;
        if (name == XNamespace.Xml + "space") return;
        var isHref = name == XLink + "href" || (name.Namespace == XNamespace.None && name.LocalName == "href");
        if (!isHref && (name.Namespace != XNamespace.None || !Attributes.Contains(name.LocalName)))
            throw new ArgumentException($"The SVG attribute '{name.LocalName}' on <{el.Name.LocalName}> is not allowed.", "svg");
        var value = attr.Value;
        if (isHref)
        {
            if (value.StartsWith('#')) attr.Value = "#" + prefix + value[1..];
            else if (el.Name.LocalName == "image" && DataImage().IsMatch(value)) { }
            else throw new ArgumentException($"The SVG reference '{Shorten(value)}' is not allowed (only #id, or a PNG/JPEG data URI on <image>).", "svg");
            return;
        }
        if (name.LocalName == "id")
        {
            attr.Value = prefix + value;
            return;
        }
        var lower = value.ToLowerInvariant();
        if (lower.Contains("url(", StringComparison.Ordinal))
        {
            var rest = LocalUrl().Replace(value, "");
            if (rest.Contains("url(", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"The SVG attribute '{name.LocalName}' refers to an external resource.", "svg");
            value = LocalUrl().Replace(value, m => "url(#" + prefix + m.Groups[2].Value + ")");
            attr.Value = value;
        }
        if (name.LocalName == "style" && (lower.Contains("@import", StringComparison.Ordinal) || lower.Contains("expression", StringComparison.Ordinal) || value.Contains('\\')))
            throw new ArgumentException("The SVG style attribute holds a disallowed construct.", "svg");
        if (lower.Replace(" ", "", StringComparison.Ordinal).Contains("javascript:", StringComparison.Ordinal))
            throw new ArgumentException($"The SVG attribute '{name.LocalName}' holds a script URL.", "svg");
    }

    private static void AddViewBox(XElement root)
    {
        if (root.Attribute("viewBox") is not null) return;
        if (double.TryParse(root.Attribute("width")?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(root.Attribute("height")?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
            && w > 0 && h > 0)
        {
            root.SetAttributeValue("viewBox", FormattableString.Invariant($"0 0 {w:R} {h:R}"));
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
