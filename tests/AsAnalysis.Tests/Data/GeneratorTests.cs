using System.Globalization;
using AsAnalysis.Cli.Generation;
using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data;

public class GeneratorTests
{
    [Fact]
    public void The_committed_sample_is_exactly_what_the_documented_command_generates()
    {
        // data-samples/README.md: as-analysis generate --seed 20160620 --subjects-per-arm 30 --out data-samples
        using var dir = new TempDir();
        SyntheticTrialGenerator.Generate(dir.Path, new SyntheticTrialOptions { Seed = 20160620, SubjectsPerArm = 30 });
        foreach (var name in new[] { "adsl.csv", "adeff.csv", "adae.csv", "adex.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(Samples.Root, name)).AsSpan().SequenceEqual(File.ReadAllBytes(dir.File(name))), name + " differs");
    }

    [Fact]
    public void Another_seed_gives_another_export_and_odd_sizes_keep_the_arms_equal()
    {
        using var dir = new TempDir();
        var counts = SyntheticTrialGenerator.Generate(dir.Path, new SyntheticTrialOptions { Seed = 1, SubjectsPerArm = 7 });
        Assert.Equal(14, counts.Subjects);
        var data = TrialDataLoader.LoadFolder(dir.Path);
        Assert.Equal(counts.Assessments, data.Assessments.Count);
        Assert.Equal(counts.AdverseEvents, data.AdverseEvents.Count);
        Assert.Equal(counts.Administrations, data.Exposures.Count);
        Assert.All(data.PlannedArms, arm => Assert.Equal(7, data.Subjects.Count(s => s.PlannedArm == arm)));
        Assert.NotEqual(File.ReadAllText(Path.Combine(Samples.Root, "adsl.csv")), File.ReadAllText(dir.File("adsl.csv")));
    }

    [Fact]
    public void Writers_receive_the_same_text_as_files()
    {
        var w = new[] { new StringWriter(CultureInfo.InvariantCulture), new StringWriter(CultureInfo.InvariantCulture), new StringWriter(CultureInfo.InvariantCulture), new StringWriter(CultureInfo.InvariantCulture) };
        SyntheticTrialGenerator.Generate(w[0], w[1], w[2], w[3], new SyntheticTrialOptions());
        Assert.Equal(File.ReadAllText(Path.Combine(Samples.Root, "adae.csv")), w[2].ToString());
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticTrialOptions { SubjectsPerArm = 4 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticTrialOptions { SubjectsPerArm = 5_000_001 });
    }

    [Theory]
    [InlineData(-3.0)]
    [InlineData(-0.5)]
    [InlineData(0.0)]
    [InlineData(0.85)]
    [InlineData(2.5)]
    [InlineData(10.0)]
    public void Exp_agrees_with_the_runtime(double x)
    {
        // The generator's own exp (basic IEEE operations only) against Math.Exp: closed form, 1e-13 relative.
        Assert.Equal(Math.Exp(x), DeterministicRandom.Exp(x), Math.Exp(x) * 1e-13);
    }

    [Fact]
    public void Random_streams_are_reproducible_and_uniform_looking()
    {
        var a = new DeterministicRandom(42, 7);
        var b = new DeterministicRandom(42, 7);
        var c = new DeterministicRandom(42, 8);
        var xs = Enumerable.Range(0, 10_000).Select(_ => a.NextDouble()).ToArray();
        Assert.Equal(xs, Enumerable.Range(0, 10_000).Select(_ => b.NextDouble()));
        Assert.NotEqual(xs[..10], Enumerable.Range(0, 10).Select(_ => c.NextDouble()));
        Assert.All(xs, x => Assert.InRange(x, 0.0, 1.0 - double.Epsilon));
        Assert.InRange(xs.Average(), 0.49, 0.51); // mean of 10,000 U(0,1): SD 0.0029
        var z = new DeterministicRandom(3);
        var normals = Enumerable.Range(0, 10_000).Select(_ => z.Normal()).ToArray();
        Assert.InRange(normals.Average(), -0.04, 0.04);                                   // SD of the mean 0.01
        Assert.InRange(normals.Select(v => v * v).Average(), 0.95, 1.05);                 // variance 1 (Irwin-Hall)
    }
}
