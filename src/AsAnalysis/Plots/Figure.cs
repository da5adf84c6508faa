using ScottPlot;
using SkiaSharp;

namespace AsAnalysis.Plots;

/// <summary>
/// A finished figure: one plot, or several panels laid out side by side or stacked, with the size it was designed
/// for and a stable name (the file stem of its exports, e.g. <c>ae-dot-plot</c>). The panels are ordinary ScottPlot
/// plots and can still be restyled before export.
/// </summary>
public sealed class Figure
{
    private readonly Multiplot? _multiplot;

    private Figure(string name, int width, int height, IReadOnlyList<Plot> panels, Multiplot? multiplot)
    {
        Name = name;
        Width = width;
        Height = height;
        Panels = panels;
        _multiplot = multiplot;
    }

    /// <summary>Stable name, lower-case letters, digits and hyphens (the file stem of its exports).</summary>
    public string Name { get; }
    /// <summary>Width in pixels the figure was designed for.</summary>
    public int Width { get; }
    /// <summary>Height in pixels the figure was designed for.</summary>
    public int Height { get; }
    /// <summary>The panels, in layout order (one for a single-plot figure).</summary>
    public IReadOnlyList<Plot> Panels { get; }
    /// <summary>The first (for most figures the only) panel.</summary>
    public Plot Plot => Panels[0];

    /// <summary>Wraps a single plot as a figure.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="name">Stable name: lower-case letters, digits and hyphens.</param>
    /// <param name="width">Width in pixels (1 to 10000).</param>
    /// <param name="height">Height in pixels (1 to 10000).</param>
    /// <exception cref="ArgumentException">An invalid name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size outside 1 to 10000.</exception>
    public static Figure FromPlot(Plot plot, string name, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return new Figure(CheckName(name), FigureExport.CheckWidth(width), FigureExport.CheckHeight(height), [plot], null);
    }

    /// <summary>Wraps a ScottPlot multiplot (panels in its layout) as a figure.</summary>
    /// <param name="multiplot">The multiplot.</param>
    /// <param name="name">Stable name: lower-case letters, digits and hyphens.</param>
    /// <param name="width">Width in pixels (1 to 10000).</param>
    /// <param name="height">Height in pixels (1 to 10000).</param>
    /// <exception cref="ArgumentException">An invalid name, or a multiplot without panels.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size outside 1 to 10000.</exception>
    public static Figure FromMultiplot(Multiplot multiplot, string name, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        var plots = multiplot.GetPlots();
        if (plots.Length == 0) throw new ArgumentException("The multiplot has no panels.", nameof(multiplot));
        return new Figure(CheckName(name), FigureExport.CheckWidth(width), FigureExport.CheckHeight(height), plots, multiplot);
    }

    /// <summary>The figure as PNG bytes at its design size (identical bytes for identical input).</summary>
    public byte[] GetPngBytes() => FigureExport.GetPngBytes(this);

    /// <summary>The figure as an SVG document at its design size (identical text for identical input).</summary>
    public string GetSvg() => FigureExport.GetSvg(this);

    /// <summary>Renders onto a canvas.</summary>
    internal void Render(SKCanvas canvas, int width, int height)
    {
        var rect = new PixelRect(0, width, height, 0);
        if (_multiplot is not null) _multiplot.Render(canvas, rect);
        else Plot.Render(canvas, rect);
    }

    private static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Any(c => !(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')))
            throw new ArgumentException($"The figure name '{name}' must be lower-case letters, digits and hyphens.", nameof(name));
        return name;
    }
}
