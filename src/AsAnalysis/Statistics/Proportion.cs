namespace AsAnalysis.Statistics;

/// <summary>
/// Confidence intervals for one binomial proportion x/n (definitions in the statistics spec, canonical
/// names from <see cref="ProportionCiMethod"/>).
/// </summary>
/// <remarks>
/// Boundary behaviour: at x = 0 the Wilson, Wilson-cc, Clopper-Pearson, Agresti-Coull and Wald lower limits are
/// exactly 0, and at x = n their upper limits are exactly 1. Jeffreys has no boundary modification (its lower limit
/// at x = 0 is the small positive Beta(1/2, n + 1/2) quantile), as statsmodels. Wald at 0/n and n/n is the degenerate
/// interval [p, p]. An empty group (n = 0) gives a NaN estimate and an undefined (NaN) interval for every method.
/// </remarks>
public static class Proportion
{
    /// <summary>Estimates a proportion and its confidence interval.</summary>
    /// <param name="events">Number of events, 0..<paramref name="total"/>.</param>
    /// <param name="total">Number of subjects, at least 0 (0 gives NaN estimate and interval).</param>
    /// <param name="method">Interval method (default Wilson score).</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>The estimate, interval and method.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative total, events outside 0..total, level outside (0, 1) or an undefined method.</exception>
    public static ProportionEstimate Estimate(int events, int total, ProportionCiMethod method = ProportionCiMethod.Wilson, double level = 0.95)
    {
        if (total < 0) throw new ArgumentOutOfRangeException(nameof(total), total, "A total cannot be negative.");
        if (events < 0 || events > total) throw new ArgumentOutOfRangeException(nameof(events), events, $"Events must lie in 0..{total}.");
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        Guard.Defined(method, nameof(method), "Unknown interval method.");
        if (total == 0) return new ProportionEstimate(events, total, double.NaN, ConfidenceInterval.Undefined(level), method);
        var (lower, upper) = Limits(events, total, method, level);
        return new ProportionEstimate(events, total, (double)events / total, new ConfidenceInterval(lower, upper, level), method);
    }

    /// <summary>Interval limits for n &gt;= 1 (arguments already validated).</summary>
    internal static (double Lower, double Upper) Limits(int x, int n, ProportionCiMethod method, double level) => method switch
    {
        ProportionCiMethod.Wilson => Wilson(x, n, level, correct: false),
        ProportionCiMethod.WilsonCc => Wilson(x, n, level, correct: true),
        ProportionCiMethod.ClopperPearson => ClopperPearson(x, n, level),
        ProportionCiMethod.AgrestiCoull => AgrestiCoull(x, n, level),
        ProportionCiMethod.Jeffreys => Jeffreys(x, n, level),
        ProportionCiMethod.Wald => Wald(x, n, level),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
    };

    /// <summary>
    /// Wilson score interval in R's <c>prop.test</c> form (one sample). With <paramref name="correct"/> the continuity
    /// correction is R's: YATES = min(0.5, |x - n/2|), so, as in R, no correction is applied when x = n/2 exactly.
    /// </summary>
    internal static (double Lower, double Upper) Wilson(int x, int n, double level, bool correct) =>
        WilsonZ(x, n, ProportionMath.TwoSidedZ(level), correct);

    /// <summary>Wilson interval of <see cref="Wilson"/> for a given normal quantile <paramref name="z"/>.</summary>
    internal static (double Lower, double Upper) WilsonZ(int x, int n, double z, bool correct)
    {
        double estimate = (double)x / n;
        double yates = correct ? Math.Min(0.5, Math.Abs(x - n * 0.5)) : 0.0;
        double z22n = z * z / (2.0 * n);
        double pc = estimate + yates / n;
        double upper = pc >= 1 ? 1.0 : (pc + z22n + z * Math.Sqrt(pc * (1 - pc) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
        pc = estimate - yates / n;
        double lower = pc <= 0 ? 0.0 : (pc + z22n - z * Math.Sqrt(pc * (1 - pc) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
        return (Math.Max(0.0, lower), Math.Min(1.0, upper));
    }

    /// <summary>Clopper-Pearson interval as R <c>binom.test</c>: lower 0 at x = 0, upper 1 at x = n, beta quantiles otherwise.</summary>
    internal static (double Lower, double Upper) ClopperPearson(int x, int n, double level)
    {
        double alpha = (1.0 - level) / 2.0;
        double lower = x == 0 ? 0.0 : ProportionMath.BetaQuantile(x, n - x + 1.0, alpha);
        double upper = x == n ? 1.0 : ProportionMath.BetaQuantile(x + 1.0, n - x, 1.0 - alpha);
        return (lower, upper);
    }

    private static (double Lower, double Upper) AgrestiCoull(int x, int n, double level)
    {
        double z = ProportionMath.TwoSidedZ(level);
        double nTilde = n + z * z;
        double pTilde = (x + z * z / 2.0) / nTilde;
        double half = z * Math.Sqrt(pTilde * (1 - pTilde) / nTilde);
        return (Math.Max(0.0, pTilde - half), Math.Min(1.0, pTilde + half));
    }

    private static (double Lower, double Upper) Jeffreys(int x, int n, double level)
    {
        double alpha = (1.0 - level) / 2.0;
        return (ProportionMath.BetaQuantile(x + 0.5, n - x + 0.5, alpha), ProportionMath.BetaQuantile(x + 0.5, n - x + 0.5, 1.0 - alpha));
    }

    private static (double Lower, double Upper) Wald(int x, int n, double level)
    {
        double z = ProportionMath.TwoSidedZ(level);
        double p = (double)x / n;
        double half = z * Math.Sqrt(p * (1 - p) / n);
        return (Math.Max(0.0, p - half), Math.Min(1.0, p + half));
    }
}
