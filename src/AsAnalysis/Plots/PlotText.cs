using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace AsAnalysis.Plots;

/// <summary>Small shared helpers: styled text, text measurement and common labels (numbers become text in <see cref="Formatting.ValueFormatter"/>).</summary>
internal static class PlotText
{
    /// <summary>Adds a styled text plottable.</summary>
    public static Text Add(PlottableAdder add, string text, double x, double y, FigureStyle style, Alignment alignment,
        float? size = null, Color? color = null)
    {
        var t = add.Text(text, x, y);
        style.Apply(t, size, color);
        t.LabelAlignment = alignment;
        t.LabelBackgroundColor = Colors.Transparent;
        t.LabelBorderWidth = 0;
        t.LabelPadding = 0;
        return t;
    }

    /// <summary>Width in pixels of a line of text in the style's font.</summary>
    public static float Width(FigureStyle style, string text, float size)
    {
        var typeface = Fonts.GetTypeface(style.ResolvedFontName, false, false);
        using var font = new SKFont(typeface, size);
        return font.MeasureText(text);
    }

    /// <summary>
    /// The offset of series <paramref name="k"/> of <paramref name="n"/> within a group <paramref name="width"/> wide,
    /// so that the series stand side by side: the first at the lowest coordinate, centred on the group (0 for a single
    /// series). The one dodging rule of the figures; a panel that lists its first series on top negates it.
    /// </summary>
    public static double Dodge(int k, int n, double width) => n == 1 ? 0 : (k - (n - 1) / 2.0) * width / n;

    /// <summary>A round axis maximum at or above <paramref name="value"/> in steps of <paramref name="step"/>.</summary>
    public static double CeilingTo(double value, double step) => Math.Max(step, Math.Ceiling(value / step) * step);

    /// <summary>U+2212 minus sign between arm names.</summary>
    public const string Minus = "\u2212";
}
