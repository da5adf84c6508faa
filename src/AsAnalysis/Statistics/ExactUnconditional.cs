using System.Numerics;

namespace AsAnalysis.Statistics;

/// <summary>
/// Machinery of the exact unconditional tests (Boschloo, Barnard) for two independent binomials
/// X1 ~ Bin(n1, pi), X2 ~ Bin(n2, pi) under the null hypothesis of a common rate pi.
/// </summary>
/// <remarks>
/// <para>
/// Grouping by the total S = X1 + X2: the null probability of a rejection region R is
/// P(pi) = sum_s h_s C(N, s) pi^s (1 - pi)^(N - s), where h_s = P(R | S = s) is the (hypergeometric,
/// pi-free) conditional probability of R. So the region costs O(n1 n2) once, and each evaluation of
/// P(pi) costs O(N) instead of O(n1 n2).
/// </para>
/// <para>
/// The supremum over the nuisance parameter is found on a grid uniform in theta = arcsin(sqrt(pi)) (the
/// variance-stabilising scale on which the binomial kernel that smooths h has a constant width of
/// 1/(2 sqrt(N))): K = 32 + 16 sqrt(N) interior nodes, about five per kernel width, plus 20 nodes
/// halving geometrically towards each end, plus pi = 0 and 1. Every local maximum is then located exactly:
/// between nodes where dP/dpi changes sign from + to -, the root of the scale-free derivative
/// sum_s w_s (s/N - pi) / sum_s w_s (w_s the terms of P) is solved with Brent to 1e-14. scipy instead
/// samples 32 Sobol points and polishes local minima with SLSQP (<c>shgo</c>); where both find the global
/// maximum they agree to rounding.
/// </para>
/// </remarks>
internal sealed class ExactUnconditional
{
    private readonly int n1;
    private readonly int n2;
    private readonly int total;
    private readonly double[] logC1;
    private readonly double[] logC2;
    private readonly double[] logCN;

    internal ExactUnconditional(int n1, int n2)
    {
        this.n1 = n1;
        this.n2 = n2;
        total = n1 + n2;
        var lf = LogCombinatorics.LogFactorials(total);
        logC1 = LogCombinatorics.LogBinomials(n1, lf);
        logC2 = LogCombinatorics.LogBinomials(n2, lf);
        logCN = LogCombinatorics.LogBinomials(total, lf);
    }

    internal int Total => total;

    /// <summary>Support of X1 given S = s.</summary>
    internal (int Lo, int Hi) Support(int s) => (Math.Max(0, s - n2), Math.Min(s, n1));

    /// <summary>P(X1 = x1 | S = s) for x1 over the support, into <paramref name="pmf"/>[0 ..].</summary>
    internal void ConditionalPmf(int s, Span<double> pmf)
    {
        var (lo, hi) = Support(s);
        for (int x1 = lo; x1 <= hi; x1++)
            pmf[x1 - lo] = Math.Exp(logC1[x1] + logC2[s - x1] - logCN[s]);
    }

    /// <summary>sup over pi in [0, 1] of sum_s h[s] Bin(s; N, pi).</summary>
    internal double MaximizeOverNuisance(double[] h)
    {
        // Terms with h_s > 0 only.
        var sList = new List<int>();
        var logA = new List<double>();
        for (int s = 0; s <= total; s++)
        {
            if (h[s] > 0)
            {
                sList.Add(s);
                logA.Add(Math.Log(h[s]) + logCN[s]);
            }
        }
        if (sList.Count == 0) return 0.0;
        int[] ss = sList.ToArray();
        double[] la = logA.ToArray();
        double[] work = new double[ss.Length];

        double best = Math.Max(h[0], h[total]); // pi = 0 and pi = 1

        // Grid in theta = arcsin(sqrt(pi)).
        int k = 32 + (int)Math.Ceiling(16 * Math.Sqrt(total));
        var nodes = new List<double>(k + 40);
        double step = Math.PI / 2 / k;
        double first = Square(Math.Sin(step));
        for (int j = 20; j >= 1; j--) nodes.Add(first * Math.Pow(2, -j));
        for (int i = 1; i < k; i++) nodes.Add(Square(Math.Sin(i * step)));
        for (int j = 1; j <= 20; j++) nodes.Add(1 - first * Math.Pow(2, -j));

        double prevPi = double.NaN, prevSlope = double.NaN;
        foreach (double pi in nodes)
        {
            double logP = Evaluate(pi, ss, la, work, out double slope);
            best = Math.Max(best, Math.Exp(logP));
            if (prevSlope > 0 && slope < 0)
            {
                double root = MonotoneRoot.Find(p => Slope(p, ss, la, work), prevPi, pi, 1e-14);
                best = Math.Max(best, Math.Exp(Evaluate(root, ss, la, work, out _)));
            }
            prevPi = pi;
            prevSlope = slope;
        }
        return Math.Min(1.0, best);
    }

    private static double Square(double v) => v * v;

    private double Slope(double pi, int[] ss, double[] la, double[] work)
    {
        Evaluate(pi, ss, la, work, out double slope);
        return slope;
    }

    /// <summary>ln P(pi), and the sign-carrying scale-free slope sum w_s (s/N - pi) / sum w_s.</summary>
    private double Evaluate(double pi, int[] ss, double[] la, double[] work, out double slope)
    {
        double lp = Math.Log(pi), lq = MathNet.Numerics.SpecialFunctions.Log1p(-pi);
        double max = double.NegativeInfinity;
        for (int i = 0; i < ss.Length; i++)
        {
            int s = ss[i];
            double e = la[i] + (s == 0 ? 0 : s * lp) + (s == total ? 0 : (total - s) * lq);
            work[i] = e;
            if (e > max) max = e;
        }
        double sum = 0, moment = 0;
        for (int i = 0; i < ss.Length; i++)
        {
            double w = Math.Exp(work[i] - max);
            sum += w;
            moment += w * ((double)ss[i] / total - pi);
        }
        slope = moment / sum;
        return max + Math.Log(sum);
    }

    /// <summary>
    /// Boschloo one-sided maximised p-values. <paramref name="lessP"/>: region of tables whose
    /// lower-tail Fisher p-value P(X1 &lt;= x1 | s) is at most the observed one times (1 + 1e-13) (scipy's tie
    /// tolerance); <paramref name="greaterP"/>: same with the upper tail P(X1 &gt;= x1 | s).
    /// Returns the observed one-sided Fisher p-values too.
    /// </summary>
    internal void Boschloo(int x1Obs, int x2Obs, out double lessFisher, out double greaterFisher, out double lessP, out double greaterP)
    {
        int sObs = x1Obs + x2Obs;
        int width = Math.Min(n1, n2) + 1;
        Span<double> pmf = width <= 1024 ? stackalloc double[width] : new double[width];
        Span<double> lower = width <= 1024 ? stackalloc double[width] : new double[width];
        Span<double> upper = width <= 1024 ? stackalloc double[width] : new double[width];

        Tails(sObs, pmf, lower, upper);
        var (loObs, _) = Support(sObs);
        lessFisher = lower[x1Obs - loObs];
        greaterFisher = upper[x1Obs - loObs];
        double lessCut = lessFisher * (1 + 1e-13), greaterCut = greaterFisher * (1 + 1e-13);

        var hLess = new double[total + 1];
        var hGreater = new double[total + 1];
        for (int s = 0; s <= total; s++)
        {
            Tails(s, pmf, lower, upper);
            var (lo, hi) = Support(s);
            int m = hi - lo + 1;
            // lower tail increases with x1: region is a prefix; its probability is the largest qualifying tail.
            double hl = 0;
            for (int i = 0; i < m && lower[i] <= lessCut; i++) hl = lower[i];
            hLess[s] = hl;
            double hg = 0;
            for (int i = m - 1; i >= 0 && upper[i] <= greaterCut; i--) hg = upper[i];
            hGreater[s] = hg;
        }
        lessP = MaximizeOverNuisance(hLess);
        greaterP = MaximizeOverNuisance(hGreater);
    }

    private void Tails(int s, Span<double> pmf, Span<double> lower, Span<double> upper)
    {
        var (lo, hi) = Support(s);
        int m = hi - lo + 1;
        ConditionalPmf(s, pmf);
        double acc = 0;
        for (int i = 0; i < m; i++) { acc += pmf[i]; lower[i] = acc; }
        acc = 0;
        for (int i = m - 1; i >= 0; i--) { acc += pmf[i]; upper[i] = acc; }
    }

    /// <summary>
    /// Barnard two-sided maximised p-value: region of tables whose squared Wald statistic is at least the
    /// observed one, compared exactly as rationals (so that mathematically tied tables are always counted).
    /// </summary>
    internal double BarnardTwoSided(int x1Obs, int x2Obs, bool pooled)
    {
        var obs = WaldSquare(x1Obs, x2Obs, pooled);
        var h = new double[total + 1];
        int width = Math.Min(n1, n2) + 1;
        Span<double> pmf = width <= 1024 ? stackalloc double[width] : new double[width];
        for (int s = 0; s <= total; s++)
        {
            var (lo, hi) = Support(s);
            ConditionalPmf(s, pmf);
            double sum = 0;
            for (int x1 = lo; x1 <= hi; x1++)
            {
                if (AtLeast(WaldSquare(x1, s - x1, pooled), obs)) sum += pmf[x1 - lo];
            }
            h[s] = Math.Min(1.0, sum);
        }
        return MaximizeOverNuisance(h);
    }

    /// <summary>
    /// Squared Wald statistic as numerator / denominator with integer parts.
    /// Pooled: N D^2 / (n1 n2 s (N - s)); unpooled: D^2 n1 n2 / (x1 (n1 - x1) n2^3 + x2 (n2 - x2) n1^3),
    /// with D = x1 n2 - x2 n1 (so p1 - p2 = D / (n1 n2)). D = 0 gives 0 (scipy sets p1 = p2 to 0);
    /// a zero denominator with D != 0 gives infinity.
    /// </summary>
    private WaldSq WaldSquare(int x1, int x2, bool pooled)
    {
        long d = (long)x1 * n2 - (long)x2 * n1;
        if (d == 0) return new WaldSq(0, 1, false, x1, x2, pooled);
        double dd = (double)d * d;
        double num, den;
        if (pooled)
        {
            int s = x1 + x2;
            num = total * dd;
            den = (double)n1 * n2 * s * (total - s);
        }
        else
        {
            num = dd * n1 * n2;
            den = (double)x1 * (n1 - x1) * n2 * n2 * n2 + (double)x2 * (n2 - x2) * n1 * n1 * n1;
        }
        return new WaldSq(num, den, den == 0, x1, x2, pooled);
    }

    private readonly record struct WaldSq(double Num, double Den, bool Infinite, int X1, int X2, bool Pooled);

    /// <summary>|W(a)| &gt;= |W(b)|, exact.</summary>
    private bool AtLeast(WaldSq a, WaldSq b)
    {
        if (b.Infinite) return a.Infinite;
        if (a.Infinite) return true;
        double lhs = a.Num * b.Den, rhs = b.Num * a.Den;
        if (Math.Abs(lhs - rhs) > 1e-9 * Math.Max(Math.Abs(lhs), Math.Abs(rhs))) return lhs > rhs;
        // Near tie: decide exactly in integers.
        var (an, ad) = ExactParts(a);
        var (bn, bd) = ExactParts(b);
        return an * bd >= bn * ad;
    }

    private (BigInteger Num, BigInteger Den) ExactParts(WaldSq w)
    {
        BigInteger d = (BigInteger)w.X1 * n2 - (BigInteger)w.X2 * n1;
        BigInteger dd = d * d;
        if (w.Pooled)
        {
            int s = w.X1 + w.X2;
            return (total * dd, (BigInteger)n1 * n2 * s * (total - s));
        }
        BigInteger bn1 = n1, bn2 = n2;
        return (dd * bn1 * bn2, (BigInteger)w.X1 * (n1 - w.X1) * bn2 * bn2 * bn2 + (BigInteger)w.X2 * (n2 - w.X2) * bn1 * bn1 * bn1);
    }
}
