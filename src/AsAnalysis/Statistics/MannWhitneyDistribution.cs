using System.Numerics;

namespace AsAnalysis.Statistics;

/// <summary>
/// Exact null distribution of the Mann-Whitney statistic U (R's W) for sample sizes m and n without ties, as R's
/// <c>pwilcox</c> / <c>qwilcox</c>. MathNet has no such distribution.
/// </summary>
/// <remarks>
/// The frequencies of U are the coefficients of the Gaussian binomial coefficient
/// [m + n choose m]_q = prod_{i=1..s} (1 - q^(L+i)) / (1 - q^i), with s = min(m, n) and L = max(m, n), computed in
/// exact integer arithmetic (each factor is a subtraction and a running sum over the coefficients). Cost
/// O(min(m, n) * m * n) big-integer additions: milliseconds for samples below 50, as R's automatic rule uses,
/// but growing quickly for larger samples forced to the exact distribution.
/// </remarks>
internal sealed class MannWhitneyDistribution
{
    private readonly BigInteger[] _cumulative; // _cumulative[u] = number of rank arrangements with U <= u
    private readonly BigInteger _total;          // choose(m + n, m)

    /// <summary>Builds the distribution.</summary>
    /// <param name="m">First sample size (at least 1).</param>
    /// <param name="n">Second sample size (at least 1).</param>
    public MannWhitneyDistribution(int m, int n)
    {
        if (m < 1) throw new ArgumentOutOfRangeException(nameof(m), m, "A sample size must be at least 1.");
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "A sample size must be at least 1.");
        MaxU = checked(m * n);
        int s = Math.Min(m, n), l = Math.Max(m, n);
        var f = new BigInteger[MaxU + 1];
        f[0] = BigInteger.One;
        for (var i = 1; i <= s; i++)
        {
            // Coefficients above MaxU are never needed: both operations only read lower-order coefficients.
            for (var k = MaxU; k >= l + i; k--) f[k] -= f[k - l - i];
            for (var k = i; k <= MaxU; k++) f[k] += f[k - i];
        }

        _cumulative = new BigInteger[MaxU + 1];
        var running = BigInteger.Zero;
        for (var u = 0; u <= MaxU; u++)
        {
            running += f[u];
            _cumulative[u] = running;
        }

        _total = running;
    }

    /// <summary>Largest value of U, m * n.</summary>
    public int MaxU { get; }

    /// <summary>P(U &lt;= q) (R <c>pwilcox(q, m, n)</c>); 0 below 0 and 1 from m n on.</summary>
    /// <param name="q">Quantile.</param>
    public double LowerTail(int q) => q < 0 ? 0 : q >= MaxU ? 1 : Ratio(_cumulative[q], _total);

    /// <summary>P(U &gt; q) (R <c>pwilcox(q, m, n, lower.tail = FALSE)</c>).</summary>
    /// <param name="q">Quantile.</param>
    public double UpperTail(int q) => q < 0 ? 1 : q >= MaxU ? 0 : Ratio(_total - _cumulative[q], _total);

    /// <summary>
    /// R <c>qwilcox(p, m, n)</c> for 0 &lt; p &lt;= 0.5: the smallest q with P(U &lt;= q) &gt;= p - 10 eps (R's fuzz).
    /// </summary>
    /// <param name="p">Lower-tail probability in (0, 0.5].</param>
    public int LowerQuantile(double p)
    {
        var target = p - 10 * Moments.MachineEpsilon;
        var q = 0;
        while (q < MaxU && LowerTail(q) < target) q++;
        return q;
    }

    private static double Ratio(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.GetBitLength() <= 1000) return (double)numerator / (double)denominator;
        return numerator.IsZero ? 0 : Math.Exp(BigInteger.Log(numerator) - BigInteger.Log(denominator));
    }
}
