using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

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
