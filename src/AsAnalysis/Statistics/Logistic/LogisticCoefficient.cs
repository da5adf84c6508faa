namespace AsAnalysis.Statistics.Logistic;

/// <summary>One row of a logistic-regression coefficient table (log-odds scale), as R <c>summary(glm(...))$coefficients</c>
/// with the Wald interval of <c>confint.default</c>.</summary>
/// <param name="Name">Predictor name (<c>(Intercept)</c> for the intercept).</param>
/// <param name="Estimate">Coefficient (log odds ratio per unit of the predictor); NaN when the fit has no estimates.</param>
/// <param name="StandardError">Standard error from the inverse Fisher information at the last IRLS iteration; NaN when undefined.</param>
/// <param name="Z">Wald statistic Estimate / StandardError.</param>
/// <param name="PValue">Two-sided Wald p-value 2 (1 - Phi(|Z|)).</param>
/// <param name="Ci">Wald interval Estimate -/+ z SE (NaN limits when undefined).</param>
public sealed record LogisticCoefficient(string Name, double Estimate, double StandardError, double Z, double PValue, ConfidenceInterval Ci)
{
    /// <summary>Predictor name.</summary>
    public string Name { get; } = Name ?? throw new ArgumentNullException(nameof(Name));
    /// <summary>Wald interval on the log-odds scale.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>exp(Estimate): the odds ratio per unit of the predictor.</summary>
    public double OddsRatio => Math.Exp(Estimate);
}
