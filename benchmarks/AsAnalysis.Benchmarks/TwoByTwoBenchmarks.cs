using AsAnalysis.Statistics;
using BenchmarkDotNet.Attributes;

namespace AsAnalysis.Benchmarks;

/// <summary>Exact tests of a 2x2 table at trial and registry sizes.</summary>
[MemoryDiagnoser]
public class TwoByTwoBenchmarks
{
    private readonly TwoByTwoTable fisherLarge = new(25300, 50000, 24900, 50000);
    private readonly TwoByTwoTable fifty = new(32, 50, 21, 50);
    private readonly TwoByTwoTable hundredFifty = new(80, 150, 60, 150);

    /// <summary>Fisher's exact test, 10^5 subjects (50000 per arm).</summary>
    [Benchmark]
    public double FisherHundredThousand() => TwoByTwoTests.Fisher(fisherLarge).PValue;

    /// <summary>Boschloo's test, two-sided, 50 per arm.</summary>
    [Benchmark]
    public double BoschlooFiftyPerArm() => TwoByTwoTests.Boschloo(fifty).PValue;

    /// <summary>Boschloo's test, two-sided, 150 per arm.</summary>
    [Benchmark]
    public double BoschlooHundredFiftyPerArm() => TwoByTwoTests.Boschloo(hundredFifty).PValue;

    /// <summary>Barnard's test (pooled), two-sided, 50 per arm.</summary>
    [Benchmark]
    public double BarnardFiftyPerArm() => TwoByTwoTests.Barnard(fifty).PValue;

    /// <summary>Exact power of Fisher's test at 100 per arm (10201 outcomes).</summary>
    [Benchmark]
    public double ExactFisherPowerHundredPerArm() => SampleSize.Power(0.6, 0.4, 100, PowerMethod.ExactFisher).Power;
}
