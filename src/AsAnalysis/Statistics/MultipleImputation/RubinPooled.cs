namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>
/// A scalar estimate combined over M imputations by Rubin's rules (Rubin 1987), with the small-sample degrees of
/// freedom of Barnard and Rubin (1999) as R <c>mice::pool</c> computes them. See <see cref="RubinsRules.Pool"/>.
/// </summary>
/// <param name="Imputations">M, the number of imputations (at least 2).</param>
/// <param name="Estimate">Pooled estimate: the mean of the M estimates (Q-bar).</param>
/// <param name="WithinVariance">Mean of the M complete-data variances (U-bar).</param>
/// <param name="BetweenVariance">Sample variance of the M estimates, divisor M - 1 (B).</param>
/// <param name="TotalVariance">T = U-bar + (1 + 1/M) B.</param>
/// <param name="CompleteDataDegreesOfFreedom">Degrees of freedom of the complete-data analysis (positive, or +Infinity for a normal reference).</param>
/// <param name="DegreesOfFreedom">Barnard-Rubin degrees of freedom of the t reference distribution.</param>
/// <param name="Ci">Estimate -/+ t quantile sqrt(T).</param>
/// <param name="PValue">Two-sided p-value of estimate = 0 against t with <paramref name="DegreesOfFreedom"/>.</param>
/// <param name="RelativeIncreaseInVariance">r = (1 + 1/M) B / U-bar.</param>
/// <param name="Lambda">Proportion of the total variance due to missingness, (1 + 1/M) B / T.</param>
/// <param name="FractionMissingInformation">(r + 2 / (df + 3)) / (r + 1), as mice.</param>
public sealed record RubinPooled(int Imputations, double Estimate, double WithinVariance, double BetweenVariance, double TotalVariance,
    double CompleteDataDegreesOfFreedom, double DegreesOfFreedom, ConfidenceInterval Ci, double PValue,
    double RelativeIncreaseInVariance, double Lambda, double FractionMissingInformation)
{
    /// <summary>Confidence interval (NaN limits when undefined).</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>Standard error, sqrt(T).</summary>
    public double StandardError => Math.Sqrt(TotalVariance);
}
