using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Tests;

/// <summary>The README's "Analysis" example, kept compiling and true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Analysis_example_runs_on_the_sample_export()
    {
        TrialData data = TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples"));
        EfficacyResults efficacy = EfficacyAnalysis.Run(data, new EfficacyOptions("Etanercept"));
        ArmComparison asas20 = efficacy.Comparison(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12m, "MSC");
        // Sample export, week 12 NRI: MSC 17/30, Etanercept 18/30 (docs/endpoints.md; independent recount in SampleExportEfficacyTests).
        Assert.Equal(new TwoByTwoTable(17, 30, 18, 30), asas20.Newcombe.Table);
        Assert.Equal(17.0 / 30 - 18.0 / 30, asas20.Newcombe.Estimate, 1e-15);

        SafetyResults safety = SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = "Etanercept" });
        Assert.NotEmpty(safety.ToArdRows());

        var table = new TwoByTwoTable(56, 70, 48, 80);
        DifferenceEstimate mn = ProportionDifference.Estimate(table, DifferenceCiMethod.MiettinenNurminen);
        // Newcombe (1998) Stat Med 17:873, Table II, example (a) 56/70 - 48/80, method 6 (Miettinen-Nurminen): 0.0528 to 0.3382.
        Assert.Equal(0.2, mn.Estimate, 1e-12);
        Assert.Equal(0.0528, mn.Ci.Lower, 4);
        Assert.Equal(0.3382, mn.Ci.Upper, 4);
        TestResult fisher = TwoByTwoTests.Fisher(table);
        Assert.Equal(TestMethod.Fisher, fisher.Method);
    }
}
