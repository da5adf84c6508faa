using AsAnalysis.Safety;
using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary>The incidence panel of an AE dot plot: one marker per PT and arm at the percentage of subjects.</summary>
public sealed class AeIncidencePlot : PlotElement
{
    internal AeIncidencePlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyList<SafetyTerm> terms, IReadOnlyDictionary<string, Markers> markers, Tick[] ticks)
        : base(plot, parts)
    {
        Terms = terms;
        Markers = markers;
        TermTicks = ticks;
    }

    /// <summary>The PT rows, bottom (y = 0) to top.</summary>
    public IReadOnlyList<SafetyTerm> Terms { get; }
    /// <summary>The markers of each arm (legend text = arm).</summary>
    public IReadOnlyDictionary<string, Markers> Markers { get; }
    /// <summary>Y-axis ticks naming the rows.</summary>
    public Tick[] TermTicks { get; }
}
