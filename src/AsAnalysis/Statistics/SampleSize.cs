using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics;

/// <summary>
/// Power and sample size for a two-arm trial with a binary responder endpoint (treatment rate p1 versus control rate
/// p0, equal arms of n, two-sided level alpha), by the normal approximation or exactly by enumeration.
/// </summary>
/// <remarks>
/// <para>Normal approximation without correction (R 4.2.2 <c>power.prop.test(n, p1, p2, sig.level)</c>, strict = FALSE): with d = |p1 - p0|, pbar = (p1 + p0)/2, z = Phi^-1(1 - alpha/2),
/// power = Phi((sqrt(n) d - z sqrt(2 pbar (1 - pbar))) / sqrt(p1 (1 - p1) + p0 (1 - p0))), and
/// n = ((z sqrt(2 pbar (1 - pbar)) + z_beta sqrt(p1 (1 - p1) + p0 (1 - p0))) / d)^2 with z_beta = Phi^-1(power).</para>
/// <para>With continuity correction (Fleiss, Tytun and Ury 1980, Biometrics 36:343-346): n_cc = n/4 (1 + sqrt(1 + 4 / (n d)))^2 from the uncorrected n; its exact inverse gives the power at n,
/// the uncorrected formula with sqrt(n) d replaced by sqrt(n) (d - 1/n).</para>
/// <para>Exact power: sum over all (n+1)^2 outcomes (x1, x0) of Bin(x1; n, p1) Bin(x0; n, p0) over the outcomes the test
/// rejects (p-value &lt;= alpha): Fisher's exact test as <see cref="TwoByTwoTests.Fisher"/> (rejection regions found
/// per total x1 + x0 from both tails inwards, so the cost is the number of rejected tables), or the Pearson chi-square
/// test as <see cref="TwoByTwoTests.ChiSquare"/> (tables with an empty margin never reject).</para>
/// </remarks>
public static class SampleSize
{
    /// <summary>Power of the two-sided comparison at <paramref name="perArm"/> subjects per arm.</summary>
    /// <param name="treatmentRate">Assumed treatment response rate p1 in [0, 1].</param>
    /// <param name="controlRate">Assumed control response rate p0 in [0, 1].</param>
    /// <param name="perArm">Subjects per arm, at least 1.</param>
    /// <param name="method">Normal approximation (default, R <c>power.prop.test</c>), corrected, or exact.</param>
    /// <param name="alpha">Two-sided significance level in (0, 1), default 0.05.</param>
    /// <returns>The power. The uncorrected normal approximation is NaN when p1 = p0 is 0 or 1 (0/0); the corrected one
    /// gives 0 there (-1/sqrt(n) over a zero standard deviation). The exact methods always give a number (the size of
    /// the test when p1 = p0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rate outside [0, 1], <paramref name="perArm"/> &lt; 1,
    /// <paramref name="alpha"/> outside (0, 1), or an undefined method.</exception>
    public static PowerResult Power(double treatmentRate, double controlRate, int perArm, PowerMethod method = PowerMethod.NormalApproximation, double alpha = 0.05)
    {
        CheckRate(treatmentRate, nameof(treatmentRate));
        CheckRate(controlRate, nameof(controlRate));
        if (perArm < 1) throw new ArgumentOutOfRangeException(nameof(perArm), perArm, "At least one subject per arm.");
        CheckOpenUnit(alpha, nameof(alpha));
        CheckMethod(method, nameof(method));
        return new PowerResult(treatmentRate, controlRate, perArm, alpha, method, PowerValue(treatmentRate, controlRate, perArm, method, alpha, null));
    }

    /// <summary>Subjects per arm needed for a target power.</summary>
    /// <remarks>
    /// Normal approximations: the formula's n, rounded up. Exact methods: exact power is not monotone in n (it
    /// saw-tooths because the tests are discrete), so no bisection is used: every n = 1, 2, ... is evaluated in turn
    /// and the first n whose exact power is at least the target is returned. A somewhat larger n can have power below
    /// the target again; check <see cref="Power"/> at neighbouring sizes if that matters.
    /// </remarks>
    /// <param name="treatmentRate">Assumed treatment response rate p1 in [0, 1].</param>
    /// <param name="controlRate">Assumed control response rate p0 in [0, 1], different from p1.</param>
    /// <param name="power">Target power in (0, 1), default 0.8.</param>
    /// <param name="method">Normal approximation (default), corrected, or exact.</param>
    /// <param name="alpha">Two-sided significance level in (0, 1), default 0.05.</param>
    /// <param name="maxPerArm">Exact methods only: the largest n tried (default 2000).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate outside [0, 1] or equal rates, <paramref name="power"/> or
    /// <paramref name="alpha"/> outside (0, 1), an undefined method, <paramref name="maxPerArm"/> &lt; 1, or (exact
    /// methods) the target not reached by <paramref name="maxPerArm"/> (the message says so).</exception>
    public static SampleSizeResult PerArm(double treatmentRate, double controlRate, double power = 0.8, PowerMethod method = PowerMethod.NormalApproximation,
        double alpha = 0.05, int maxPerArm = 2000)
    {
        CheckRate(treatmentRate, nameof(treatmentRate));
        CheckRate(controlRate, nameof(controlRate));
        if (treatmentRate == controlRate)
            throw new ArgumentOutOfRangeException(nameof(controlRate), controlRate, "The rates must differ for a finite sample size.");
        CheckOpenUnit(power, nameof(power));
        CheckOpenUnit(alpha, nameof(alpha));
        CheckMethod(method, nameof(method));
        if (maxPerArm < 1) throw new ArgumentOutOfRangeException(nameof(maxPerArm), maxPerArm, "At least one subject per arm.");

        if (!method.IsExact())
        {
            double n = NormalPerArm(treatmentRate, controlRate, power, alpha, method == PowerMethod.NormalApproximationCorrected);
            int rounded = (int)Math.Max(1, Math.Ceiling(n * (1 - 1e-12)));
            double achieved = PowerValue(treatmentRate, controlRate, rounded, method, alpha, null);
            return new SampleSizeResult(treatmentRate, controlRate, alpha, power, method, n, rounded, achieved);
        }

        var logFactorials = LogCombinatorics.LogFactorials(2 * maxPerArm);
        for (int n = 1; n <= maxPerArm; n++)
        {
            double achieved = PowerValue(treatmentRate, controlRate, n, method, alpha, logFactorials);
            if (achieved >= power)
                return new SampleSizeResult(treatmentRate, controlRate, alpha, power, method, double.NaN, n, achieved);
        }
        throw new ArgumentOutOfRangeException(nameof(maxPerArm), maxPerArm,
            $"The exact power does not reach {power.ToString(System.Globalization.CultureInfo.InvariantCulture)} with up to {maxPerArm} per arm.");
    }

    private static double PowerValue(double p1, double p0, int n, PowerMethod method, double alpha, double[]? logFactorials) => method switch
    {
        PowerMethod.NormalApproximation => NormalPower(p1, p0, n, alpha, false),
        PowerMethod.NormalApproximationCorrected => NormalPower(p1, p0, n, alpha, true),
        PowerMethod.ExactFisher => ExactFisherPower(p1, p0, n, n, alpha, logFactorials ?? LogCombinatorics.LogFactorials(2 * n)),
        PowerMethod.ExactChiSquare => ExactChiSquarePower(p1, p0, n, n, alpha),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private static double NormalPower(double p1, double p0, double n, double alpha, bool corrected)
    {
        double d = Math.Abs(p1 - p0);
        double z = Normal.InvCDF(0, 1, 1 - alpha / 2);
        double pbar = (p1 + p0) / 2;
        double sd = Math.Sqrt(p1 * (1 - p1) + p0 * (1 - p0));
        double signal = corrected ? (n * d - 1) / Math.Sqrt(n) : Math.Sqrt(n) * d;
        double x = (signal - z * Math.Sqrt(2 * pbar * (1 - pbar))) / sd;
        return double.IsNaN(x) ? double.NaN : Normal.CDF(0, 1, x);
    }

    private static double NormalPerArm(double p1, double p0, double power, double alpha, bool corrected)
    {
        double d = Math.Abs(p1 - p0);
        double z = Normal.InvCDF(0, 1, 1 - alpha / 2);
        double zb = Normal.InvCDF(0, 1, power);
        double pbar = (p1 + p0) / 2;
        double root = (z * Math.Sqrt(2 * pbar * (1 - pbar)) + zb * Math.Sqrt(p1 * (1 - p1) + p0 * (1 - p0))) / d;
        double n = root * root;
        if (!corrected) return n;
        double f = 1 + Math.Sqrt(1 + 4 / (n * d));
        return n / 4 * f * f;
    }

    /// <summary>Bin(x; n, p) for x = 0..n (MathNet).</summary>
    private static double[] BinomialPmf(double p, int n)
    {
        var pmf = new double[n + 1];
        for (int x = 0; x <= n; x++) pmf[x] = Binomial.PMF(p, n, x);
        return pmf;
    }

    /// <summary>Exact power of two-sided Fisher (R rule, ties within 1e-7), rejecting when p &lt;= alpha.</summary>
    internal static double ExactFisherPower(double p1, double p0, int n1, int n2, double alpha, double[] logFactorials)
    {
        int total = n1 + n2;
        var logC1 = LogCombinatorics.LogBinomials(n1, logFactorials);
        var logC2 = LogCombinatorics.LogBinomials(n2, logFactorials);
        var logCN = LogCombinatorics.LogBinomials(total, logFactorials);
        var b1 = BinomialPmf(p1, n1);
        var b2 = BinomialPmf(p0, n2);
        int width = Math.Min(n1, n2) + 1;
        var xs = new int[width];
        var ds = new double[width];
        var prefix = new double[width];
        const double tie = 1 + 1e-7;
        double power = 0;

        for (int s = 0; s <= total; s++)
        {
            int lo = Math.Max(0, s - n2), hi = Math.Min(s, n1);
            if (lo == hi) continue; // a single table: p = 1
            double norm = logCN[s];
            double Pmf(int x) => Math.Exp(logC1[x] + logC2[s - x] - norm);

            // Tables in increasing probability, merging the two monotone tails from the ends inwards, until their
            // cumulative probability exceeds alpha, then on while still tied (within 1e-7) with the last one.
            int i = lo, j = hi, count = 0;
            double di = Pmf(i), dj = Pmf(j), cum = 0, stopAt = double.PositiveInfinity;
            while (i <= j)
            {
                double next = Math.Min(di, dj);
                if (next > stopAt) break;
                if (di <= dj)
                {
                    xs[count] = i; ds[count] = di; i++;
                    if (i <= j) di = Pmf(i);
                }
                else
                {
                    xs[count] = j; ds[count] = dj; j--;
                    if (j >= i) dj = Pmf(j);
                }
                cum += ds[count];
                prefix[count] = cum;
                count++;
                if (cum > alpha && double.IsPositiveInfinity(stopAt)) stopAt = ds[count - 1] * tie;
            }

            // p of table k = sum of the probabilities of all tables up to d_k (1 + 1e-7).
            for (int k = 0, m = 0; k < count; k++)
            {
                if (m < k) m = k;
                while (m + 1 < count && ds[m + 1] <= ds[k] * tie) m++;
                if (prefix[m] > alpha) break; // later tables have larger p
                power += b1[xs[k]] * b2[s - xs[k]];
            }
        }
        return Math.Clamp(power, 0, 1);
    }

    /// <summary>Exact power of the uncorrected Pearson chi-square test, rejecting when p &lt;= alpha.</summary>
    internal static double ExactChiSquarePower(double p1, double p0, int n1, int n2, double alpha)
    {
        var b1 = BinomialPmf(p1, n1);
        var b2 = BinomialPmf(p0, n2);
        // p <= alpha  <=>  X^2 >= critical, with p = erfc(sqrt(X^2 / 2)); decided on p itself near the boundary.
        double root = SpecialFunctions.ErfcInv(alpha);
        double critical = 2 * root * root;
        double power = 0;
        for (int x1 = 0; x1 <= n1; x1++)
        {
            if (b1[x1] == 0) continue;
            for (int x2 = 0; x2 <= n2; x2++)
            {
                double stat = TwoByTwoTests.PearsonStatistic(x1, n1, x2, n2, false);
                if (!(stat >= critical * (1 - 1e-9))) continue; // also skips NaN
                if (stat <= critical * (1 + 1e-9) && TwoByTwoTests.ChiSquareOneDfUpperTail(stat) > alpha) continue;
                power += b1[x1] * b2[x2];
            }
        }
        return Math.Clamp(power, 0, 1);
    }

    internal static double CheckRate(double rate, string name) => Guard.InRange(rate, 0, 1, name, "A rate lies in [0, 1].");

    internal static double CheckOpenUnit(double value, string name) => Guard.OpenUnit(value, name);

    internal static PowerMethod CheckMethod(PowerMethod method, string name) => Guard.Defined(method, name, "Unknown power method.");
}
