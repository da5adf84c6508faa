namespace AsAnalysis.Statistics.Bayes;

/// <summary>
/// Conjugate beta-binomial analysis of response rates: a Beta(a, b) prior and x responders of n give the posterior
/// Beta(a + x, b + n - x) (e.g. Gelman et al. 2013, Bayesian Data Analysis, ch. 2).
/// </summary>
public static class BetaBinomial
{
    /// <summary>The posterior of one arm's response rate.</summary>
    /// <param name="events">Responders, 0..<paramref name="total"/>.</param>
    /// <param name="total">Subjects, at least 0 (0 gives the prior back).</param>
    /// <param name="prior">The prior; default <see cref="BetaPrior.Jeffreys"/>.</param>
    /// <param name="level">Credible level in (0, 1), default 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">Counts out of range or level outside (0, 1).</exception>
    public static BetaPosterior Posterior(int events, int total, BetaPrior? prior = null, double level = 0.95)
    {
        if (total < 0) throw new ArgumentOutOfRangeException(nameof(total), total, "A total cannot be negative.");
        if (events < 0 || events > total) throw new ArgumentOutOfRangeException(nameof(events), events, $"Events must lie in 0..{total}.");
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        prior ??= BetaPrior.Jeffreys;
        double a = prior.A + events, b = prior.B + (total - events);
        double tail = (1 - level) / 2;
        var ci = new ConfidenceInterval(ProportionMath.BetaQuantile(a, b, tail), ProportionMath.BetaQuantile(a, b, 1 - tail), level);
        return new BetaPosterior(prior, events, total, a / (a + b), ci);
    }

    /// <summary>
    /// Posteriors of both arms of a table and of their difference p_T - p_C: mean, equal-tailed credible interval,
    /// P(difference &gt; 0) and P(difference &gt; delta).
    /// </summary>
    /// <param name="table">Responders / subjects per arm.</param>
    /// <param name="treatmentPrior">Treatment prior; default Jeffreys.</param>
    /// <param name="controlPrior">Control prior; default Jeffreys (e.g. <see cref="BetaPrior.FromRate"/> from published Etanercept rates).</param>
    /// <param name="delta">A clinically relevant difference in (-1, 1); default 0.</param>
    /// <param name="level">Credible level in (0, 1), default 0.95.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> outside (-1, 1) or level outside (0, 1).</exception>
    public static BayesianComparison Compare(TwoByTwoTable table, BetaPrior? treatmentPrior = null, BetaPrior? controlPrior = null, double delta = 0, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!(delta > -1 && delta < 1)) throw new ArgumentOutOfRangeException(nameof(delta), delta, "Delta must lie strictly between -1 and 1.");
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        var t = Posterior(table.TreatmentEvents, table.TreatmentTotal, treatmentPrior, level);
        var c = Posterior(table.ControlEvents, table.ControlTotal, controlPrior, level);
        var difference = new BetaDifference(t.A, t.B, c.A, c.B);
        double tail = (1 - level) / 2;
        var cri = new ConfidenceInterval(difference.Quantile(tail), difference.Quantile(1 - tail), level);
        return new BayesianComparison(t, c, difference.Mean, cri, difference.Survival(0), delta, difference.Survival(delta));
    }
}
