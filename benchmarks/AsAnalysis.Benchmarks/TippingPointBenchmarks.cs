using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Sensitivity;
using BenchmarkDotNet.Attributes;

namespace AsAnalysis.Benchmarks;

/// <summary>
/// Tipping-point grid with 300 missing subjects per arm (301 x 301 = 90,601 cells), 14/30 and 17/30 observed responders:
/// the grid's shared per-arm and per-total work against calling the single-table functions for every cell.
/// </summary>
[MemoryDiagnoser]
public class TippingPointBenchmarks
{
    private readonly MissingResponseCounts treatment = new(14, 30, 300);
    private readonly MissingResponseCounts control = new(17, 30, 300);
    private readonly TippingPointOptions waldChiSquare = new() { CiMethod = DifferenceCiMethod.Wald, Test = TestMethod.ChiSquare };

    /// <summary>Default grid: Newcombe interval and Fisher's exact test in every cell, plus the tipping points.</summary>
    [Benchmark(Baseline = true)]
    public int NewcombeFisher300PerArm()
    {
        var grid = TippingPoint.Analyze(treatment, control);
        return grid.Flips.Count;
    }

    /// <summary>Wald interval and Pearson chi-square (closed forms) in every cell.</summary>
    [Benchmark]
    public int WaldChiSquare300PerArm() => TippingPoint.Analyze(treatment, control, waldChiSquare).Count;

    /// <summary>The same cells by <see cref="ProportionDifference.Estimate"/> and <see cref="TwoByTwoTests.Fisher"/> one by one (no shared work).</summary>
    [Benchmark]
    public double CellByCell300PerArm()
    {
        double sum = 0;
        for (int k = 0; k <= 300; k++)
            for (int j = 0; j <= 300; j++)
            {
                var table = new TwoByTwoTable(14 + k, 330, 17 + j, 330);
                sum += ProportionDifference.Estimate(table).Ci.Lower + TwoByTwoTests.Fisher(table).PValue;
            }
        return sum;
    }
}
