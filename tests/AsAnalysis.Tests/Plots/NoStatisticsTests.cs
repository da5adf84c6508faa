using System.Text.RegularExpressions;

namespace AsAnalysis.Tests.Plots;

/// <summary>Plots draws result records and computes no statistic: its sources call no statistics or analysis engine.</summary>
public partial class NoStatisticsTests
{
    // every static engine of Statistics/, Endpoints/ and Safety/ that computes an estimate, interval, test or derivation
    [GeneratedRegex(@"\b(Ancova|AsResponse|AsScores|Descriptive|EfficacyAnalysis|EndpointDerivation|MantelHaenszel|Multiplicity|OddsRatio|PoissonRate|Proportion|ProportionDifference|RiskRatio|SafetyAnalysis|SampleSize|TTest|TwoByTwoTests|WilcoxonRankSum)\.[A-Z]\w*\(")]
    private static partial Regex EngineCall();

    // summaries over data (a mean, a variance) would be statistics too
    [GeneratedRegex(@"\.(Average|Variance|StandardDeviation)\(|Math\.Sqrt\(|MathNet")]
    private static partial Regex Summary();

    [Fact]
    public void PlotsSourcesCallNoStatisticsEngine()
    {
        var folder = Path.Combine(PlotSamples.RepositoryRoot, "src", "AsAnalysis", "Plots");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.False(EngineCall().IsMatch(text), $"{Path.GetFileName(file)} calls a statistics engine: {EngineCall().Match(text).Value}");
            Assert.False(Summary().IsMatch(text), $"{Path.GetFileName(file)} summarises data: {Summary().Match(text).Value}");
        }
        // the guard itself finds a call
        Assert.Matches(EngineCall(), "var e = Proportion.Estimate(3, 10, m, 0.95);");
    }
}
