using AsAnalysis.Statistics;
using BenchmarkDotNet.Attributes;

namespace AsAnalysis.Benchmarks;

/// <summary>
/// Score-type intervals for proportions: Miettinen-Nurminen (bisection on the closed-form Farrington-Manning variance),
/// compared with Mee, the closed-form Newcombe interval, the stratified MN interval and the score risk ratio.
/// </summary>
[MemoryDiagnoser]
public class ProportionBenchmarks
{
    private readonly TwoByTwoTable _typical = new(56, 70, 48, 80);
    private readonly TwoByTwoTable _boundary = new(10, 10, 0, 20);
    private readonly TwoByTwoTable _large = new(412, 600, 377, 598);
    private readonly TwoByTwoTable[] _strata =
    {
        new(8, 9, 3, 6), new(4, 4, 6, 12), new(2, 5, 2, 5), new(5, 7, 3, 4), new(6, 7, 3, 8), new(5, 8, 3, 5),
    };

    /// <summary>MN interval, 56/70 vs 48/80 (Newcombe 1998 example 1).</summary>
    [Benchmark(Baseline = true)]
    public ConfidenceInterval MiettinenNurminen() => ProportionDifference.Estimate(_typical, DifferenceCiMethod.MiettinenNurminen).Ci;

    /// <summary>MN interval with a boundary table, 10/10 vs 0/20.</summary>
    [Benchmark]
    public ConfidenceInterval MiettinenNurminenBoundary() => ProportionDifference.Estimate(_boundary, DifferenceCiMethod.MiettinenNurminen).Ci;

    /// <summary>MN interval with large arms, 412/600 vs 377/598.</summary>
    [Benchmark]
    public ConfidenceInterval MiettinenNurminenLarge() => ProportionDifference.Estimate(_large, DifferenceCiMethod.MiettinenNurminen).Ci;

    /// <summary>Mee interval, 56/70 vs 48/80.</summary>
    [Benchmark]
    public ConfidenceInterval Mee() => ProportionDifference.Estimate(_typical, DifferenceCiMethod.Mee).Ci;

    /// <summary>Newcombe hybrid score interval (closed form), 56/70 vs 48/80.</summary>
    [Benchmark]
    public ConfidenceInterval Newcombe() => ProportionDifference.Estimate(_typical, DifferenceCiMethod.Newcombe).Ci;

    /// <summary>Stratified MN interval, six strata.</summary>
    [Benchmark]
    public ConfidenceInterval StratifiedMiettinenNurminen() => ProportionDifference.Stratified(_strata, StratifiedDifferenceMethod.MiettinenNurminen).Ci;

    /// <summary>Score interval of the risk ratio, 56/70 vs 48/80.</summary>
    [Benchmark]
    public ConfidenceInterval RiskRatioScore() => RiskRatio.Estimate(_typical, RiskRatioCiMethod.Score).Ci;
}
