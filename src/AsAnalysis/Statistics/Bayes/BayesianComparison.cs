namespace AsAnalysis.Statistics.Bayes;

/// <summary>
/// Beta-binomial summary of a two-arm responder comparison: each arm's posterior and the posterior of the difference
/// p_T - p_C (treatment minus control) by exact numerical integration (<see cref="BetaDifference"/>).
/// </summary>
/// <param name="Treatment">Treatment arm posterior.</param>
/// <param name="Control">Control arm posterior.</param>
/// <param name="DifferenceMean">Posterior mean of p_T - p_C.</param>
/// <param name="DifferenceCredibleInterval">Equal-tailed credible interval of the difference (quantiles by root-finding on the exact distribution function).</param>
/// <param name="ProbabilityAboveZero">P(p_T - p_C &gt; 0 | data).</param>
/// <param name="Delta">The clinically relevant difference.</param>
/// <param name="ProbabilityAboveDelta">P(p_T - p_C &gt; delta | data).</param>
public sealed record BayesianComparison(BetaPosterior Treatment, BetaPosterior Control, double DifferenceMean, ConfidenceInterval DifferenceCredibleInterval,
    double ProbabilityAboveZero, double Delta, double ProbabilityAboveDelta)
{
    /// <summary>Treatment arm posterior.</summary>
    public BetaPosterior Treatment { get; } = Treatment ?? throw new ArgumentNullException(nameof(Treatment));
    /// <summary>Control arm posterior.</summary>
    public BetaPosterior Control { get; } = Control ?? throw new ArgumentNullException(nameof(Control));
    /// <summary>Credible interval of the difference.</summary>
    public ConfidenceInterval DifferenceCredibleInterval { get; } = DifferenceCredibleInterval ?? throw new ArgumentNullException(nameof(DifferenceCredibleInterval));
    /// <summary>The posterior distribution of the difference (for densities and further probabilities).</summary>
    public BetaDifference Difference => new(Treatment.A, Treatment.B, Control.A, Control.B);
}
