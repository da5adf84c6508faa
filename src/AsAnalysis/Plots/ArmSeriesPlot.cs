using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

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
