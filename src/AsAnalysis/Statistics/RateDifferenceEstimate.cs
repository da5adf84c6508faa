namespace AsAnalysis.Statistics;

/// <summary>Difference of two event rates, treatment minus control, per unit of exposure.</summary>
/// <param name="Treatment">Treatment-arm rate.</param>
/// <param name="Control">Control-arm rate.</param>
/// <param name="Estimate">Treatment rate minus control rate; NaN when an exposure is 0.</param>
/// <param name="Ci">Normal-approximation (Wald) interval; see <see cref="PoissonRate.Difference"/>.</param>
public sealed record RateDifferenceEstimate(RateEstimate Treatment, RateEstimate Control, double Estimate, ConfidenceInterval Ci)
{
    /// <summary>Treatment-arm rate.</summary>
    public RateEstimate Treatment { get; } = Treatment ?? throw new ArgumentNullException(nameof(Treatment));
    /// <summary>Control-arm rate.</summary>
    public RateEstimate Control { get; } = Control ?? throw new ArgumentNullException(nameof(Control));
    /// <summary>Confidence interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
}
