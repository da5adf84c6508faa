using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics;

/// <summary>Cochran-Mantel-Haenszel test and Mantel-Haenszel common odds ratio for 2x2xK tables, as R <c>mantelhaen.test</c>.</summary>
public static class MantelHaenszel
{
    /// <summary>
    /// Tests conditional independence of arm and event across strata and estimates the common odds ratio, as R 4.2.2
    /// <c>mantelhaen.test(x, correct = continuityCorrection, conf.level = level)</c> for a 2x2xK array <c>x</c>.
    /// </summary>
    /// <remarks>
    /// <para>With a_k the treatment events, n1_k / n2_k the arm sizes, m1_k / m2_k the event / non-event totals and n_k
    /// the size of stratum k: DELTA = sum_k (a_k - n1_k m1_k / n_k), V = sum_k n1_k n2_k m1_k m2_k / (n_k^2 (n_k - 1)),
    /// X^2 = (|DELTA| - Y)^2 / V with Y = 0.5 when corrected and |DELTA| &gt;= 0.5, else 0; p = P(chi2_1 &gt;= X^2).</para>
    /// <para>Common odds ratio R/S with R = sum a_k d_k / n_k, S = sum b_k c_k / n_k; the interval is
    /// OR exp(-/+ z sd) with the Robins, Breslow and Greenland (1986) standard deviation of log OR, as R.</para>
    /// <para>Edge cases: strata with fewer than 2 subjects carry no information (their terms are 0) and are skipped;
    /// R stops with "sample size in each stratum must be &gt; 1" instead. When V = 0 (every stratum has a zero
    /// margin) the statistic and p are NaN. When R = 0 or S = 0 the odds ratio is 0, +Infinity or NaN (0/0) and its
    /// interval undefined (NaN), as the log-scale variance is infinite.</para>
    /// </remarks>
    /// <param name="strata">The strata, each oriented Treatment vs Control; at least one.</param>
    /// <param name="continuityCorrection">Apply the continuity correction (R's default is TRUE; here the default is
    /// without, method <see cref="TestMethod.CochranMantelHaenszel"/>).</param>
    /// <param name="level">Confidence level of the odds-ratio interval, in (0, 1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="strata"/> or one of its tables is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="strata"/> is empty or <paramref name="level"/> is not in (0, 1).</exception>
    public static MantelHaenszelResult Test(IReadOnlyList<TwoByTwoTable> strata, bool continuityCorrection = false, double level = 0.95)
    {
        var copy = MantelHaenszelResult.CopyStrata(strata, nameof(strata));
        ConfidenceInterval.ValidateLevel(level, nameof(level));

        double delta = 0, variance = 0, r = 0, s = 0;
        double sumPR = 0, sumPSQR = 0, sumQS = 0;
        foreach (var t in copy)
        {
            double n = t.Total;
            if (n < 2) continue;
            double a = t.TreatmentEvents, b = t.TreatmentNonEvents, c = t.ControlEvents, d = t.ControlNonEvents;
            double n1 = t.TreatmentTotal, n2 = t.ControlTotal, m1 = a + c, m2 = b + d;
            delta += a - n1 * m1 / n;
            variance += n1 * n2 * m1 * m2 / (n * n * (n - 1));
            double rk = a * d / n, sk = b * c / n;
            r += rk;
            s += sk;
            double p = (a + d) / n, q = (b + c) / n;
            sumPR += p * rk;
            sumPSQR += p * sk + q * rk;
            sumQS += q * sk;
        }

        double yates = continuityCorrection && Math.Abs(delta) >= 0.5 ? 0.5 : 0.0;
        double statistic = variance > 0 ? Square(Math.Abs(delta) - yates) / variance : double.NaN;
        double pValue = double.IsNaN(statistic) ? double.NaN : TwoByTwoTests.ChiSquareOneDfUpperTail(statistic);
        var method = continuityCorrection ? TestMethod.CochranMantelHaenszelCorrected : TestMethod.CochranMantelHaenszel;
        var test = new TestResult(method, statistic, pValue, 1);

        double or = r == 0 && s == 0 ? double.NaN : s == 0 ? double.PositiveInfinity : r / s;
        ConfidenceInterval ci;
        if (r > 0 && s > 0)
        {
            double sd = Math.Sqrt(sumPR / (2 * r * r) + sumPSQR / (2 * r * s) + sumQS / (2 * s * s));
            double z = Normal.InvCDF(0, 1, (1 + level) / 2);
            ci = new ConfidenceInterval(or * Math.Exp(-z * sd), or * Math.Exp(z * sd), level);
        }
        else
        {
            ci = ConfidenceInterval.Undefined(level);
        }
        return new MantelHaenszelResult(copy, test, or, ci);
    }

    private static double Square(double v) => v * v;
}
