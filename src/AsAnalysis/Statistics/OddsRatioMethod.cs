namespace AsAnalysis.Statistics;

/// <summary>Estimation methods for the odds ratio (treatment over control).</summary>
/// <remarks>Its code, short label and label: <see cref="OddsRatioMethodNames"/>.</remarks>
public enum OddsRatioMethod
{
    /// <summary>Sample odds ratio with the Woolf (logit) interval. Code <c>woolf</c>.</summary>
    Woolf,
    /// <summary>Conditional maximum-likelihood estimate with the exact interval (R <c>fisher.test</c>). Code <c>conditional_mle</c>.</summary>
    ConditionalMle,
}
