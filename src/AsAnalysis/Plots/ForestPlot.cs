using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary>A forest plot: estimates with horizontal intervals, one row each, and the null line.</summary>
public sealed class ForestPlot : PlotElement
{
    internal ForestPlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyList<ForestRow> rows, ErrorBar intervals, Markers estimates, VerticalLine nullLine, Tick[] rowTicks)
        : base(plot, parts)
    {
        Rows = rows;
        Intervals = intervals;
        Estimates = estimates;
        NullLine = nullLine;
        RowTicks = rowTicks;
    }

    /// <summary>The rows, top to bottom (row i at y = count − 1 − i).</summary>
    public IReadOnlyList<ForestRow> Rows { get; }
    /// <summary>The interval bars.</summary>
    public ErrorBar Intervals { get; }
    /// <summary>The point estimates.</summary>
    public Markers Estimates { get; }
    /// <summary>The line at no difference.</summary>
    public VerticalLine NullLine { get; }
    /// <summary>Y-axis ticks naming the rows.</summary>
    public Tick[] RowTicks { get; }
}
