namespace AsAnalysis.Plots;

/// <summary>The ASDAS disease-activity cut-offs drawn by <see cref="EfficacyPlotExtensions.AsdasBands"/> (Machado 2011, Ann Rheum Dis 70:47-53; names Machado 2018).</summary>
public static class AsdasStates
{
    /// <summary>Low disease activity starts at 1.3 (inactive disease below).</summary>
    public const double LowLower = 1.3;
    /// <summary>High disease activity starts at 2.1.</summary>
    public const double HighLower = 2.1;
    /// <summary>Very high disease activity is above 3.5.</summary>
    public const double VeryHighAbove = 3.5;
}
