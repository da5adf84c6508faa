namespace AsAnalysis.Statistics;

/// <summary>Estimation methods for the odds ratio (treatment over control).</summary>
public enum OddsRatioMethod
{
    /// <summary>Sample odds ratio with the Woolf (logit) interval. Canonical name <c>woolf</c>.</summary>
    Woolf,
    /// <summary>Conditional maximum-likelihood estimate with the exact interval (R <c>fisher.test</c>). Canonical name <c>conditional_mle</c>.</summary>
    ConditionalMle,
}
