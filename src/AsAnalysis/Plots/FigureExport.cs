using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace AsAnalysis.Plots;

/// <summary>
/// PNG and SVG export of plots and figures. Output is deterministic: the same plot renders to the same bytes on every
/// run (no timestamps; PNG through Skia's encoder; SVG from Skia's SVG canvas). In SVG the font family gets a generic
/// <c>sans-serif</c> fallback for viewers without DejaVu Sans.
/// </summary>
public static partial class FigureExport
{
    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxSize = 10000;

    /// <summary>Renders a plot to PNG bytes.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="width">Width in pixels (1 to <see cref="MaxSize"/>).</param>
    /// <param name="height">Height in pixels (1 to <see cref="MaxSize"/>).</param>
    public static byte[] GetPngBytes(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Png((c, w, h) => plot.Render(c, new PixelRect(0, w, h, 0)), CheckWidth(width), CheckHeight(height));
    }

    /// <summary>Renders a figure to PNG bytes at its design size.</summary>
    /// <param name="figure">The figure.</param>
    public static byte[] GetPngBytes(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Png(figure.Render, figure.Width, figure.Height);
    }

    /// <summary>Renders a plot to an SVG document.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="width">Width in pixels (1 to <see cref="MaxSize"/>).</param>
    /// <param name="height">Height in pixels (1 to <see cref="MaxSize"/>).</param>
    public static string GetSvg(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Svg((c, w, h) => plot.Render(c, new PixelRect(0, w, h, 0)), CheckWidth(width), CheckHeight(height));
    }

    /// <summary>Renders a figure to an SVG document at its design size.</summary>
    /// <param name="figure">The figure.</param>
    public static string GetSvg(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Svg(figure.Render, figure.Width, figure.Height);
    }

    /// <summary>Saves a plot as PNG.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="path">The file (created or overwritten).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static void SavePng(Plot plot, string path, int width, int height) => File.WriteAllBytes(CheckPath(path), GetPngBytes(plot, width, height));

    /// <summary>Saves a plot as SVG (UTF-8, no byte-order mark).</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="path">The file (created or overwritten).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static void SaveSvg(Plot plot, string path, int width, int height) => WriteText(CheckPath(path), GetSvg(plot, width, height));

    /// <summary>Saves a figure as PNG at its design size.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="path">The file (created or overwritten).</param>
    public static void SavePng(Figure figure, string path) => File.WriteAllBytes(CheckPath(path), GetPngBytes(figure));

    /// <summary>Saves a figure as SVG (UTF-8, no byte-order mark) at its design size.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="path">The file (created or overwritten).</param>
    public static void SaveSvg(Figure figure, string path) => WriteText(CheckPath(path), GetSvg(figure));

    /// <summary>
    /// Saves figures into a folder (created when missing) as <c>{Name}.png</c> and/or <c>{Name}.svg</c>, and returns the
    /// paths written in order.
    /// </summary>
    /// <param name="figures">The figures; names must be distinct.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="formats">The formats; default both.</param>
    /// <exception cref="ArgumentException">Duplicate figure names, or no format.</exception>
    public static IReadOnlyList<string> SaveAll(IEnumerable<Figure> figures, string folder, FigureFormats formats = FigureFormats.PngAndSvg)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if ((formats & FigureFormats.PngAndSvg) == 0 || (formats & ~FigureFormats.PngAndSvg) != 0)
            throw new ArgumentException("Choose PNG, SVG or both.", nameof(formats));
        var list = figures.ToList();
        if (list.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != list.Count)
            throw new ArgumentException("Figure names must be distinct.", nameof(figures));
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var f in list)
        {
            if (formats.HasFlag(FigureFormats.Png))
            {
                var path = Path.Combine(folder, f.Name + ".png");
                SavePng(f, path);
                written.Add(path);
            }
            if (formats.HasFlag(FigureFormats.Svg))
            {
                var path = Path.Combine(folder, f.Name + ".svg");
                SaveSvg(f, path);
                written.Add(path);
            }
        }
        return written;
    }

    internal static int CheckWidth(int width, string paramName = "width") =>
        Guard.InRange(width, 1, MaxSize, paramName, $"The width must lie in 1..{MaxSize}.");

    internal static int CheckHeight(int height, string paramName = "height") =>
        Guard.InRange(height, 1, MaxSize, paramName, $"The height must lie in 1..{MaxSize}.");

    private static string CheckPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return path;
    }

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

    /// <summary>
    /// ScottPlot draws a plot twice on its first render (the layout depends on the tick labels); in SVG both copies
    /// would be written. A first render on a canvas that draws nothing settles the layout, so every export draws once.
    /// </summary>
    private static void WarmUp(Action<SKCanvas, int, int> render, int width, int height)
    {
        using var canvas = new SKNoDrawCanvas(width, height);
        render(canvas, width, height);
    }

    private static byte[] Png(Action<SKCanvas, int, int> render, int width, int height)
    {
        WarmUp(render, width, height);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Could not create a drawing surface.");
        surface.Canvas.Clear(SKColors.White);
        render(surface.Canvas, width, height);
        surface.Canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string Svg(Action<SKCanvas, int, int> render, int width, int height)
    {
        WarmUp(render, width, height);
        using var stream = new MemoryStream();
        using (var wstream = new SKManagedWStream(stream))
        {
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), wstream))
                render(canvas, width, height);
        }
        var svg = Encoding.UTF8.GetString(stream.ToArray());
        // ScottPlot clears the canvas before drawing; Skia writes the clear as an unfilled (so black) full-size rect,
        // which the figure background then covers. Dropped, so that no viewer can show it.
        string clear = string.Create(CultureInfo.InvariantCulture, $"\t<rect width=\"{width}\" height=\"{height}\"/>\n");
        int at = svg.IndexOf(clear, StringComparison.Ordinal);
        if (at >= 0 && at < 300) svg = svg.Remove(at, clear.Length);
        svg = FontFamily().Replace(svg, m => m.Groups[1].Value.Contains(',', StringComparison.Ordinal)
            ? m.Value
            : "font-family=\"'" + m.Groups[1].Value + "', sans-serif\"");
        return RenumberIds(svg);
    }

    /// <summary>
    /// Skia numbers clip paths with a process-wide counter (<c>cl_9</c>, <c>cl_a</c>, ...), so the same figure would get
    /// other ids on a second render. Ids are renumbered in order of appearance, and the <c>url(#id)</c> and
    /// <c>href="#id"</c> references with them.
    /// </summary>
    private static string RenumberIds(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
        {
            var id = m.Groups[1].Value;
            if (!map.ContainsKey(id)) map[id] = "cl_" + (map.Count + 1).ToString(CultureInfo.InvariantCulture);
        }
        if (map.Count == 0) return svg;
        string Sub(Match m) => map.TryGetValue(m.Groups[2].Value, out var n) ? m.Groups[1].Value + n + m.Groups[3].Value : m.Value;
        svg = IdAttribute().Replace(svg, m => map.TryGetValue(m.Groups[1].Value, out var n) ? " id=\"" + n + "\"" : m.Value);
        return IdReference().Replace(svg, Sub);
    }

    [GeneratedRegex("font-family=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex FontFamily();

    [GeneratedRegex(" id=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(url\\(#|href=\"#)([^)\"]+)(\\)|\")", RegexOptions.CultureInvariant)]
    private static partial Regex IdReference();
}
