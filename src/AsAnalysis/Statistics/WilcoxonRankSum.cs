using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace AsAnalysis.Statistics;

/// <summary>Wilcoxon rank-sum test with the Hodges-Lehmann shift and its confidence interval.</summary>
public static class WilcoxonRankSum
{
    /// <summary>Tolerance of R's root search for the interval and estimate (<c>wilcox.test(tol.root = 1e-4)</c>).</summary>
    private const double RootTolerance = 1e-4;

    /// <summary>
    /// Two-sided Wilcoxon rank-sum test of treatment versus control with the shift estimate and interval, as R 4.2.2
    /// <c>wilcox.test(treatment, control, conf.int = TRUE, conf.level = level)</c>.
    /// </summary>
    /// <remarks>
    /// <para>Exact branch (no ties; <see cref="WilcoxonMode"/>): p from the exact distribution of W; interval from the
    /// sorted treatment - control differences at the <c>qwilcox(alpha/2)</c> positions. When R warns "requested
    /// conf.level not achievable" (very small samples), the interval carries the achieved level, 1 - 2 P(W &lt; q); when
    /// nothing but a level of 0 is achievable (one value per arm) the interval is undefined (NaN) at the requested level.</para>
    /// <para>Normal branch: z with tie correction of the variance and continuity correction 0.5; the interval limits and
    /// the estimate are the zeros in d of the standardized statistic of (treatment - d) versus control, searched as R's
    /// <c>uniroot</c> with tolerance 1e-4. R's output depends on that search, and this implementation follows the same
    /// steps, so it reproduces R's printed values (to 1e-14 relative in the tests), not just the true zeros to 1e-4.</para>
    /// <para>Undefined results are NaN, never exceptions: an empty arm (R: "not enough observations") gives NaN for the
    /// statistic, p-value, estimate and interval; when every value is tied the p-value is NaN (R: NA), and when each arm
    /// is constant the estimate and interval are NaN (R stops with an error).</para>
    /// </remarks>
    /// <param name="treatment">Non-missing treatment values.</param>
    /// <param name="control">Non-missing control values.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <param name="mode">Exact or normal approximation; default R's rule.</param>
    /// <returns>The test, estimate and interval.</returns>
    /// <exception cref="ArgumentNullException">A sample is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1, or <paramref name="mode"/> is not defined.</exception>
    public static WilcoxonResult Test(IReadOnlyList<double> treatment, IReadOnlyList<double> control, double level = 0.95, WilcoxonMode mode = WilcoxonMode.Auto)
    {
        var x = SampleGuard.FiniteCopy(treatment, nameof(treatment));
        var y = SampleGuard.FiniteCopy(control, nameof(control));
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        Guard.Defined(mode, nameof(mode), "Unknown Wilcoxon mode.");

        int nx = x.Length, ny = y.Length;
        var ranked = RankSum(x, y, 0);
        var exact = mode switch
        {
            WilcoxonMode.Auto => nx < 50 && ny < 50 && !ranked.HasTies,
            WilcoxonMode.Exact => !ranked.HasTies,
            _ => false,
        };
        var method = exact ? TestMethod.WilcoxonExact : TestMethod.WilcoxonNormal;
        if (nx == 0 || ny == 0)
        {
            return new WilcoxonResult(nx, ny, new TestResult(method, double.NaN, double.NaN), double.NaN, ConfidenceInterval.Undefined(level), exact);
        }

        var w = ranked.W;
        return exact ? ExactTest(x, y, w, level) : NormalTest(x, y, w, ranked.TieSum, level);
    }

    private static WilcoxonResult ExactTest(double[] x, double[] y, double w, double level)
    {
        int nx = x.Length, ny = y.Length;
        var distribution = new MannWhitneyDistribution(nx, ny);
        var wInt = (int)w; // no ties: W is an integer
        var half = (double)nx * ny / 2;
        var oneSided = w > half ? distribution.UpperTail(wInt - 1) : distribution.LowerTail(wInt);
        var p = Math.Min(2 * oneSided, 1);

        var differences = new double[nx * ny];
        var k = 0;
        foreach (var xi in x)
        {
            foreach (var yj in y) differences[k++] = xi - yj;
        }

        Array.Sort(differences);
        var estimate = SortedArrayStatistics.Median(differences);

        var alpha = 1 - level;
        var qu = distribution.LowerQuantile(alpha / 2);
        if (qu == 0) qu = 1;
        var ql = distribution.MaxU - qu;
        var achievedAlpha = 2 * distribution.LowerTail(qu - 1);
        var achievedLevel = achievedAlpha - alpha > alpha / 2 ? 1 - achievedAlpha : level;
        var ci = achievedLevel > 0
            ? new ConfidenceInterval(differences[qu - 1], differences[ql], achievedLevel)
            : ConfidenceInterval.Undefined(level);
        return new WilcoxonResult(nx, ny, new TestResult(TestMethod.WilcoxonExact, w, p), estimate, ci, true);
    }

    private static WilcoxonResult NormalTest(double[] x, double[] y, double w, double tieSum, double level)
    {
        double nx = x.Length, ny = y.Length;
        var z = w - nx * ny / 2;
        var sigma = Sigma(nx, ny, tieSum);
        z = (z - Math.Sign(z) * 0.5) / sigma;
        var p = 2 * Math.Min(Normal.CDF(0, 1, z), Normal.CDF(0, 1, -z));
        var test = new TestResult(TestMethod.WilcoxonNormal, w, p);

        var undefined = new WilcoxonResult(x.Length, y.Length, test, double.NaN, ConfidenceInterval.Undefined(level), false);
        var muMin = x.Min() - y.Max();
        var muMax = x.Max() - y.Min();
        if (!(muMin < muMax)) return undefined;

        double Standardized(double d, bool correct)
        {
            var r = RankSum(x, y, d);
            var dz = r.W - nx * ny / 2;
            var correction = correct ? Math.Sign(dz) * 0.5 : 0;
            return (dz - correction) / Sigma(nx, ny, r.TieSum);
        }

        var wMin = Standardized(muMin, true);
        var wMax = Standardized(muMax, true);
        if (double.IsNaN(wMin) || double.IsNaN(wMax)) return undefined; // every value tied at an end: R stops

        double Root(double zq)
        {
            var fLower = wMin - zq;
            if (fLower <= 0) return muMin;
            var fUpper = wMax - zq;
            if (fUpper >= 0) return muMax;
            return BrentZeroin.FindRoot(d => AsUniroot(Standardized(d, true) - zq), muMin, muMax, fLower, fUpper, RootTolerance, 1000, out _);
        }

        var alpha = 1 - level;
        var zUpper = -Normal.InvCDF(0, 1, alpha / 2); // R qnorm(alpha/2, lower.tail = FALSE)
        var lower = Root(zUpper);
        var upper = Root(-zUpper);

        // Estimate: zero of the statistic without continuity correction (R sets correct <- FALSE first).
        var eLower = Standardized(muMin, false);
        var eUpper = Standardized(muMax, false);
        var estimate = !double.IsNaN(eLower) && !double.IsNaN(eUpper) && Math.Sign(eLower) * Math.Sign(eUpper) <= 0
            ? BrentZeroin.FindRoot(d => AsUniroot(Standardized(d, false)), muMin, muMax, eLower, eUpper, RootTolerance, 1000, out _)
            : double.NaN;
        var ci = lower <= upper ? new ConfidenceInterval(lower, upper, level) : ConfidenceInterval.Undefined(level);
        return new WilcoxonResult(x.Length, y.Length, test, estimate, ci, false);
    }

    /// <summary>R's <c>uniroot</c> replaces a non-finite function value by the largest finite one, keeping -Inf's sign.</summary>
    private static double AsUniroot(double value) =>
        double.IsFinite(value) ? value : double.IsNegativeInfinity(value) ? -double.MaxValue : double.MaxValue;

    /// <summary>Standard deviation of W under the null with the tie correction, as R.</summary>
    private static double Sigma(double nx, double ny, double tieSum) =>
        Math.Sqrt(nx * ny / 12 * ((nx + ny + 1) - tieSum / ((nx + ny) * (nx + ny - 1))));

    /// <summary>W of (x - shift) versus y with average ranks, and the tie term sum(t^3 - t) over tie groups.</summary>
    private static (double W, double TieSum, bool HasTies) RankSum(double[] x, double[] y, double shift)
    {
        var values = new double[x.Length + y.Length];
        for (var i = 0; i < x.Length; i++) values[i] = x[i] - shift;
        Array.Copy(y, 0, values, x.Length, y.Length);
        var ranks = ArrayStatistics.RanksInplace(values, RankDefinition.Average); // sorts values
        double sum = 0;
        for (var i = 0; i < x.Length; i++) sum += ranks[i];

        double tieSum = 0;
        var hasTies = false;
        for (int start = 0, end; start < values.Length; start = end)
        {
            end = start + 1;
            while (end < values.Length && values[end] == values[start]) end++;
            double t = end - start;
            if (t > 1)
            {
                hasTies = true;
                tieSum += t * t * t - t;
            }
        }

        double nx = x.Length;
        return (sum - nx * (nx + 1) / 2, tieSum, hasTies);
    }
}
