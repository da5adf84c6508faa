namespace AsAnalysis.Statistics;

/// <summary>
/// Exact unconditional confidence intervals for the difference of two independent proportions, p1 - p2, by inverting
/// exact unconditional score tests: Chan and Zhang (1999, Biometrics 55:1202; SAS PROC FREQ <c>EXACT RISKDIFF</c> with the
/// score statistic) inverts two one-sided tests, Agresti and Min (2001, Biometrics 57:963) one two-sided test.
/// </summary>
/// <remarks>
/// <para>For a null difference d the tables (x1, x2) are ordered by the Farrington-Manning score statistic
/// Z(d) = (x1/n1 - x2/n2 - d) / sqrt(V(d)), V from the restricted maximum-likelihood estimates under p1 - p2 = d
/// (<see cref="ProportionMath.ConstrainedForDifference"/>; Z = 0 when the numerator is 0; the Miettinen-Nurminen factor
/// N/(N - 1) would not change the order). A p-value is the probability of the tables at least as extreme as the observed
/// one (Z within 1e-9 of the observed value counts as a tie and is included), maximised over the nuisance parameter
/// p2 in [max(0, -d), min(1, 1 - d)] with p1 = p2 + d.</para>
/// <para>Chan-Zhang: P_ge(d) = sup P(Z &gt;= Z_obs), P_le(d) = sup P(Z &lt;= Z_obs); the interval is {d : P_ge(d) &gt; alpha/2 and
/// P_le(d) &gt; alpha/2}. Agresti-Min: {d : sup P(|Z| &gt;= |Z_obs|) &gt; alpha}. Each end is found by scanning values
/// of d from the far end (-1 or 1) towards the estimate for the first one inside the set (20 steps), then bisecting that step to 1e-10;
/// an estimate of -1 (or 1) is its own lower (upper) limit.</para>
/// <para>The supremum over p2: the probability of the region is a polynomial in p2, evaluated in O(n1 + n2) from the
/// runs of the region in each row x1 and the cumulative binomial probabilities of x2. It is evaluated on a grid uniform in
/// arcsin(sqrt(p2)) with 32 + 16 sqrt(n1 + n2) nodes (about five per width of the binomial kernel), and every grid local
/// maximum within 20% of the largest is refined by golden-section search to 1e-12 of its bracket. When only the side of
/// alpha matters (while inverting), the search stops at the first value above it.</para>
/// </remarks>
internal sealed class ExactUnconditionalInterval
{
    private const double TieTolerance = 1e-9;
    private const int ScanSteps = 20;

    private readonly int n1, n2, x1Obs, x2Obs;
    private readonly double[] logC1, logC2;
    private readonly double[] z;
    private readonly double[] b1, b2, c2;
    // Runs of the current region: row x1, first and last x2.
    private readonly List<(int X1, int From, int To)> runs = new();
    private readonly int gridSize;

    internal ExactUnconditionalInterval(int x1, int n1, int x2, int n2)
    {
        this.n1 = n1;
        this.n2 = n2;
        x1Obs = x1;
        x2Obs = x2;
        var lf = LogCombinatorics.LogFactorials(n1 + n2);
        logC1 = LogCombinatorics.LogBinomials(n1, lf);
        logC2 = LogCombinatorics.LogBinomials(n2, lf);
        z = new double[(n1 + 1) * (n2 + 1)];
        b1 = new double[n1 + 1];
        b2 = new double[n2 + 1];
        c2 = new double[n2 + 2];
        gridSize = 32 + (int)Math.Ceiling(16 * Math.Sqrt(n1 + n2));
    }

    internal enum Side { Greater, Less, TwoSided }

    /// <summary>Chan-Zhang interval at the given level.</summary>
    internal (double Lower, double Upper) ChanZhang(double level)
    {
        double half = (1 - level) / 2;
        double lower = End(d => Exceeds(d, Side.Greater, half), towardsLower: true);
        double upper = End(d => Exceeds(d, Side.Less, half), towardsLower: false);
        return (lower, upper);
    }

    /// <summary>Agresti-Min interval at the given level.</summary>
    internal (double Lower, double Upper) AgrestiMin(double level)
    {
        double alpha = 1 - level;
        double lower = End(d => Exceeds(d, Side.TwoSided, alpha), towardsLower: true);
        double upper = End(d => Exceeds(d, Side.TwoSided, alpha), towardsLower: false);
        return (lower, upper);
    }

    /// <summary>
    /// One end of {d : inside(d)}: scans from the far end (-1 or 1, outside by convention) towards the estimate, which is
    /// inside, and bisects the first step that enters the set.
    /// </summary>
    private double End(Func<double, bool> inside, bool towardsLower)
    {
        double estimate = (double)x1Obs / n1 - (double)x2Obs / n2;
        double far = towardsLower ? -1.0 : 1.0;
        if (estimate == far) return far;
        double outside = far, inn = estimate;
        for (int k = 1; k < ScanSteps; k++)
        {
            double d = far + (estimate - far) * k / ScanSteps;
            if (inside(d)) { inn = d; break; }
            outside = d;
        }
        while (Math.Abs(inn - outside) > 1e-10)
        {
            double mid = (inn + outside) / 2;
            if (inside(mid)) inn = mid; else outside = mid;
        }
        return (inn + outside) / 2;
    }

    /// <summary>Exact unconditional p-value at null difference d for the given side.</summary>
    internal double PValue(double d, Side side)
    {
        BuildRegion(d, side);
        return Maximize(d, double.PositiveInfinity);
    }

    /// <summary>Whether the p-value at d exceeds <paramref name="threshold"/> (stops at the first nuisance value that shows it).</summary>
    private bool Exceeds(double d, Side side, double threshold)
    {
        BuildRegion(d, side);
        return Maximize(d, threshold) > threshold;
    }

    private void BuildRegion(double d, Side side)
    {
        double zObs = Score(x1Obs, x2Obs, d);
        int w = n2 + 1;
        for (int a = 0; a <= n1; a++)
            for (int b = 0; b <= n2; b++) z[a * w + b] = Score(a, b, d);
        runs.Clear();
        double tol = TieTolerance * Math.Max(1.0, Math.Abs(zObs));
        for (int a = 0; a <= n1; a++)
        {
            int start = -1;
            for (int b = 0; b <= n2; b++)
            {
                double v = z[a * w + b];
                bool member = side switch
                {
                    Side.Greater => v >= zObs - tol,
                    Side.Less => v <= zObs + tol,
                    _ => Math.Abs(v) >= Math.Abs(zObs) - tol,
                };
                if (member && start < 0) start = b;
                if (!member && start >= 0) { runs.Add((a, start, b - 1)); start = -1; }
            }
            if (start >= 0) runs.Add((a, start, n2));
        }
    }

    private double Score(int a, int b, double d)
    {
        double diff = (double)a / n1 - (double)b / n2;
        return ProportionMath.ScoreRatio(diff - d, ProportionMath.ScoreVarianceForDifference(a, n1, b, n2, d, nCorrection: false));
    }

    /// <summary>Probability of the current region at control rate p2 (treatment rate p2 + d).</summary>
    private double RegionProbability(double p2, double d)
    {
        Pmf(Math.Clamp(p2 + d, 0.0, 1.0), logC1, b1);
        Pmf(Math.Clamp(p2, 0.0, 1.0), logC2, b2);
        c2[0] = 0;
        for (int b = 0; b <= n2; b++) c2[b + 1] = c2[b] + b2[b];
        double sum = 0;
        foreach (var (a, from, to) in runs) sum += b1[a] * (c2[to + 1] - c2[from]);
        return sum;
    }

    private static void Pmf(double p, double[] logC, double[] into)
    {
        int n = logC.Length - 1;
        if (p <= 0 || p >= 1)
        {
            Array.Clear(into);
            into[p <= 0 ? 0 : n] = 1.0;
            return;
        }
        // One exp at the mode, then the ratios b(x + 1) / b(x) = (n - x) p / ((x + 1) q) outwards (no underflow near the mode).
        double lp = Math.Log(p), lq = MathNet.Numerics.SpecialFunctions.Log1p(-p);
        int mode = Math.Min(n, (int)Math.Floor((n + 1) * p));
        into[mode] = Math.Exp(logC[mode] + mode * lp + (n - mode) * lq);
        double odds = p / (1 - p);
        for (int x = mode; x < n; x++) into[x + 1] = into[x] * (n - x) / (x + 1) * odds;
        for (int x = mode; x > 0; x--) into[x - 1] = into[x] * x / (n - x + 1) / odds;
    }

    /// <summary>sup over p2 of the region's probability: arcsine grid, then golden-section refinement of the grid maxima;
    /// returns as soon as a value above <paramref name="stopAbove"/> is seen.</summary>
    private double Maximize(double d, double stopAbove)
    {
        if (runs.Count == 0) return 0.0;
        double lo = Math.Max(0.0, -d), hi = Math.Min(1.0, 1.0 - d);
        double tLo = Math.Asin(Math.Sqrt(lo)), tHi = Math.Asin(Math.Sqrt(hi));
        int k = gridSize;
        var nodes = new double[k + 1];
        var values = new double[k + 1];
        double best = 0;
        for (int i = 0; i <= k; i++)
        {
            double s = Math.Sin(tLo + (tHi - tLo) * i / k);
            nodes[i] = i == 0 ? lo : i == k ? hi : s * s;
            values[i] = RegionProbability(nodes[i], d);
            best = Math.Max(best, values[i]);
            if (best > stopAbove) return best;
        }
        // Refine the grid peaks that could reach the largest value (or the stopping threshold).
        double threshold = 0.8 * (double.IsPositiveInfinity(stopAbove) ? best : Math.Min(best, stopAbove));
        for (int i = 0; i <= k; i++)
        {
            bool peak = (i == 0 || values[i] >= values[i - 1]) && (i == k || values[i] >= values[i + 1]);
            if (!peak || values[i] < threshold) continue;
            double a = nodes[Math.Max(0, i - 1)], b = nodes[Math.Min(k, i + 1)];
            best = Math.Max(best, Golden(a, b, d, stopAbove));
            if (best > stopAbove) return best;
        }
        return Math.Min(1.0, best);
    }

    private double Golden(double a, double b, double d, double stopAbove)
    {
        const double r = 0.6180339887498949;
        double c = b - r * (b - a), e = a + r * (b - a);
        double fc = RegionProbability(c, d), fe = RegionProbability(e, d);
        double best = Math.Max(fc, fe);
        double width = b - a;
        while (b - a > 1e-12 * width && b - a > 1e-15 && best <= stopAbove)
        {
            if (fc >= fe) { b = e; e = c; fe = fc; c = b - r * (b - a); fc = RegionProbability(c, d); best = Math.Max(best, fc); }
            else { a = c; c = e; fc = fe; e = a + r * (b - a); fe = RegionProbability(e, d); best = Math.Max(best, fe); }
        }
        return best;
    }
}
