namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>
/// Tipping-point analysis of a responder endpoint with missing responses (Yan, Lee and Li 2009; Liublinska and Rubin
/// 2014): every assignment "K of the m_T missing treatment subjects and J of the m_C missing control subjects are
/// responders" is enumerated exactly (no simulation), and each completed table (x_T + K) / N_T versus (x_C + J) / N_C
/// is analysed as the primary analysis would be, with N = evaluable + missing per arm.
/// </summary>
/// <remarks>
/// <para>Cost. Newcombe's interval combines one pair of Wilson limits per arm, and the Wilson limits of an arm depend
/// on that arm's count only: they are computed once per K and once per J (m_T + m_C + 2 in all), and each cell then
/// costs two square roots. With fixed arm totals Fisher's conditional distribution depends on the total number of
/// responders only, and the cells with the same K + J share it: one pass over its support per total (m_T + m_C + 1
/// in all) gives every cell's p-value. When the arms are so large that the support is long compared with the number of
/// cells, each cell calls <see cref="TwoByTwoTests.Fisher"/> instead. Both give the single-table functions' values
/// (<see cref="ProportionDifference.Estimate"/>, <see cref="TwoByTwoTests.Fisher"/>): Newcombe bit for bit, Fisher to
/// rounding. The Wald, Agresti-Caffo and chi-square cells are closed forms; the score intervals (Miettinen-Nurminen,
/// Mee) and the exact unconditional tests (Boschloo, Barnard) call the single-table functions cell by cell, in
/// parallel over K (the results do not depend on the thread count).</para>
/// <para>Measured (BenchmarkDotNet, benchmarks/AsAnalysis.Benchmarks/TippingPointBenchmarks.cs): see
/// docs/statistics.md, section "Sensitivity to missing responses and phase III planning", Speed.</para>
/// </remarks>
public static class TippingPoint
{
    /// <summary>The largest grid analysed, in cells ((m_T + 1)(m_C + 1)): 2^22, e.g. 2047 missing subjects in each arm.</summary>
    public const int MaxCells = 1 << 22;

    /// <summary>Analyses every cell of the tipping-point grid.</summary>
    /// <param name="treatment">Treatment arm: responders among the evaluable subjects, evaluable and missing subjects.</param>
    /// <param name="control">Control arm, likewise.</param>
    /// <param name="options">Interval method and level, test and alpha; default <see cref="TippingPointOptions.Default"/>
    /// (Newcombe 95%, Fisher, alpha 0.05).</param>
    /// <returns>The grid. When an arm has no subject at all, every difference, limit and p-value is NaN (conclusions
    /// <see cref="TippingConclusion.Undefined"/>). Otherwise every value is defined except the chi-square p-value of
    /// cells where nobody or everybody responds (NaN, as <see cref="TwoByTwoTests.ChiSquare"/>).</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grid has more than <see cref="MaxCells"/> cells.</exception>
    public static TippingPointGrid Analyze(MissingResponseCounts treatment, MissingResponseCounts control, TippingPointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(control);
        options ??= TippingPointOptions.Default;
        long cells = (long)(treatment.Missing + 1) * (control.Missing + 1);
        if (cells > MaxCells)
            throw new ArgumentOutOfRangeException(nameof(control), cells,
                $"The grid would have {cells} cells ({treatment.Missing} and {control.Missing} missing subjects); at most {MaxCells} are analysed.");

        int count = (int)cells;
        var difference = new double[count];
        var lower = new double[count];
        var upper = new double[count];
        var p = new double[count];
        if (treatment.Total == 0 || control.Total == 0)
        {
            Array.Fill(difference, double.NaN);
            Array.Fill(lower, double.NaN);
            Array.Fill(upper, double.NaN);
            Array.Fill(p, double.NaN);
        }
        else
        {
            FillIntervals(treatment, control, options, difference, lower, upper);
            FillPValues(treatment, control, options, p);
        }
        return new TippingPointGrid(treatment, control, options, difference, lower, upper, p);
    }

    private static void FillIntervals(MissingResponseCounts t, MissingResponseCounts c, TippingPointOptions options, double[] difference, double[] lower, double[] upper)
    {
        int nT = t.Total, nC = c.Total, width = c.Missing + 1;
        for (int k = 0, i = 0; k <= t.Missing; k++)
            for (int j = 0; j <= c.Missing; j++, i++)
                difference[i] = (double)(t.Responders + k) / nT - (double)(c.Responders + j) / nC;

        if (options.CiMethod == DifferenceCiMethod.Newcombe)
        {
            var tables = new FixedMarginTables(nT, nC, ProportionMath.TwoSidedZ(options.Level), t.Responders, t.Responders + t.Missing, c.Responders, c.Responders + c.Missing);
            for (int k = 0, i = 0; k <= t.Missing; k++)
                for (int j = 0; j <= c.Missing; j++, i++)
                    (lower[i], upper[i]) = tables.Newcombe(t.Responders + k, c.Responders + j);
            return;
        }

        void Row(int k)
        {
            for (int j = 0, i = k * width; j <= c.Missing; j++, i++)
            {
                var ci = ProportionDifference.Estimate(new TwoByTwoTable(t.Responders + k, nT, c.Responders + j, nC), options.CiMethod, options.Level).Ci;
                lower[i] = ci.Lower;
                upper[i] = ci.Upper;
            }
        }
        bool slow = options.CiMethod is DifferenceCiMethod.MiettinenNurminen or DifferenceCiMethod.Mee;
        if (slow) Parallel.For(0, t.Missing + 1, Row);
        else for (int k = 0; k <= t.Missing; k++) Row(k);
    }

    private static void FillPValues(MissingResponseCounts t, MissingResponseCounts c, TippingPointOptions options, double[] p)
    {
        int nT = t.Total, nC = c.Total, width = c.Missing + 1;
        switch (options.Test)
        {
            case TestMethod.Fisher:
                // One pass per total K + J when the supports are short compared with the number of cells.
                long supportWork = (long)(Math.Min(nT, nC) + 1) * (t.Missing + c.Missing + 1);
                if (supportWork <= 64L * p.Length)
                {
                    var tables = new FixedMarginTables(nT, nC, ProportionMath.TwoSidedZ(options.Level), 0, 0, 0, 0);
                    for (int sum = 0; sum <= t.Missing + c.Missing; sum++)
                    {
                        tables.Fisher(t.Responders + c.Responders + sum);
                        for (int k = Math.Max(0, sum - c.Missing); k <= Math.Min(sum, t.Missing); k++)
                            p[k * width + sum - k] = tables.FisherTwoSided(t.Responders + k);
                    }
                }
                else
                {
                    EachCell((x1, x2) => TwoByTwoTests.Fisher(new TwoByTwoTable(x1, nT, x2, nC)).PValue, parallel: false);
                }
                break;
            case TestMethod.ChiSquare:
            case TestMethod.ChiSquareYates:
                bool yates = options.Test == TestMethod.ChiSquareYates;
                EachCell((x1, x2) =>
                {
                    double statistic = TwoByTwoTests.PearsonStatistic(x1, nT, x2, nC, yates);
                    return double.IsNaN(statistic) ? double.NaN : TwoByTwoTests.ChiSquareOneDfUpperTail(statistic);
                }, parallel: false);
                break;
            case TestMethod.Boschloo:
                EachCell((x1, x2) => TwoByTwoTests.Boschloo(new TwoByTwoTable(x1, nT, x2, nC)).PValue, parallel: true);
                break;
            case TestMethod.Barnard:
                EachCell((x1, x2) => TwoByTwoTests.Barnard(new TwoByTwoTable(x1, nT, x2, nC)).PValue, parallel: true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Test, "Unsupported test.");
        }

        void EachCell(Func<int, int, double> pValue, bool parallel)
        {
            void Row(int k)
            {
                for (int j = 0, i = k * width; j <= c.Missing; j++, i++) p[i] = pValue(t.Responders + k, c.Responders + j);
            }
            if (parallel) Parallel.For(0, t.Missing + 1, Row);
            else for (int k = 0; k <= t.Missing; k++) Row(k);
        }
    }
}
