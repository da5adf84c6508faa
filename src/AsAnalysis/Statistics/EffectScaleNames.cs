namespace AsAnalysis.Statistics;

/// <summary>Codes and labels of <see cref="EffectScale"/>.</summary>
public static class EffectScaleNames
{
    /// <summary>snake_case code (ard.csv).</summary>
    /// <param name="scale">The value.</param>
    public static string Code(this EffectScale scale) => scale switch
    {
        EffectScale.Difference => "difference",
        EffectScale.Ratio => "ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    /// <summary>Compact label for table headers and figures.</summary>
    /// <param name="scale">The value.</param>
    public static string ShortLabel(this EffectScale scale) => scale switch
    {
        EffectScale.Difference => "difference",
        EffectScale.Ratio => "ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    /// <summary>Words for footnotes and the methods section.</summary>
    /// <param name="scale">The value.</param>
    public static string Label(this EffectScale scale) => scale switch
    {
        EffectScale.Difference => "risk difference (treatment minus control)",
        EffectScale.Ratio => "risk ratio (treatment over control)",
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };
}
