namespace AsAnalysis.Statistics;

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
