namespace AsAnalysis.Statistics;

/// <summary>
/// Exposure-adjusted event rates (events per unit of exposure, e.g. per patient-year; the caller scales by 100 for
/// "per 100 patient-years") with exact Poisson intervals, and their difference and ratio between arms.
/// </summary>
/// <remarks>
/// A zero exposure makes a rate undefined: the rate and its limits are NaN (and so are the difference and ratio that
/// use it). Negative, NaN or infinite exposures and negative counts are rejected.
/// </remarks>
public static class PoissonRate
{
    /// <summary>
    /// Rate events / exposure with the exact (Garwood 1936) interval of R <c>poisson.test(x, T)$conf.int</c>:
    /// [qgamma(alpha/2, x), qgamma(1 - alpha/2, x + 1)] / T, lower limit 0 when x = 0.
    /// </summary>
    /// <param name="events">Number of events, at least 0.</param>
    /// <param name="exposure">Total exposure, finite and at least 0 (0 gives NaN rate and limits).</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>The rate and its interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative events, negative or non-finite exposure, or level outside (0, 1).</exception>
    public static RateEstimate Estimate(int events, double exposure, double level = 0.95)
    {
        Validate(events, exposure, nameof(events), nameof(exposure));
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        return Rate(events, exposure, level);
    }

    /// <summary>
    /// Rate difference, treatment minus control, with the normal-approximation (Wald) interval
    /// d -/+ z sqrt(x1 / t1^2 + x2 / t2^2) (Poisson variance of each rate estimated by x / t^2; not truncated).
    /// </summary>
    /// <param name="treatmentEvents">Events in the treatment arm.</param>
    /// <param name="treatmentExposure">Exposure in the treatment arm.</param>
    /// <param name="controlEvents">Events in the control arm.</param>
    /// <param name="controlExposure">Exposure in the control arm.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>Both rates, the difference and its interval.</returns>
    /// <remarks>With no events in either arm the interval is degenerate, [0, 0]; with a zero exposure everything that uses it is NaN.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Negative events, negative or non-finite exposure, or level outside (0, 1).</exception>
    public static RateDifferenceEstimate Difference(int treatmentEvents, double treatmentExposure, int controlEvents, double controlExposure, double level = 0.95)
    {
        Validate(treatmentEvents, treatmentExposure, nameof(treatmentEvents), nameof(treatmentExposure));
        Validate(controlEvents, controlExposure, nameof(controlEvents), nameof(controlExposure));
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        var t = Rate(treatmentEvents, treatmentExposure, level);
        var c = Rate(controlEvents, controlExposure, level);
        if (treatmentExposure == 0 || controlExposure == 0)
            return new RateDifferenceEstimate(t, c, double.NaN, ConfidenceInterval.Undefined(level));
        double d = t.Rate - c.Rate;
        double se = Math.Sqrt(treatmentEvents / (treatmentExposure * treatmentExposure) + controlEvents / (controlExposure * controlExposure));
        double z = ProportionMath.TwoSidedZ(level);
        return new RateDifferenceEstimate(t, c, d, new ConfidenceInterval(d - z * se, d + z * se, level));
    }

    /// <summary>
    /// Rate ratio, treatment over control, with the exact conditional interval and test of R
    /// <c>poisson.test(c(x1, x2), c(t1, t2))</c>: given x1 + x2 events, x1 is binomial with success probability
    /// pi = r t1 / (r t1 + t2); the Clopper-Pearson limits of pi map to r = pi / (1 - pi) t2 / t1, and the two-sided
    /// p-value is that of <c>binom.test(x1, x1 + x2, t1 / (t1 + t2))</c>.
    /// </summary>
    /// <param name="treatmentEvents">Events in the treatment arm.</param>
    /// <param name="treatmentExposure">Exposure in the treatment arm.</param>
    /// <param name="controlEvents">Events in the control arm.</param>
    /// <param name="controlExposure">Exposure in the control arm.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>Both rates, the ratio, its interval and the exact test.</returns>
    /// <remarks>
    /// With x1 = 0 the lower limit is 0, with x2 = 0 the upper limit is +infinity. With no events in either arm
    /// (R refuses: <c>binom.test</c> needs n &gt;= 1) or a zero exposure, the ratio, limits and p-value are NaN.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Negative events, negative or non-finite exposure, or level outside (0, 1).</exception>
    public static RateRatioEstimate Ratio(int treatmentEvents, double treatmentExposure, int controlEvents, double controlExposure, double level = 0.95)
    {
        Validate(treatmentEvents, treatmentExposure, nameof(treatmentEvents), nameof(treatmentExposure));
        Validate(controlEvents, controlExposure, nameof(controlEvents), nameof(controlExposure));
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        var t = Rate(treatmentEvents, treatmentExposure, level);
        var c = Rate(controlEvents, controlExposure, level);
        int n = treatmentEvents + controlEvents;
        if (treatmentExposure == 0 || controlExposure == 0 || n == 0)
            return new RateRatioEstimate(t, c, double.NaN, ConfidenceInterval.Undefined(level),
                new TestResult(TestMethod.PoissonExact, treatmentEvents, double.NaN));
        double ratio = controlEvents == 0 ? double.PositiveInfinity : (treatmentEvents / treatmentExposure) / (controlEvents / controlExposure);
        var (pl, pu) = Proportion.ClopperPearson(treatmentEvents, n, level);
        double scale = controlExposure / treatmentExposure;
        double lower = pl / (1 - pl) * scale;
        double upper = pu >= 1 ? double.PositiveInfinity : pu / (1 - pu) * scale;
        double p = ProportionMath.BinomialTestTwoSided(treatmentEvents, n, treatmentExposure / (treatmentExposure + controlExposure));
        return new RateRatioEstimate(t, c, ratio, new ConfidenceInterval(lower, upper, level), new TestResult(TestMethod.PoissonExact, treatmentEvents, p));
    }

    private static RateEstimate Rate(int events, double exposure, double level)
    {
        if (exposure == 0) return new RateEstimate(events, exposure, double.NaN, ConfidenceInterval.Undefined(level));
        double alpha = (1.0 - level) / 2.0;
        double lower = events == 0 ? 0.0 : ProportionMath.GammaQuantile(events, alpha) / exposure;
        double upper = ProportionMath.GammaQuantile(events + 1.0, 1.0 - alpha) / exposure;
        return new RateEstimate(events, exposure, events / exposure, new ConfidenceInterval(lower, upper, level));
    }

    private static void Validate(int events, double exposure, string eventsName, string exposureName)
    {
        if (events < 0) throw new ArgumentOutOfRangeException(eventsName, events, "Events cannot be negative.");
        if (!(exposure >= 0) || !double.IsFinite(exposure)) throw new ArgumentOutOfRangeException(exposureName, exposure, "Exposure must be finite and not negative.");
    }
}
