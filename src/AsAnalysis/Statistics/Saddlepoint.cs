using MathNet.Numerics;

namespace AsAnalysis.Statistics;

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
