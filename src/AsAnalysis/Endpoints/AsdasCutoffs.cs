namespace AsAnalysis.Endpoints;

/// <summary>
/// The ASDAS disease-activity cut-offs (Machado 2011, Ann Rheum Dis 70:47-53; state names Machado 2018): inactive
/// disease below <see cref="LowLower"/>, low disease activity up to <see cref="HighLower"/>, high disease activity up
/// to and including <see cref="VeryHighAbove"/>, very high disease activity above it. The same for ASDAS-CRP and
/// ASDAS-ESR. <see cref="AsScores.ClassifyAsdas"/> classifies with them and the figures draw their bands at them.
/// </summary>
public static class AsdasCutoffs
{
    /// <summary>Low disease activity starts at 1.3 (inactive disease below).</summary>
    public const double LowLower = 1.3;
    /// <summary>High disease activity starts at 2.1.</summary>
    public const double HighLower = 2.1;
    /// <summary>Very high disease activity is above 3.5.</summary>
    public const double VeryHighAbove = 3.5;
}
