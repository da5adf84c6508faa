using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics;

/// <summary>Odds ratio of a 2x2 table, treatment odds over control odds: OR = (a d) / (b c) with
/// a, b the treatment events and non-events, c, d the control events and non-events.</summary>
public static class OddsRatio
{
    /// <summary>Estimates the odds ratio with a confidence interval.</summary>
    /// <remarks>
    /// <para><see cref="OddsRatioMethod.Woolf"/>: the sample odds ratio a d / (b c) with the logit interval
    /// exp(ln OR +/- z sqrt(1/a + 1/b + 1/c + 1/d)), no correction of zero cells. With a zero cell the logit
    /// variance is infinite and the interval is undefined (NaN limits); the estimate is then 0 (a d = 0),
    /// +Infinity (b c = 0) or NaN (both, e.g. a zero margin). Use the conditional MLE for such tables.</para>
    /// <para><see cref="OddsRatioMethod.ConditionalMle"/>: as R <c>fisher.test</c>, the maximiser of the
    /// conditional (noncentral hypergeometric) likelihood given all margins, and the exact interval from the two
    /// one-sided tail equations P(X &gt;= a; psi_L) = (1 - level)/2, P(X &lt;= a; psi_U) = (1 - level)/2.
    /// At the lower end of the support the estimate and lower limit are 0, at the upper end estimate and upper
    /// limit are +Infinity. Roots are solved on the log-odds scale with MathNet's Brent method to about 1e-13
    /// (R's <c>uniroot</c> uses its default tolerance of about 1e-4, so R's printed values can differ from these
    /// in the 4th to 6th significant digit). With a zero margin or an empty arm only one table is possible, the
    /// likelihood is flat: estimate NaN and interval [0, +Infinity] (R reports 0 and [0, Inf]).</para>
    /// </remarks>
    /// <param name="table">The table.</param>
    /// <param name="method">Method, Woolf by default.</param>
    /// <param name="level">Confidence level in (0, 1), default 0.95.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1) or <paramref name="method"/> is undefined.</exception>
    public static OddsRatioEstimate Estimate(TwoByTwoTable table, OddsRatioMethod method = OddsRatioMethod.Woolf, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        return method switch
        {
            OddsRatioMethod.Woolf => Woolf(table, level),
            OddsRatioMethod.ConditionalMle => ConditionalMle(table, level),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown odds-ratio method."),
        };
    }

    private static OddsRatioEstimate Woolf(TwoByTwoTable table, double level)
    {
        double a = table.TreatmentEvents, b = table.TreatmentNonEvents, c = table.ControlEvents, d = table.ControlNonEvents;
        double ad = a * d, bc = b * c;
        double estimate = ad == 0 && bc == 0 ? double.NaN : bc == 0 ? double.PositiveInfinity : ad / bc;
        if (a == 0 || b == 0 || c == 0 || d == 0)
            return new OddsRatioEstimate(table, estimate, ConfidenceInterval.Undefined(level), OddsRatioMethod.Woolf);
        double z = Normal.InvCDF(0, 1, (1 + level) / 2);
        double se = Math.Sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        double log = Math.Log(a) + Math.Log(d) - Math.Log(b) - Math.Log(c);
        var ci = new ConfidenceInterval(Math.Exp(log - z * se), Math.Exp(log + z * se), level);
        return new OddsRatioEstimate(table, estimate, ci, OddsRatioMethod.Woolf);
    }

    private static OddsRatioEstimate ConditionalMle(TwoByTwoTable table, double level)
    {
        int x = table.TreatmentEvents;
        var nc = new NoncentralHypergeometric(table.TreatmentTotal, table.ControlTotal, table.TreatmentEvents + table.ControlEvents);
        if (nc.Lo == nc.Hi)
            return new OddsRatioEstimate(table, double.NaN, new ConfidenceInterval(0, double.PositiveInfinity, level), OddsRatioMethod.ConditionalMle);

        double alpha = (1 - level) / 2;
        double estimate = x == nc.Lo ? 0
            : x == nc.Hi ? double.PositiveInfinity
            : Math.Exp(MonotoneRoot.Find(theta => nc.Mean(theta) - x));
        double lower = x == nc.Lo ? 0 : Math.Exp(MonotoneRoot.Find(theta => nc.UpperTail(x, theta) - alpha));
        double upper = x == nc.Hi ? double.PositiveInfinity : Math.Exp(MonotoneRoot.Find(theta => alpha - nc.LowerTail(x, theta)));
        return new OddsRatioEstimate(table, estimate, new ConfidenceInterval(lower, upper, level), OddsRatioMethod.ConditionalMle);
    }
}
