using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Bayes;
using AsAnalysis.Statistics.MultipleImputation;
using AsAnalysis.Statistics.Planning;
using BenchmarkDotNet.Attributes;

namespace AsAnalysis.Benchmarks;

/// <summary>Multiple imputation, the posterior of a difference and phase III planning at pilot size (30 per arm).</summary>
[MemoryDiagnoser]
public class SensitivityPlanningBenchmarks
{
    private readonly ImputationSubject[] subjects = Pilot();
    private readonly ResponderImputationOptions hundred = new() { Imputations = 100, Seed = 1 };
    private readonly BetaPosterior treatment = BetaBinomial.Posterior(20, 30);
    private readonly BetaPosterior control = BetaBinomial.Posterior(14, 30);
    private readonly TrialSuccess miettinen = new() { CiMethod = DifferenceCiMethod.MiettinenNurminen };
    private readonly TwoByTwoTable pilot = new(20, 30, 14, 30);

    private static ImputationSubject[] Pilot()
    {
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(5, false);
        return Enumerable.Range(0, 60).Select(i => new ImputationSubject(i < 30, i % 30 < 5 ? null : random.NextDouble() < 0.5,
            [4 + 4 * random.NextDouble(), 3 + 4 * random.NextDouble()])).ToArray();
    }

    /// <summary>60 subjects (10 missing), two covariates, 100 imputations, Rubin's rules.</summary>
    [Benchmark]
    public double MultipleImputation100() => ResponderImputation.Run(subjects, hundred).Difference.Estimate;

    /// <summary>Posterior of the difference: 95% credible interval (two quantiles) and two tail probabilities.</summary>
    [Benchmark]
    public double BayesianComparison() => BetaBinomial.Compare(pilot, delta: 0.1).ProbabilityAboveDelta;

    /// <summary>Assurance of a 300-per-arm trial, Newcombe superiority (staircase, 301 + 301 limits).</summary>
    [Benchmark]
    public double AssuranceNewcombe300() => Assurance.Compute(treatment, control, 300, 300).Probability;

    /// <summary>Assurance of a 300-per-arm trial, Miettinen-Nurminen superiority (score test in each of 90,601 outcomes).</summary>
    [Benchmark]
    public double AssuranceMiettinenNurminen300() => Assurance.Compute(treatment, control, 300, 300, miettinen).Probability;

    /// <summary>Whole plan: conventional n, assurance at it, limit and the assurance-based n (scan from 1).</summary>
    [Benchmark]
    public int? PhaseThreePlan() => PhaseThreePlanning.Plan(pilot).AssurancePerArm;
}
