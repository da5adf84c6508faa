namespace AsAnalysis.Statistics;

/// <summary>Scale of a non-inferiority or equivalence margin.</summary>
public enum EffectScale
{
    /// <summary>Risk difference, treatment minus control (margin e.g. -0.10). Code <c>difference</c>.</summary>
    Difference,
    /// <summary>Risk ratio, treatment over control (margin e.g. 0.80). Code <c>ratio</c>.</summary>
    Ratio,
}
