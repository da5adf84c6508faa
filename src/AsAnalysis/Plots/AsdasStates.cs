using AsAnalysis.Endpoints;

namespace AsAnalysis.Plots;

/// <summary>
/// The ASDAS disease-activity cut-offs as the figures once held them; the one definition is now
/// <see cref="AsdasCutoffs"/> in the endpoints layer, which classifies with them. These forward to it for one release.
/// </summary>
public static class AsdasStates
{
    /// <summary>Low disease activity starts at 1.3; the same as <see cref="AsdasCutoffs.LowLower"/>.</summary>
    [Obsolete("Use AsAnalysis.Endpoints.AsdasCutoffs.LowLower.", false)]
    public const double LowLower = AsdasCutoffs.LowLower;
    /// <summary>High disease activity starts at 2.1; the same as <see cref="AsdasCutoffs.HighLower"/>.</summary>
    [Obsolete("Use AsAnalysis.Endpoints.AsdasCutoffs.HighLower.", false)]
    public const double HighLower = AsdasCutoffs.HighLower;
    /// <summary>Very high disease activity is above 3.5; the same as <see cref="AsdasCutoffs.VeryHighAbove"/>.</summary>
    [Obsolete("Use AsAnalysis.Endpoints.AsdasCutoffs.VeryHighAbove.", false)]
    public const double VeryHighAbove = AsdasCutoffs.VeryHighAbove;
}
