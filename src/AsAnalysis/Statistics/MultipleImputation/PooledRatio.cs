namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>
/// A ratio (treatment over control) combined over imputations on the log scale, where its sampling distribution is
/// close to normal, and transformed back: estimate exp(Q-bar) (a geometric mean of the M ratios) and interval
/// exp(limits of the log-scale interval).
/// </summary>
/// <param name="Estimate">exp of the pooled log ratio.</param>
/// <param name="Ci">exp of the log-scale limits.</param>
/// <param name="LogScale">Rubin's rules on the log scale (its p-value tests ratio = 1).</param>
public sealed record PooledRatio(double Estimate, ConfidenceInterval Ci, RubinPooled LogScale)
{
    /// <summary>Confidence interval of the ratio.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>Rubin's rules on the log scale.</summary>
    public RubinPooled LogScale { get; } = LogScale ?? throw new ArgumentNullException(nameof(LogScale));
    /// <summary>Two-sided p-value of ratio = 1 (log ratio = 0).</summary>
    public double PValue => LogScale.PValue;
}
