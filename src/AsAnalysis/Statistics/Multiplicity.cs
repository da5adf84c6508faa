namespace AsAnalysis.Statistics;

/// <summary>Multiple-comparison adjustment of p-values, as R <c>p.adjust</c>.</summary>
public static class Multiplicity
{
    /// <summary>
    /// Adjusts p-values for multiplicity (R <c>p.adjust(p, method)</c> with the default n): Bonferroni min(1, n p);
    /// Holm step-down, the running maximum of (n - i + 1) p_(i) over the ascending order; Hochberg step-up, the running
    /// minimum of (n - i + 1) p_(i) from the largest down; all capped at 1.
    /// </summary>
    /// <param name="pValues">The p-values, each in [0, 1] or NaN (a missing p-value).</param>
    /// <param name="method">The adjustment.</param>
    /// <returns>Adjusted p-values in the input order.</returns>
    /// <remarks>
    /// Missing values follow R: a NaN stays NaN in its position and is not counted, so n is the number of non-NaN
    /// p-values (R's <c>p.adjust</c> drops NA before taking its default n). Ties keep their input order (stable sort,
    /// as R's <c>order</c>), which gives tied p-values equal adjusted values. An empty list gives an empty list.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="pValues"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A p-value outside [0, 1] (other than NaN) or an undefined method.</exception>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        Guard.Defined(method, nameof(method), "Unknown adjustment.");
        for (int i = 0; i < pValues.Count; i++)
        {
            double p = pValues[i];
            if (!double.IsNaN(p) && !(p >= 0 && p <= 1))
                throw new ArgumentOutOfRangeException(nameof(pValues), p, $"p-value {i} must lie in [0, 1] (or be NaN for a missing value).");
        }

        var result = new double[pValues.Count];
        Array.Fill(result, double.NaN);
        int[] present = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i])).ToArray();
        int n = present.Length;
        if (n == 0) return Array.AsReadOnly(result);

        switch (method)
        {
            case PValueAdjustment.Bonferroni:
                foreach (int i in present) result[i] = Math.Min(1.0, n * pValues[i]);
                break;
            case PValueAdjustment.Holm:
            {
                // Ascending order (stable); adjusted = min(1, cummax((n - i + 1) p_(i))), i = 1..n.
                int[] order = present.OrderBy(i => pValues[i]).ToArray();
                double running = 0;
                for (int r = 0; r < n; r++)
                {
                    running = Math.Max(running, (n - r) * pValues[order[r]]);
                    result[order[r]] = Math.Min(1.0, running);
                }
                break;
            }
            case PValueAdjustment.Hochberg:
            {
                // Descending order (stable); adjusted = min(1, cummin((n + 1 - i) p_(i))), i = n..1.
                int[] order = present.OrderByDescending(i => pValues[i]).ToArray();
                double running = double.PositiveInfinity;
                for (int r = 0; r < n; r++)
                {
                    running = Math.Min(running, (r + 1) * pValues[order[r]]);
                    result[order[r]] = Math.Min(1.0, running);
                }
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown adjustment.");
        }
        return Array.AsReadOnly(result);
    }
}
