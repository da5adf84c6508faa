using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics;

/// <summary>
/// Numerical helpers shared by the proportion, difference, risk-ratio and Poisson-rate code:
/// quantiles (MathNet.Numerics, polished by Newton steps), a sign-based bisection root finder,
/// the Farrington-Manning / Miettinen-Nurminen constrained maximum-likelihood estimates and the
/// exact binomial test of R <c>binom.test</c>.
/// </summary>
internal static class ProportionMath
{
    /// <summary>Two-sided normal quantile for a confidence level, computed as R does: <c>qnorm((1 + level) / 2)</c>.</summary>
    internal static double TwoSidedZ(double level) => Normal.InvCDF(0.0, 1.0, (1.0 + level) / 2.0);

    /// <summary>
    /// Quantile of Beta(a, b) at probability p. MathNet's <see cref="Beta.InvCDF"/> finds the root to an absolute
    /// accuracy of about 1e-12, which is not relative accuracy for tiny quantiles (e.g. the Jeffreys lower limit
    /// at x = 0 is of order 1e-5); up to four Newton steps on the regularized incomplete beta polish the result.
    /// </summary>
    internal static double BetaQuantile(double a, double b, double p)
    {
        if (p <= 0) return 0.0;
        if (p >= 1) return 1.0;
        double x = Beta.InvCDF(a, b, p);
        if (p <= 0.5)
            return Polish(x, 0.0, 1.0, t => SpecialFunctions.BetaRegularized(a, b, t) - p, t => Beta.PDF(a, b, t));
        // Upper tail: residual on the complementary probability, 1 - I_x(a, b) = I_(1-x)(b, a).
        double q = 1.0 - p;
        return Polish(x, 0.0, 1.0, t => q - SpecialFunctions.BetaRegularized(b, a, 1.0 - t), t => Beta.PDF(a, b, t));
    }

    /// <summary>Quantile of Gamma(shape, rate 1) at probability p, polished by Newton steps as <see cref="BetaQuantile"/>.</summary>
    internal static double GammaQuantile(double shape, double p)
    {
        if (p <= 0) return 0.0;
        double x = Gamma.InvCDF(shape, 1.0, p);
        if (p <= 0.5)
            return Polish(x, 0.0, double.PositiveInfinity, t => SpecialFunctions.GammaLowerRegularized(shape, t) - p, t => Gamma.PDF(shape, 1.0, t));
        double q = 1.0 - p;
        return Polish(x, 0.0, double.PositiveInfinity, t => q - SpecialFunctions.GammaUpperRegularized(shape, t), t => Gamma.PDF(shape, 1.0, t));
    }

    private static double Polish(double x, double min, double max, Func<double, double> residual, Func<double, double> density)
    {
        if (!(x > min && x < max)) return x;
        double r = residual(x);
        for (int i = 0; i < 4 && r != 0; i++)
        {
            double d = density(x);
            if (!(d > 0) || double.IsInfinity(d)) break;
            double next = x - r / d;
            if (!(next > min && next < max)) break;
            double rn = residual(next);
            if (!(Math.Abs(rn) < Math.Abs(r))) break;
            x = next;
            r = rn;
        }
        return x;
    }

    /// <summary>
    /// Finds a root of <paramref name="f"/> in [lo, hi] by bisection on the sign only (robust to infinite values
    /// and kinks), given that f(lo) and f(hi) have opposite signs (either end may be a pole). Runs until the
    /// bracket cannot be halved any further in double precision, so the result is exact to about one ulp.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="lo">Lower end of the bracket.</param>
    /// <param name="hi">Upper end of the bracket.</param>
    /// <param name="positiveAtLo">Whether f is positive at <paramref name="lo"/> (and negative at <paramref name="hi"/>).</param>
    internal static double Bisect(Func<double, double> f, double lo, double hi, bool positiveAtLo)
    {
        for (int i = 0; i < 2000; i++)
        {
            double mid = lo + (hi - lo) / 2.0;
            if (mid <= lo || mid >= hi) break;
            double v = f(mid);
            if (v == 0) return mid;
            if ((v > 0) == positiveAtLo) lo = mid; else hi = mid;
        }
        return lo + (hi - lo) / 2.0;
    }

    /// <summary>
    /// Farrington-Manning (1990) / Miettinen-Nurminen (1985) constrained maximum-likelihood estimates of the two
    /// proportions under p1 - p2 = <paramref name="delta"/>, from the closed-form solution of the likelihood cubic.
    /// </summary>
    internal static (double P1, double P2) ConstrainedForDifference(int x1, int n1, int x2, int n2, double delta)
    {
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        double theta = (double)n2 / n1;
        double a = 1.0 + theta;
        double b = -(1.0 + theta + p1 + theta * p2 + delta * (theta + 2.0));
        double c = delta * delta + delta * (2.0 * p1 + theta + 1.0) + p1 + theta * p2;
        double d = -p1 * delta * (1.0 + delta);
        double b3a = b / (3.0 * a);
        double v = b3a * b3a * b3a - b * c / (6.0 * a * a) + d / (2.0 * a);
        double uu = b3a * b3a - c / (3.0 * a);
        double u = uu > 0 ? Math.Sqrt(uu) : 0.0;
        if (v < 0) u = -u;
        double cosArg = u == 0 ? 0.0 : v / (u * u * u);
        cosArg = Math.Clamp(cosArg, -1.0, 1.0);
        double w = (Math.PI + Math.Acos(cosArg)) / 3.0;
        double q1 = 2.0 * u * Math.Cos(w) - b3a;
        // Guard rounding: the solution lies in [max(0, delta), min(1, 1 + delta)].
        q1 = Math.Clamp(q1, Math.Max(0.0, delta), Math.Min(1.0, 1.0 + delta));
        double q2 = Math.Clamp(q1 - delta, 0.0, 1.0);
        return (q1, q2);
    }

    /// <summary>
    /// Variance of p1 - p2 under the constraint p1 - p2 = <paramref name="delta"/> (constrained MLEs),
    /// multiplied by N/(N - 1) when <paramref name="nCorrection"/> (Miettinen-Nurminen) and not (Mee).
    /// </summary>
    internal static double ScoreVarianceForDifference(int x1, int n1, int x2, int n2, double delta, bool nCorrection)
    {
        var (q1, q2) = ConstrainedForDifference(x1, n1, x2, n2, delta);
        double v = q1 * (1.0 - q1) / n1 + q2 * (1.0 - q2) / n2;
        if (nCorrection)
        {
            double total = (double)n1 + n2;
            v *= total / (total - 1.0);
        }
        return v;
    }

    /// <summary>
    /// Inverts a score statistic Z(delta) that decreases through zero at <paramref name="estimate"/>:
    /// the lower limit solves Z = z on [-1, estimate], the upper Z = -z on [estimate, 1].
    /// An estimate of -1 (or 1) is its own lower (upper) limit.
    /// </summary>
    internal static (double Lower, double Upper) InvertDifferenceScore(Func<double, double> score, double estimate, double z)
    {
        double lower = estimate <= -1.0 ? -1.0 : Bisect(t => score(t) - z, -1.0, estimate, positiveAtLo: true);
        double upper = estimate >= 1.0 ? 1.0 : Bisect(t => score(t) + z, estimate, 1.0, positiveAtLo: true);
        return (lower, upper);
    }

    /// <summary>Score statistic (estimate - delta) / sqrt(variance), defined as 0 at delta = estimate and +/-infinity where the variance vanishes.</summary>
    internal static double ScoreRatio(double numerator, double variance)
    {
        if (numerator == 0) return 0.0;
        if (!(variance > 0)) return numerator > 0 ? double.PositiveInfinity : double.NegativeInfinity;
        return numerator / Math.Sqrt(variance);
    }

    /// <summary>
    /// Two-sided p-value of the exact binomial test of <paramref name="x"/> successes in <paramref name="n"/> trials
    /// against success probability <paramref name="p"/>, as R <c>binom.test</c>: sums the probabilities of outcomes
    /// no more likely than the observed one (relative tolerance 1e-7). Requires n &gt;= 1 and 0 &lt;= p &lt;= 1.
    /// </summary>
    internal static double BinomialTestTwoSided(int x, int n, double p)
    {
        if (p <= 0) return x == 0 ? 1.0 : 0.0;
        if (p >= 1) return x == n ? 1.0 : 0.0;
        const double relErr = 1.0 + 1e-7;
        double d = Binomial.PMF(p, n, x);
        double m = n * p;
        double pv;
        if (x == m) return 1.0;
        if (x < m)
        {
            int y = 0;
            for (int i = (int)Math.Ceiling(m); i <= n; i++)
                if (Binomial.PMF(p, n, i) <= d * relErr) y++;
            pv = LowerTail(x, n, p) + UpperTailAbove(n - y, n, p);
        }
        else
        {
            int y = 0;
            for (int i = 0; i <= (int)Math.Floor(m); i++)
                if (Binomial.PMF(p, n, i) <= d * relErr) y++;
            pv = LowerTail(y - 1, n, p) + UpperTailAbove(x - 1, n, p);
        }
        return Math.Min(1.0, pv);
    }

    /// <summary>P(X &lt;= k) for X ~ Binomial(n, p), via the regularized incomplete beta for accuracy in the tail.</summary>
    private static double LowerTail(int k, int n, double p)
    {
        if (k < 0) return 0.0;
        if (k >= n) return 1.0;
        return SpecialFunctions.BetaRegularized(n - k, k + 1.0, 1.0 - p);
    }

    /// <summary>P(X &gt; k) for X ~ Binomial(n, p).</summary>
    private static double UpperTailAbove(int k, int n, double p)
    {
        if (k < 0) return 1.0;
        if (k >= n) return 0.0;
        return SpecialFunctions.BetaRegularized(k + 1.0, n - k, p);
    }
}
