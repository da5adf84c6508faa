using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary><c>plot.Add.Forest</c>: a forest plot of estimates with intervals copied from result records.</summary>
public static class ForestPlotExtensions
{
    /// <summary>
    /// Adds a forest plot: row i of <paramref name="rows"/> at y = count − 1 − i (the first row on top), a marker at
    /// the estimate and a horizontal bar over the interval, both times <paramref name="scale"/> (100 turns proportions
    /// into percentage points), and a dashed line at <paramref name="nullValue"/>. Rows with an undefined estimate keep
    /// their place but draw nothing; an undefined bound draws no bar on that side. Set the y ticks from
    /// <see cref="ForestPlot.RowTicks"/>.
    /// </summary>
    /// <param name="add">The plot's adder.</param>
    /// <param name="rows">The rows, top to bottom.</param>
    /// <param name="style">The style.</param>
    /// <param name="scale">Display scale (positive); default 1.</param>
    /// <param name="nullValue">Value of no effect on the display scale; default 0.</param>
    /// <param name="color">Colour of markers and bars; default the style's text colour.</param>
    /// <exception cref="ArgumentException">No row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scale that is not positive and finite.</exception>
    public static ForestPlot Forest(this PlottableAdder add, IReadOnlyList<ForestRow> rows, FigureStyle? style = null, double scale = 1, double nullValue = 0, Color? color = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("No row to draw.", nameof(rows));
        if (rows.Any(r => r is null)) throw new ArgumentException("A row is null.", nameof(rows));
        if (!(scale > 0 && double.IsFinite(scale))) throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be positive and finite.");
        style ??= FigureStyle.Default;
        int n = rows.Count;
        var nullLine = add.VerticalLine(nullValue, style.ThinLineWidth, style.ReferenceLineColor, LinePattern.Dashed);
        var (bars, markers) = Intervals(add, rows.Select((r, i) => ((double)(n - 1 - i), r)), scale, color ?? style.TextColor,
            MarkerShape.FilledSquare, style.MarkerSize + 1, style);
        var ticks = rows.Select((r, i) => new Tick(n - 1 - i, r.Label)).ToArray();
        return new ForestPlot(add.Plot, [nullLine, bars, markers], rows, bars, markers, nullLine, ticks);
    }

    /// <summary>
    /// The drawing of a forest plot's rows, shared by <see cref="Forest"/> and the AE dot plot's risk-difference panel
    /// (<see cref="SafetyPlotExtensions.AeRiskDifference"/>): for each row at its y, a marker at the estimate and a
    /// horizontal bar over the interval, both times <paramref name="scale"/>. A row whose estimate is not finite draws
    /// nothing; a bound that is not finite draws no bar on its side.
    /// </summary>
    internal static (ErrorBar Bars, Markers Markers) Intervals(PlottableAdder add, IEnumerable<(double Y, ForestRow Row)> rows, double scale,
        Color color, MarkerShape shape, float markerSize, FigureStyle style)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var lo = new List<double>();
        var hi = new List<double>();
        foreach (var (y, r) in rows)
        {
            if (!double.IsFinite(r.Estimate)) continue;
            xs.Add(r.Estimate * scale);
            ys.Add(y);
            lo.Add(double.IsFinite(r.Ci.Lower) ? (r.Estimate - r.Ci.Lower) * scale : 0);
            hi.Add(double.IsFinite(r.Ci.Upper) ? (r.Ci.Upper - r.Estimate) * scale : 0);
        }
        var zeros = new double[xs.Count];
        var bars = new ErrorBar(xs, ys, xErrorsPositive: hi, xErrorsNegative: lo, yErrorsPositive: zeros, yErrorsNegative: zeros)
        {
            Color = color,
            LineWidth = style.LineWidth,
            CapSize = style.CapSize,
        };
        add.Plottable(bars);
        var markers = add.Markers(xs.ToArray(), ys.ToArray(), shape, markerSize, color);
        return (bars, markers);
    }
}
