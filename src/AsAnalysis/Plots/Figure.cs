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
    private readonly Legend? _legend;
    private readonly FigureStyle _style;

    private Figure(string name, int width, int height, IReadOnlyList<Plot> panels, Multiplot? multiplot,
        string? title = null, Legend? legend = null, FigureStyle? style = null)
    {
        Name = name;
        Width = width;
        Height = height;
        Panels = panels;
        _multiplot = multiplot;
        Title = string.IsNullOrEmpty(title) ? null : title;
        _legend = legend;
        _style = style ?? FigureStyle.Default;
    }

    /// <summary>
    /// Builds a figure of the ready-made set: panels (one plot, or a multiplot), an optional title drawn above all
    /// panels and an optional legend drawn below them (items of <paramref name="legendFrom"/>, in one row).
    /// </summary>
    internal static Figure Create(string name, int width, int height, IReadOnlyList<Plot> panels, IMultiplotLayout? layout,
        string? title, Plot? legendFrom, FigureStyle style)
    {
        Multiplot? multiplot = null;
        if (panels.Count > 1 || layout is not null)
        {
            multiplot = new Multiplot();
            multiplot.RemovePlot(multiplot.GetPlot(0));
            foreach (var p in panels) multiplot.AddPlot(p);
            if (layout is not null) multiplot.Layout = layout;
        }
        Legend? legend = null;
        if (legendFrom is not null)
        {
            var items = legendFrom.Legend.GetItems();
            if (items.Length > 0)
            {
                var holder = new Plot();
                style.Apply(holder);
                legend = holder.Legend;
                legend.ManualItems.AddRange(items);
                legend.DisplayPlottableLegendItems = false;
                legend.Orientation = Orientation.Horizontal;
                legend.OutlineWidth = 0;
                legend.IsVisible = true;
            }
        }
        return new Figure(CheckName(name), FigureExport.CheckWidth(width), FigureExport.CheckHeight(height), panels, multiplot, title, legend, style);
    }

    /// <summary>The title drawn above the panels (<c>null</c>: none; a single plot may carry its own).</summary>
    public string? Title { get; }

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

    /// <summary>Renders onto a canvas: panels, then the title strip above and the legend strip below them.</summary>
    internal void Render(SKCanvas canvas, int width, int height)
    {
        float top = Title is null ? 0 : MathF.Round(_style.TitleFontSize * 2.4f);
        float bottom = height;
        if (_legend is not null)
        {
            using var measure = Paint.NewDisposablePaint();
            var layout = _legend.GetLayout(new PixelSize(width, height), measure);
            bottom = height - MathF.Round(layout.LegendRect.Height + 10);
        }

        // ScottPlot clears the whole canvas when it renders, so the strips are drawn after the panels
        var rect = new PixelRect(0, width, bottom, top);
        if (_multiplot is not null) _multiplot.Render(canvas, rect);
        else Plot.Render(canvas, rect);

        using var background = new SKPaint { Color = _style.BackgroundColor.ToSKColor() };
        if (Title is not null)
        {
            canvas.DrawRect(0, 0, width, top, background);
            using var paint = new SKPaint { Color = _style.TextColor.ToSKColor(), IsAntialias = true };
            using var font = new SKFont(Fonts.GetTypeface(_style.ResolvedFontName, true, false), _style.TitleFontSize) { Subpixel = true };
            canvas.DrawText(Title, width / 2f, MathF.Round(_style.TitleFontSize * 1.6f), SKTextAlign.Center, font, paint);
        }
        if (_legend is not null)
        {
            canvas.DrawRect(0, bottom, width, height - bottom, background);
            using var paint = Paint.NewDisposablePaint();
            _legend.Render(canvas, paint, new PixelRect(0, width, height, bottom), Alignment.UpperCenter);
        }
    }

    private static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Any(c => !(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')))
            throw new ArgumentException($"The figure name '{name}' must be lower-case letters, digits and hyphens.", nameof(name));
        return name;
    }
}
