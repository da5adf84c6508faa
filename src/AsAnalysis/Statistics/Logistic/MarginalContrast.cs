namespace AsAnalysis.Statistics.Logistic;

/// <summary>A contrast of the two marginal risks (treatment versus control) with its Wald interval and test.</summary>
/// <remarks>For the difference, <see cref="StandardError"/>, the interval and the test are on the difference scale
/// (H0: difference 0). For the risk ratio and odds ratio, <see cref="Estimate"/> and <see cref="Ci"/> are on the ratio
/// scale but <see cref="StandardError"/> is that of the log ratio, the interval is exp(log estimate -/+ z SE) and the test
/// is of H0: log ratio 0 (beeca's <c>logrr</c> / <c>logor</c> contrasts).</remarks>
/// <param name="Estimate">Difference (treatment minus control) or ratio (treatment over control); NaN when undefined.</param>
/// <param name="StandardError">Standard error of the difference, or of the log ratio.</param>
/// <param name="Ci">Wald interval (NaN limits when undefined).</param>
/// <param name="Statistic">Wald z statistic.</param>
/// <param name="PValue">Two-sided p-value 2 (1 - Phi(|z|)).</param>
public sealed record MarginalContrast(double Estimate, double StandardError, ConfidenceInterval Ci, double Statistic, double PValue)
{
    /// <summary>Wald interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
}
