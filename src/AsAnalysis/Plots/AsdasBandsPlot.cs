using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>The ASDAS disease-activity bands (<see cref="Endpoints.AsdasCutoffs"/>) drawn behind the data.</summary>
public sealed class AsdasBandsPlot : PlotElement
{
    internal AsdasBandsPlot(Plot plot, IReadOnlyList<IPlottable> parts, Tick[] bandTicks) : base(plot, parts) => BandTicks = bandTicks;

    /// <summary>Ticks at the middle of each band naming it (e.g. for the right axis).</summary>
    public Tick[] BandTicks { get; }
}
