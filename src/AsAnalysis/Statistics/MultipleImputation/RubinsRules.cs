namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>Rubin's rules for combining a scalar estimate over multiple imputations.</summary>
public static class RubinsRules
{
    /// <summary>
    /// Combines M complete-data estimates and their variances (Rubin 1987, ch. 3): Q-bar = mean estimate, U-bar = mean
    /// variance, B = variance of the estimates (divisor M - 1), T = U-bar + (1 + 1/M) B. The reference distribution is
    /// t with the Barnard and Rubin (1999) degrees of freedom, as R <c>mice::pool</c> (mice 3.15):
    /// lambda = (1 + 1/M) B / T (floored at 1e-4 for the degrees of freedom only, as mice), nu_old = (M - 1) / lambda^2,
    /// nu_obs = (nu_com + 1) / (nu_com + 3) nu_com (1 - lambda), nu = nu_old nu_obs / (nu_old + nu_obs), or nu_old when
    /// nu_com is infinite. Relative increase in variance r = (1 + 1/M) B / U-bar; fraction of missing information
    /// (r + 2 / (nu + 3)) / (r + 1). Interval Q-bar -/+ t_(nu, (1 + level)/2) sqrt(T); p-value 2 P(t_nu &gt; |Q-bar| / sqrt(T)).
    /// </summary>
    /// <param name="estimates">The M complete-data estimates (M at least 2).</param>
    /// <param name="variances">Their M complete-data variances (squared standard errors), each at least 0.</param>
    /// <param name="completeDataDegreesOfFreedom">nu_com, the degrees of freedom of the complete-data analysis (mice's
    /// <c>dfcom</c>, e.g. n - 2 for a regression on arm); +Infinity (the default) for a normal reference.</param>
    /// <param name="level">Confidence level in (0, 1), default 0.95.</param>
    /// <returns>The pooled result. When an estimate or variance is NaN or infinite, everything pooled is NaN. When T is 0
    /// (every estimate equal with zero variance) or the degrees of freedom are not positive, the interval, p-value,
    /// r, lambda and FMI are NaN where they are undefined.</returns>
    /// <exception cref="ArgumentNullException">A null list.</exception>
    /// <exception cref="ArgumentException">Lists of different lengths or fewer than 2 imputations.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative variance, nu_com not positive (or NaN), or level outside (0, 1).</exception>
    public static RubinPooled Pool(IReadOnlyList<double> estimates, IReadOnlyList<double> variances, double completeDataDegreesOfFreedom = double.PositiveInfinity, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(variances);
        if (estimates.Count != variances.Count)
            throw new ArgumentException($"{estimates.Count} estimates but {variances.Count} variances.", nameof(variances));
        int m = estimates.Count;
        if (m < 2) throw new ArgumentException("Rubin's rules need at least 2 imputations.", nameof(estimates));
        for (int i = 0; i < m; i++)
            if (variances[i] < 0) throw new ArgumentOutOfRangeException(nameof(variances), variances[i], $"Variance {i} is negative.");
        if (!(completeDataDegreesOfFreedom > 0))
            throw new ArgumentOutOfRangeException(nameof(completeDataDegreesOfFreedom), completeDataDegreesOfFreedom, "The complete-data degrees of freedom must be positive (or +Infinity).");
        ConfidenceInterval.ValidateLevel(level, nameof(level));

        bool finite = true;
        for (int i = 0; i < m; i++) finite &= double.IsFinite(estimates[i]) && double.IsFinite(variances[i]);
        if (!finite)
            return new RubinPooled(m, double.NaN, double.NaN, double.NaN, double.NaN, completeDataDegreesOfFreedom, double.NaN,
                ConfidenceInterval.Undefined(level), double.NaN, double.NaN, double.NaN, double.NaN);

        double qbar = 0, ubar = 0;
        for (int i = 0; i < m; i++) { qbar += estimates[i]; ubar += variances[i]; }
        qbar /= m;
        ubar /= m;
        double b = 0;
        for (int i = 0; i < m; i++) { double e = estimates[i] - qbar; b += e * e; }
        b /= m - 1;
        double inflation = 1.0 + 1.0 / m;
        double t = ubar + inflation * b;
        double r = inflation * b / ubar;
        double lambda = inflation * b / t;
        double df = BarnardRubin(m, lambda, completeDataDegreesOfFreedom);
        double fmi = (r + 2 / (df + 3)) / (r + 1);

        var ci = ConfidenceInterval.Undefined(level);
        double p = double.NaN;
        if (t > 0 && df > 0)
        {
            double se = Math.Sqrt(t);
            double q = StudentTail.Quantile(1 - level, df);
            ci = new ConfidenceInterval(qbar - q * se, qbar + q * se, level);
            p = StudentTail.TwoSided(qbar / se, df);
        }
        return new RubinPooled(m, qbar, ubar, b, t, completeDataDegreesOfFreedom, df, ci, p, r, lambda, fmi);
    }

    /// <summary>Barnard-Rubin degrees of freedom with mice's floor of 1e-4 on lambda (NaN lambda gives NaN).</summary>
    private static double BarnardRubin(int m, double lambda, double dfCom)
    {
        if (double.IsNaN(lambda)) return double.NaN;
        if (lambda < 1e-4) lambda = 1e-4;
        double dfOld = (m - 1) / (lambda * lambda);
        if (double.IsPositiveInfinity(dfCom)) return dfOld;
        double dfObs = (dfCom + 1) / (dfCom + 3) * dfCom * (1 - lambda);
        return dfOld * dfObs / (dfOld + dfObs);
    }
}
