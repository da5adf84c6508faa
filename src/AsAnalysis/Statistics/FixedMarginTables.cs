namespace AsAnalysis.Statistics;

/// <summary>
/// Many 2x2 tables with the same two arm totals n1 (treatment) and n2 (control) and varying event counts, as a
/// tipping-point grid or an enumeration of trial outcomes produces them. Work that depends on one arm only is done
/// once per event count of that arm, and work that depends on the total number of events once per total:
/// <list type="bullet">
/// <item>Wilson limits of each arm for every event count 0..n (the Newcombe interval combines one limit pair of each
/// arm), with the quantile z of <see cref="ProportionMath.TwoSidedZ"/>: the same operations as
/// <see cref="ProportionDifference.Estimate"/>, so the limits agree bit for bit.</item>
/// <item>Fisher's exact test: given the margins, the conditional distribution of the treatment events depends only on
/// the total s = x1 + x2, so one pass over the support per s gives the two-sided p-value (R <c>fisher.test</c> rule,
/// as <see cref="TwoByTwoTests.Fisher"/>) and the upper one-sided p-value of every table with that total.</item>
/// </list>
/// Not thread safe: the Fisher buffers (allocated at the first call, min(n1, n2) + 1 each) are reused from one total to
/// the next.
/// </summary>
internal sealed class FixedMarginTables
{
    private const double TieTolerance = 1 + 1e-7;

    private readonly int _from1, _from2;
    private readonly double[] _wilsonLower1, _wilsonUpper1, _wilsonLower2, _wilsonUpper2;
    private double[] _pmf = [], _twoSided = [], _upper = [], _prefix = [];
    private int[] _order = [];

    /// <summary>
    /// Prepares the tables with arm totals <paramref name="n1"/>, <paramref name="n2"/> (both at least 1) whose
    /// treatment events lie in [<paramref name="from1"/>, <paramref name="to1"/>] and control events in
    /// [<paramref name="from2"/>, <paramref name="to2"/>] (the range of the cached Wilson limits).
    /// </summary>
    /// <param name="n1">Treatment arm total.</param>
    /// <param name="n2">Control arm total.</param>
    /// <param name="z">Normal quantile of the Wilson limits (two-sided, <see cref="ProportionMath.TwoSidedZ"/>).</param>
    /// <param name="from1">Lowest treatment event count used.</param>
    /// <param name="to1">Highest treatment event count used.</param>
    /// <param name="from2">Lowest control event count used.</param>
    /// <param name="to2">Highest control event count used.</param>
    internal FixedMarginTables(int n1, int n2, double z, int from1, int to1, int from2, int to2)
    {
        N1 = n1;
        N2 = n2;
        _from1 = from1;
        _from2 = from2;
        (_wilsonLower1, _wilsonUpper1) = WilsonTable(n1, z, from1, to1);
        (_wilsonLower2, _wilsonUpper2) = WilsonTable(n2, z, from2, to2);
    }

    /// <summary>All event counts 0..n1 and 0..n2.</summary>
    internal FixedMarginTables(int n1, int n2, double z) : this(n1, n2, z, 0, n1, 0, n2)
    {
    }

    /// <summary>Treatment arm total.</summary>
    internal int N1 { get; }
    /// <summary>Control arm total.</summary>
    internal int N2 { get; }

    /// <summary>Lowest treatment event count of the total last passed to <see cref="Fisher"/>.</summary>
    internal int FisherLo { get; private set; }
    /// <summary>Highest treatment event count of the total last passed to <see cref="Fisher"/>.</summary>
    internal int FisherHi { get; private set; }

    private static (double[] Lower, double[] Upper) WilsonTable(int n, double z, int from, int to)
    {
        var lower = new double[to - from + 1];
        var upper = new double[to - from + 1];
        for (int x = from; x <= to; x++) (lower[x - from], upper[x - from]) = Proportion.WilsonZ(x, n, z, correct: false);
        return (lower, upper);
    }

    /// <summary>Newcombe hybrid score limits of x1/n1 - x2/n2 (method 10), from the cached Wilson limits.</summary>
    internal (double Lower, double Upper) Newcombe(int x1, int x2)
    {
        double p1 = (double)x1 / N1, p2 = (double)x2 / N2;
        double d = p1 - p2;
        double below1 = p1 - _wilsonLower1[x1 - _from1], above1 = _wilsonUpper1[x1 - _from1] - p1;
        double below2 = p2 - _wilsonLower2[x2 - _from2], above2 = _wilsonUpper2[x2 - _from2] - p2;
        return (d - Math.Sqrt(below1 * below1 + above2 * above2), d + Math.Sqrt(above1 * above1 + below2 * below2));
    }

    /// <summary>Newcombe lower limit only (see <see cref="Newcombe"/>).</summary>
    internal double NewcombeLower(int x1, int x2)
    {
        double p1 = (double)x1 / N1, p2 = (double)x2 / N2;
        double below1 = p1 - _wilsonLower1[x1 - _from1], above2 = _wilsonUpper2[x2 - _from2] - p2;
        return p1 - p2 - Math.Sqrt(below1 * below1 + above2 * above2);
    }

    /// <summary>
    /// Computes Fisher's p-values of every table with <paramref name="total"/> events; read them with
    /// <see cref="FisherTwoSided"/> and <see cref="FisherUpper"/> for x1 in [<see cref="FisherLo"/>, <see cref="FisherHi"/>].
    /// </summary>
    /// <remarks>
    /// The hypergeometric probabilities are taken from the mode (Loader's saddle point, as
    /// <see cref="CentralHypergeometric"/>) outwards by the ratio recurrence; values below the smallest double
    /// become 0, as they do in <see cref="TwoByTwoTests.Fisher"/>. The two tails are increasing towards the mode, so
    /// merging them gives the tables in increasing probability; the two-sided p-value of a table is the cumulative
    /// probability up to the last table whose probability is at most its own times 1 + 1e-7 (exactly 1 when that
    /// includes the mode). The upper one-sided p-value P(X1 &gt;= x1) is summed from the upper end of the support.
    /// </remarks>
    internal void Fisher(int total)
    {
        int lo = Math.Max(0, total - N2), hi = Math.Min(total, N1);
        FisherLo = lo;
        FisherHi = hi;
        int m = hi - lo + 1;
        if (_pmf.Length < m)
        {
            int width = Math.Min(N1, N2) + 1;
            _pmf = new double[width];
            _twoSided = new double[width];
            _upper = new double[width];
            _prefix = new double[width];
            _order = new int[width];
        }
        if (m == 1)
        {
            _twoSided[0] = 1.0;
            _upper[0] = 1.0;
            return;
        }

        var h = new CentralHypergeometric(N1, N2, total);
        int mode = h.Mode;
        _pmf[mode - lo] = Math.Exp(h.LogPmf(mode));
        for (int x = mode - 1; x >= lo; x--) _pmf[x - lo] = _pmf[x + 1 - lo] * h.DownRatio(x + 1);
        for (int x = mode + 1; x <= hi; x++) _pmf[x - lo] = _pmf[x - 1 - lo] * h.UpRatio(x - 1);

        // Merge the left tail (lo upwards) and the right tail (hi downwards) into increasing probability.
        int left = 0, right = m - 1, count = 0;
        double cumulative = 0;
        while (left <= right)
        {
            int take = _pmf[left] <= _pmf[right] ? left++ : right--;
            cumulative += _pmf[take];
            _order[count] = take;
            _prefix[count] = cumulative;
            count++;
        }

        for (int k = 0, last = 0; k < m; k++)
        {
            if (last < k) last = k;
            double threshold = _pmf[_order[k]] * TieTolerance;
            while (last + 1 < m && _pmf[_order[last + 1]] <= threshold) last++;
            _twoSided[_order[k]] = last == m - 1 ? 1.0 : Math.Min(1.0, _prefix[last]);
        }

        double tail = 0;
        for (int i = m - 1; i >= 0; i--)
        {
            tail += _pmf[i];
            _upper[i] = Math.Min(1.0, tail);
        }
        _upper[0] = 1.0;
    }

    /// <summary>Two-sided Fisher p-value of the table with <paramref name="x1"/> treatment events and the total of the last <see cref="Fisher"/> call.</summary>
    internal double FisherTwoSided(int x1) => _twoSided[x1 - FisherLo];

    /// <summary>Upper one-sided Fisher p-value P(X1 &gt;= x1 | margins) (treatment better), same total as <see cref="FisherTwoSided"/>.</summary>
    internal double FisherUpper(int x1) => _upper[x1 - FisherLo];
}
