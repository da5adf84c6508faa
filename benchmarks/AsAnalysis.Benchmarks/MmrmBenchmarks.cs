using AsAnalysis.Statistics.MixedModels;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace AsAnalysis.Benchmarks;

/// <summary>
/// MMRM fits (unstructured covariance, Kenward-Roger and Satterthwaite inference included) of simulated change from
/// baseline: 7 post-baseline visits, two arms, baseline covariate (arm * visit + baseline * visit, 21 coefficients and 28
/// covariance parameters), about 3% monotone dropout per visit. Xoshiro256StarStar seed 20240516.
/// </summary>
[MemoryDiagnoser]
public class MmrmBenchmarks
{
    private MmrmData _large = null!;
    private MmrmData _small = null!;

    /// <summary>Simulated long data of <paramref name="subjects"/> subjects.</summary>
    /// <param name="subjects">Number of subjects (half per arm).</param>
    /// <param name="seed">Seed of the xoshiro256** generator.</param>
    public static MmrmData Simulate(int subjects, int seed = 20240516)
    {
        const int visits = 7;
        var rng = new Xoshiro256StarStar(seed);
        var levels = Enumerable.Range(1, visits).Select(v => $"Week {4 * v}").ToArray();
        var ids = new List<string>(); var visit = new List<string>(); var arms = new List<string>();
        var y = new List<double>(); var baseline = new List<double>();
        for (var i = 0; i < subjects; i++)
        {
            var arm = i % 2 == 0 ? "Control" : "Treatment";
            var id = "S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var b = Normal.Sample(rng, 6, 1.5);
            var shared = Normal.Sample(rng, 0, 1);
            var previous = 0.0;
            for (var v = 0; v < visits; v++)
            {
                if (v > 0 && rng.NextDouble() < 0.03) break;
                var noise = 0.6 * previous + Normal.Sample(rng, 0, 0.6 + 0.1 * v);
                previous = noise;
                ids.Add(id); visit.Add(levels[v]); arms.Add(arm); baseline.Add(b);
                y.Add(-0.3 * (v + 1) - (arm == "Treatment" ? 0.15 * (v + 1) : 0) - 0.4 * (b - 6) + shared + noise);
            }
        }
        return new MmrmData { Subjects = ids, Visits = visit, VisitLevels = levels, Arms = arms, ControlArm = "Control", Response = y, Baseline = baseline };
    }

    /// <summary>Builds the data sets once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _large = Simulate(100_000);
        _small = Simulate(60);
    }

    /// <summary>100,000 subjects x 7 visits (about 620,000 observations).</summary>
    [Benchmark]
    public double HundredThousandSubjects() => Fit(_large);

    /// <summary>60 subjects x 7 visits (the trial's size).</summary>
    [Benchmark]
    public double SixtySubjects() => Fit(_small);

    private static double Fit(MmrmData data)
    {
        var fit = Mmrm.Fit(data);
        if (!fit.Converged || fit.Covariance != CovarianceStructure.Unstructured) throw new InvalidOperationException(fit.Message);
        return fit.Differences(DegreesOfFreedomMethod.KenwardRoger)[^1].DegreesOfFreedom;
    }
}
