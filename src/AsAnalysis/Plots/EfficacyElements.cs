using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary>Grouped response bars: one bar per arm in each endpoint-visit group, interval whiskers and n/N labels.</summary>
public sealed class ResponseBarsPlot : PlotElement
{
    internal ResponseBarsPlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyDictionary<string, BarPlot> bars,
        IReadOnlyDictionary<string, ErrorBar> whiskers, IReadOnlyList<Text> countLabels, Tick[] groupTicks, double maxUpper)
        : base(plot, parts)
    {
        Bars = bars;
        Whiskers = whiskers;
        CountLabels = countLabels;
        GroupTicks = groupTicks;
        MaxUpper = maxUpper;
    }

    /// <summary>The bars of each arm (legend text = arm).</summary>
    public IReadOnlyDictionary<string, BarPlot> Bars { get; }
    /// <summary>The interval whiskers of each arm.</summary>
    public IReadOnlyDictionary<string, ErrorBar> Whiskers { get; }
    /// <summary>The n/N labels above the whiskers.</summary>
    public IReadOnlyList<Text> CountLabels { get; }
    /// <summary>X-axis ticks naming the groups (group g at x = g).</summary>
    public Tick[] GroupTicks { get; }
    /// <summary>The highest whisker end, in percent (to size the y axis).</summary>
    public double MaxUpper { get; }
}

/// <summary>One line per arm over the visits, with error bars (response rates or mean changes).</summary>
public sealed class ArmSeriesPlot : PlotElement
{
    internal ArmSeriesPlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyDictionary<string, Scatter> lines, IReadOnlyDictionary<string, ErrorBar> errorBars)
        : base(plot, parts)
    {
        Lines = lines;
        ErrorBars = errorBars;
    }

    /// <summary>The line with markers of each arm (legend text = arm).</summary>
    public IReadOnlyDictionary<string, Scatter> Lines { get; }
    /// <summary>The error bars of each arm.</summary>
    public IReadOnlyDictionary<string, ErrorBar> ErrorBars { get; }
}

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

/// <summary>A waterfall plot: one bar per subject, sorted from the largest value to the smallest, coloured by arm.</summary>
public sealed class WaterfallPlot : PlotElement
{
    internal WaterfallPlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyList<SubjectValue> order, IReadOnlyList<int> drawn, IReadOnlyDictionary<string, BarPlot> bars)
        : base(plot, parts)
    {
        Order = order;
        Drawn = drawn;
        Bars = bars;
    }

    /// <summary>Every subject in sorted order (the bar of subject i stands at x = i).</summary>
    public IReadOnlyList<SubjectValue> Order { get; }
    /// <summary>The positions in <see cref="Order"/> that have a bar, ascending: all of them unless a bar limit applied.</summary>
    public IReadOnlyList<int> Drawn { get; }
    /// <summary>True when fewer bars than subjects are drawn (see <see cref="EfficacyPlotExtensions.Waterfall"/>).</summary>
    public bool IsThinned => Drawn.Count < Order.Count;
    /// <summary>The bars of each arm (legend text = arm and n).</summary>
    public IReadOnlyDictionary<string, BarPlot> Bars { get; }
}

/// <summary>Subject trajectories: one thin line per subject in its arm's colour.</summary>
public sealed class TrajectoriesPlot : PlotElement
{
    internal TrajectoriesPlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyList<Scatter> lines, IReadOnlyDictionary<string, int> subjects)
        : base(plot, parts)
    {
        Lines = lines;
        Subjects = subjects;
    }

    /// <summary>One line per drawn subject, in input order (every subject unless a per-arm limit applied).</summary>
    public IReadOnlyList<Scatter> Lines { get; }
    /// <summary>The number of subjects given per arm (drawn or not).</summary>
    public IReadOnlyDictionary<string, int> Subjects { get; }
}

/// <summary>The ASDAS disease-activity bands (Machado 2011 cut-offs) drawn behind the data.</summary>
public sealed class AsdasBandsPlot : PlotElement
{
    internal AsdasBandsPlot(Plot plot, IReadOnlyList<IPlottable> parts, Tick[] bandTicks) : base(plot, parts) => BandTicks = bandTicks;

    /// <summary>Ticks at the middle of each band naming it (e.g. for the right axis).</summary>
    public Tick[] BandTicks { get; }
}
