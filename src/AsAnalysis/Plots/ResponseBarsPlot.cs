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
