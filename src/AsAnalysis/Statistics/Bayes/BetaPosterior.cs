namespace AsAnalysis.Statistics.Bayes;

/// <summary>
/// The posterior Beta(a + x, b + n - x) of one arm's response rate after x responders of n under a Beta(a, b) prior,
/// with its mean and equal-tailed credible interval.
/// </summary>
/// <param name="Prior">The prior.</param>
/// <param name="Events">Responders x.</param>
/// <param name="Total">Subjects n.</param>
/// <param name="Mean">Posterior mean (a + x) / (a + b + n).</param>
/// <param name="CredibleInterval">Equal-tailed credible interval: the (1 - level)/2 and (1 + level)/2 posterior quantiles.</param>
public sealed record BetaPosterior(BetaPrior Prior, int Events, int Total, double Mean, ConfidenceInterval CredibleInterval)
{
    /// <summary>The prior.</summary>
    public BetaPrior Prior { get; } = Prior ?? throw new ArgumentNullException(nameof(Prior));
    /// <summary>Equal-tailed credible interval.</summary>
    public ConfidenceInterval CredibleInterval { get; } = CredibleInterval ?? throw new ArgumentNullException(nameof(CredibleInterval));
    /// <summary>First posterior shape a + x.</summary>
    public double A => Prior.A + Events;
    /// <summary>Second posterior shape b + n - x.</summary>
    public double B => Prior.B + (Total - Events);
    /// <summary>Posterior probability that the rate exceeds <paramref name="rate"/>, 1 - I_rate(A, B).</summary>
    /// <param name="rate">A rate in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> outside [0, 1].</exception>
    public double ProbabilityAbove(double rate)
    {
        if (!(rate >= 0 && rate <= 1)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate lies in [0, 1].");
        return rate >= 1 ? 0.0 : MathNet.Numerics.SpecialFunctions.BetaRegularized(B, A, 1 - rate);
    }
}
