using MathNet.Numerics;

namespace AsAnalysis.Statistics;

/// <summary>
/// Log-space helpers for binomial coefficients, shared by the exact tests.
/// </summary>
internal static class LogCombinatorics
{
    /// <summary>ln(i!) for i = 0..n (MathNet <see cref="SpecialFunctions.FactorialLn"/>: exact table below 171, Lanczos log-gamma above).</summary>
    internal static double[] LogFactorials(int n)
    {
        var table = new double[n + 1];
        for (int i = 0; i <= n; i++) table[i] = SpecialFunctions.FactorialLn(i);
        return table;
    }

    /// <summary>ln C(n, i) for i = 0..n from a table of log-factorials covering n.</summary>
    internal static double[] LogBinomials(int n, double[] logFactorials)
    {
        var table = new double[n + 1];
        for (int i = 0; i <= n; i++) table[i] = logFactorials[n] - logFactorials[i] - logFactorials[n - i];
        return table;
    }
}

/// <summary>
/// Catherine Loader's saddle-point evaluation of binomial probabilities ("Fast and accurate computation of binomial
/// probabilities", 2000), the algorithm of R's <c>dbinom</c> / <c>dhyper</c>. It avoids the cancellation of
/// differences of huge log-factorials (ln n! is 3e8 at n = 2e7, so those lose 8 digits), keeping full relative
/// precision of the probabilities at any size. MathNet's log-pmfs use log-factorial differences, hence this helper.
/// </summary>
internal static class Saddlepoint
{
    /// <summary>ln(n!) - ln(sqrt(2 pi n) (n/e)^n) for n = 1..15, to 25 digits (mpmath; equal to R's sferr_halves).</summary>
    private static readonly double[] StirlingErrorTable =
    [
        0.0,
        0.08106146679532725821967026, 0.04134069595540929409382208, 0.02767792568499833914878929,
        0.02079067210376509311152277, 0.01664469118982119216319487, 0.01387612882307074799874573,
        0.01189670994589177009505572, 0.01041126526197209649747857, 0.009255462182712732917728637,
        0.008330563433362871256469319, 0.007573675487951840794972024, 0.006942840107209529865664153,
        0.006408994188004207068439631, 0.005951370112758847735624416, 0.00555473355196280137103869,
    ];

    /// <summary>Stirling's error ln(n!) - ln(sqrt(2 pi n) (n/e)^n) for n &gt;= 1 (series in 1/n above 15, as R).</summary>
    internal static double StirlingError(double n)
    {
        const double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
        if (n <= 15) return StirlingErrorTable[(int)n];
        double nn = n * n;
        if (n > 500) return (s0 - s1 / nn) / n;
        if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
        if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    /// <summary>Deviance term x ln(x / np) + np - x, by its series when x is close to np.</summary>
    internal static double Bd0(double x, double np)
    {
        if (Math.Abs(x - np) < 0.1 * (x + np))
        {
            double v = (x - np) / (x + np);
            double s = (x - np) * v;
            if (Math.Abs(s) < double.Epsilon) return s;
            double ej = 2 * x * v;
            v *= v;
            for (int j = 1; j < 1000; j++)
            {
                ej *= v;
                double s1 = s + ej / (2 * j + 1);
                if (s1 == s) return s1;
                s = s1;
            }
        }
        return x * Math.Log(x / np) + np - x;
    }

    /// <summary>ln Bin(x; n, p) with q = 1 - p given separately (R's dbinom_raw, log scale).</summary>
    internal static double LogBinomialPmf(int x, int n, double p, double q)
    {
        if (p == 0) return x == 0 ? 0 : double.NegativeInfinity;
        if (q == 0) return x == n ? 0 : double.NegativeInfinity;
        if (x < 0 || x > n) return double.NegativeInfinity;
        if (x == 0) return n == 0 ? 0 : p < 0.1 ? -Bd0(n, n * q) - n * p : n * Math.Log(q);
        if (x == n) return q < 0.1 ? -Bd0(n, n * p) - n * q : n * Math.Log(p);
        double lc = StirlingError(n) - StirlingError(x) - StirlingError(n - x) - Bd0(x, n * p) - Bd0(n - x, n * q);
        double lf = Math.Log(2 * Math.PI) + Math.Log(x) + SpecialFunctions.Log1p(-(double)x / n);
        return lc - 0.5 * lf;
    }

    /// <summary>ln P(X = x) for X hypergeometric: x of the <paramref name="white"/> balls among <paramref name="draws"/>
    /// drawn from white + black (R's dhyper(x, white, black, draws, log = TRUE)).</summary>
    internal static double LogHypergeometricPmf(int x, int white, int black, int draws)
    {
        int total = white + black;
        if (x < 0 || x > white || draws - x < 0 || draws - x > black) return double.NegativeInfinity;
        if (draws == 0) return 0;
        double p = (double)draws / total, q = (double)(total - draws) / total;
        return LogBinomialPmf(x, white, p, q) + LogBinomialPmf(draws - x, black, p, q) - LogBinomialPmf(draws, total, p, q);
    }
}

/// <summary>
/// Fisher's (central) hypergeometric distribution of the treatment events X in a 2x2 table with fixed
/// margins: arm sizes <c>n1</c>, <c>n2</c> and <c>k</c> events in total,
/// P(X = x) = C(n1, x) C(n2, k - x) / C(n1 + n2, k) on lo = max(0, k - n2) .. hi = min(k, n1).
/// Everything is in log space so that totals of 10^5 and more neither overflow nor cost O(n^2); log-probabilities
/// come from <see cref="Saddlepoint"/> as in R.
/// </summary>
internal readonly struct CentralHypergeometric
{
    internal CentralHypergeometric(int n1, int n2, int k)
    {
        N1 = n1;
        N2 = n2;
        K = k;
        Lo = Math.Max(0, k - n2);
        Hi = Math.Min(k, n1);
    }

    internal int N1 { get; }
    internal int N2 { get; }
    internal int K { get; }
    internal int Lo { get; }
    internal int Hi { get; }

    /// <summary>A mode: floor((k + 1)(n1 + 1) / (n1 + n2 + 2)), clamped to the support.</summary>
    internal int Mode
    {
        get
        {
            long m = (long)(K + 1) * (N1 + 1) / ((long)N1 + N2 + 2);
            return (int)Math.Clamp(m, Lo, Hi);
        }
    }

    /// <summary>ln P(X = x) for x in the support (Loader's saddle-point algorithm, full relative precision at any size).</summary>
    internal double LogPmf(int x) => Saddlepoint.LogHypergeometricPmf(x, N1, N2, K);

    /// <summary>P(X = x + 1) / P(X = x), for lo &lt;= x &lt; hi.</summary>
    internal double UpRatio(int x) => (double)(N1 - x) * (K - x) / ((double)(x + 1) * ((double)N2 - K + x + 1));

    /// <summary>P(X = x - 1) / P(X = x), for lo &lt; x &lt;= hi.</summary>
    internal double DownRatio(int x) => (double)x * ((double)N2 - K + x) / ((double)(N1 - x + 1) * (K - x + 1));

    /// <summary>
    /// Two-sided conditional p-value as R <c>fisher.test</c>: the sum of P(X = y) over every y with
    /// P(X = y) &lt;= P(X = x) (1 + 1e-7). The pmf is unimodal, so the tables counted form two tails; their
    /// inner ends are found by bisection on each side of the mode and each tail is summed outwards from
    /// there (pmf recurrence) until the terms are negligible, in O(log n + tail length) instead of O(n).
    /// </summary>
    internal double FisherTwoSidedPValue(int x)
    {
        if (Lo == Hi) return 1.0;
        double threshold = LogPmf(x) + Math.Log(1 + 1e-7);
        int mode = Mode;
        if (LogPmf(mode) <= threshold) return 1.0;

        // Largest y in [lo, mode) with pmf(y) <= threshold (pmf nondecreasing there), else lo - 1.
        int left = Lo - 1;
        for (int a = Lo, b = mode - 1; a <= b;)
        {
            int mid = a + (b - a) / 2;
            if (LogPmf(mid) <= threshold) { left = mid; a = mid + 1; }
            else b = mid - 1;
        }

        // Smallest y in (mode, hi] with pmf(y) <= threshold (pmf nonincreasing there), else hi + 1.
        int right = Hi + 1;
        for (int a = mode + 1, b = Hi; a <= b;)
        {
            int mid = a + (b - a) / 2;
            if (LogPmf(mid) <= threshold) { right = mid; b = mid - 1; }
            else a = mid + 1;
        }

        double sum = 0;
        if (left >= Lo)
        {
            double term = Math.Exp(LogPmf(left));
            double tail = 0;
            for (int y = left; y >= Lo && term > 0; y--)
            {
                tail += term;
                if (term < tail * 1e-17) break;
                if (y > Lo) term *= DownRatio(y);
            }
            sum += tail;
        }
        if (right <= Hi)
        {
            double term = Math.Exp(LogPmf(right));
            double tail = 0;
            for (int y = right; y <= Hi && term > 0; y++)
            {
                tail += term;
                if (term < tail * 1e-17) break;
                if (y < Hi) term *= UpRatio(y);
            }
            sum += tail;
        }
        return Math.Min(1.0, sum);
    }
}

/// <summary>
/// Fisher's noncentral hypergeometric distribution of X (the treatment events) given the margins, with odds
/// ratio psi = exp(theta): P(X = x) proportional to C(n1, x) C(n2, k - x) psi^x. This is what R's
/// <c>fisher.test</c> uses (its <c>dnhyper</c>, <c>mnhyper</c>, <c>pnhyper</c>) for the conditional MLE and the
/// exact interval of the odds ratio. Weights are normalised by their maximum in log space, so any theta is safe.
/// </summary>
internal sealed class NoncentralHypergeometric
{
    private readonly double[] logCentral;
    private readonly double[] weights;

    internal NoncentralHypergeometric(int n1, int n2, int k)
    {
        var central = new CentralHypergeometric(n1, n2, k);
        Lo = central.Lo;
        Hi = central.Hi;
        logCentral = new double[Hi - Lo + 1];
        for (int x = Lo; x <= Hi; x++) logCentral[x - Lo] = central.LogPmf(x);
        weights = new double[logCentral.Length];
    }

    internal int Lo { get; }
    internal int Hi { get; }

    /// <summary>Fills the unnormalised weights at log odds ratio theta (exactly 0 below e^-750 of the largest, where
    /// exp underflows anyway, which saves the exponentials far from the mode) and returns their sum.</summary>
    private double Weigh(double theta)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logCentral.Length; i++)
        {
            double v = logCentral[i] + theta * (Lo + i);
            weights[i] = v;
            if (v > max) max = v;
        }
        double floor = max - 750, sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            double v = weights[i];
            weights[i] = v < floor ? 0.0 : Math.Exp(v - max);
            sum += weights[i];
        }
        return sum;
    }

    /// <summary>E[X] at log odds ratio theta.</summary>
    internal double Mean(double theta)
    {
        double sum = Weigh(theta);
        double m = 0;
        for (int i = 0; i < weights.Length; i++) m += (Lo + i) * weights[i];
        return m / sum;
    }

    /// <summary>P(X &lt;= x) at log odds ratio theta.</summary>
    internal double LowerTail(int x, double theta)
    {
        double sum = Weigh(theta);
        double t = 0;
        for (int i = 0; i <= x - Lo; i++) t += weights[i];
        return Math.Min(1.0, t / sum);
    }

    /// <summary>P(X &gt;= x) at log odds ratio theta.</summary>
    internal double UpperTail(int x, double theta)
    {
        double sum = Weigh(theta);
        double t = 0;
        for (int i = weights.Length - 1; i >= x - Lo; i--) t += weights[i];
        return Math.Min(1.0, t / sum);
    }
}
