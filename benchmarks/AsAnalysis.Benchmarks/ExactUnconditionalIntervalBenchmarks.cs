using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Logistic;
using BenchmarkDotNet.Attributes;

namespace AsAnalysis.Benchmarks;

/// <summary>
/// Exact unconditional intervals for the difference (Chan-Zhang, Agresti-Min) at the trial's size (30 per arm, goal under
/// 100 ms) and at 150 per arm (goal under 2 s), next to the Miettinen-Nurminen interval; and the covariate-adjusted
/// marginal effect (logistic fit with the separation check, g-computation, Ye variance) at 30 and 150 per arm.
/// </summary>
[MemoryDiagnoser]
public class ExactUnconditionalIntervalBenchmarks
{
    private readonly TwoByTwoTable _small = new(18, 30, 12, 30);
    private readonly TwoByTwoTable _large = new(90, 150, 75, 150);
    private readonly TwoByTwoTable _boundary = new(30, 30, 24, 30);
    private (bool[] Treated, bool[] Outcome, double[,] Covariates) _trial30, _trial150;

    /// <summary>Builds two synthetic trials (fixed seed) with two covariates.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _trial30 = Trial(30);
        _trial150 = Trial(150);
    }

    private static (bool[], bool[], double[,]) Trial(int perArm)
    {
        var rng = new MathNet.Numerics.Random.Xoshiro256StarStar(17);
        int n = 2 * perArm;
        var t = new bool[n];
        var y = new bool[n];
        var x = new double[n, 2];
        for (int i = 0; i < n; i++)
        {
            t[i] = i < perArm;
            x[i, 0] = 4 + 4 * rng.NextDouble();
            x[i, 1] = Math.Log(1 + 20 * rng.NextDouble());
            double eta = 0.5 + (t[i] ? 0.4 : 0) - 0.3 * (x[i, 0] - 6) - 0.2 * (x[i, 1] - 2);
            y[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-eta));
        }
        return (t, y, x);
    }

    /// <summary>Miettinen-Nurminen, 18/30 vs 12/30 (the asymptotic score interval, for scale).</summary>
    [Benchmark(Baseline = true)]
    public ConfidenceInterval MiettinenNurminen30() => ProportionDifference.Estimate(_small, DifferenceCiMethod.MiettinenNurminen).Ci;

    /// <summary>Chan-Zhang, 18/30 vs 12/30.</summary>
    [Benchmark]
    public ConfidenceInterval ChanZhang30() => ProportionDifference.Estimate(_small, DifferenceCiMethod.ChanZhang).Ci;

    /// <summary>Agresti-Min, 18/30 vs 12/30.</summary>
    [Benchmark]
    public ConfidenceInterval AgrestiMin30() => ProportionDifference.Estimate(_small, DifferenceCiMethod.AgrestiMin).Ci;

    /// <summary>Chan-Zhang with all responders in one arm, 30/30 vs 24/30.</summary>
    [Benchmark]
    public ConfidenceInterval ChanZhangBoundary30() => ProportionDifference.Estimate(_boundary, DifferenceCiMethod.ChanZhang).Ci;

    /// <summary>Chan-Zhang, 90/150 vs 75/150.</summary>
    [Benchmark]
    public ConfidenceInterval ChanZhang150() => ProportionDifference.Estimate(_large, DifferenceCiMethod.ChanZhang).Ci;

    /// <summary>Agresti-Min, 90/150 vs 75/150.</summary>
    [Benchmark]
    public ConfidenceInterval AgrestiMin150() => ProportionDifference.Estimate(_large, DifferenceCiMethod.AgrestiMin).Ci;

    /// <summary>Standardised risk difference with the Ye variance, 30 per arm, two covariates.</summary>
    [Benchmark]
    public MarginalContrast MarginalYe30() => MarginalStandardization.Estimate(_trial30.Treated, _trial30.Outcome, _trial30.Covariates, MarginalVarianceMethod.Ye).Difference;

    /// <summary>Standardised risk difference with the Ye variance, 150 per arm, two covariates.</summary>
    [Benchmark]
    public MarginalContrast MarginalYe150() => MarginalStandardization.Estimate(_trial150.Treated, _trial150.Outcome, _trial150.Covariates, MarginalVarianceMethod.Ye).Difference;
}
