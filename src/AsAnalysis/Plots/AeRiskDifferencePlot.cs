using AsAnalysis.Safety;
using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary>The risk-difference panel of an AE dot plot: estimate and interval per PT and test arm, and the null line.</summary>
public sealed class AeRiskDifferencePlot : PlotElement
{
    internal AeRiskDifferencePlot(Plot plot, IReadOnlyList<IPlottable> parts, IReadOnlyList<SafetyTerm> terms,
        IReadOnlyDictionary<string, ErrorBar> intervals, IReadOnlyDictionary<string, Markers> estimates, VerticalLine nullLine, Tick[] ticks)
        : base(plot, parts)
    {
        Terms = terms;
        Intervals = intervals;
        Estimates = estimates;
        NullLine = nullLine;
        TermTicks = ticks;
    }

    /// <summary>The PT rows, bottom (y = 0) to top.</summary>
    public IReadOnlyList<SafetyTerm> Terms { get; }
    /// <summary>The horizontal interval bars, per test arm.</summary>
    public IReadOnlyDictionary<string, ErrorBar> Intervals { get; }
    /// <summary>The point estimates, per test arm.</summary>
    public IReadOnlyDictionary<string, Markers> Estimates { get; }
    /// <summary>The line at no difference.</summary>
    public VerticalLine NullLine { get; }
    /// <summary>Y-axis ticks naming the rows.</summary>
    public Tick[] TermTicks { get; }
}
