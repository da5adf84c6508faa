namespace AsAnalysis.Statistics.Logistic;

/// <summary>The covariate-adjusted (standardised) risk of one arm: the mean over all subjects of their predicted response
/// probability had they received that arm.</summary>
/// <param name="Risk">Marginal risk in [0, 1]; NaN when undefined.</param>
/// <param name="StandardError">Its standard error under the chosen variance method; NaN when undefined.</param>
/// <param name="Ci">Wald interval Risk -/+ z SE (not truncated to [0, 1]).</param>
public sealed record MarginalRisk(double Risk, double StandardError, ConfidenceInterval Ci)
{
    /// <summary>Wald interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
}
