using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Statistics;
using AsAnalysis.Statistics.MultipleImputation;
using AsAnalysis.Statistics.Sensitivity;

namespace AsAnalysis.Tests.Endpoints;

/// <summary>
/// The missing responses of the sample export (data-samples/, 30 MSC and 30 Etanercept ITT subjects) that feed the
/// tipping-point grid and multiple imputation. Expected counts and subjects were taken by hand from the CSV files
/// (a short script over adsl.csv and adeff.csv, independent of the library: a response is evaluable when PTGLOBAL,
/// TOTBPAIN, BASDAI05-06 and BASFI01-10 are all present at baseline and at the visit; responders by the ASAS20/40
/// rules in exact decimals) and spot-checked in the files, e.g. MSCAS-101-0023 has an empty BASFI09 at week 12 and
/// MSCAS-102-0015 (completed) has no week-48 rows.
/// </summary>
public class SampleExportSensitivityTests
{
    private static readonly Lazy<EfficacyResults> Results = new(() =>
        EfficacyAnalysis.Run(TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples")), new EfficacyOptions("Etanercept")));

    /// <summary>endpoint, week, arm, evaluable, responders, missing subjects "id:reason" in subject order.</summary>
    public static TheoryData<ResponderEndpoint, int, string, int, int, string> Rows() => new()
    {
        { ResponderEndpoint.Asas20, 12, "MSC", 27, 17, "MSCAS-101-0008:not_treated MSCAS-101-0023:missing_component MSCAS-103-0058:discontinued" },
        { ResponderEndpoint.Asas20, 12, "Etanercept", 26, 18, "MSCAS-101-0010:discontinued MSCAS-101-0027:discontinued MSCAS-101-0044:missing_component MSCAS-101-0057:discontinued" },
        { ResponderEndpoint.Asas20, 48, "MSC", 24, 4, "MSCAS-101-0006:missing_component MSCAS-101-0008:not_treated MSCAS-102-0009:discontinued MSCAS-102-0015:no_visit MSCAS-102-0051:missing_component MSCAS-103-0058:discontinued" },
        { ResponderEndpoint.Asas20, 48, "Etanercept", 23, 18, "MSCAS-102-0004:discontinued MSCAS-101-0010:discontinued MSCAS-101-0027:discontinued MSCAS-102-0030:missing_component MSCAS-102-0050:discontinued MSCAS-101-0057:discontinued MSCAS-101-0060:missing_component" },
        { ResponderEndpoint.Asas40, 12, "MSC", 27, 8, "MSCAS-101-0008:not_treated MSCAS-101-0023:missing_component MSCAS-103-0058:discontinued" },
        { ResponderEndpoint.Asas40, 12, "Etanercept", 26, 12, "MSCAS-101-0010:discontinued MSCAS-101-0027:discontinued MSCAS-101-0044:missing_component MSCAS-101-0057:discontinued" },
        { ResponderEndpoint.Asas40, 48, "MSC", 24, 0, "MSCAS-101-0006:missing_component MSCAS-101-0008:not_treated MSCAS-102-0009:discontinued MSCAS-102-0015:no_visit MSCAS-102-0051:missing_component MSCAS-103-0058:discontinued" },
        { ResponderEndpoint.Asas40, 48, "Etanercept", 23, 10, "MSCAS-102-0004:discontinued MSCAS-101-0010:discontinued MSCAS-101-0027:discontinued MSCAS-102-0030:missing_component MSCAS-102-0050:discontinued MSCAS-101-0057:discontinued MSCAS-101-0060:missing_component" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void MissingSubjectsMatchTheHandCount(ResponderEndpoint endpoint, int week, string arm, int evaluable, int responders, string missing)
    {
        var data = ResponderSensitivity.Prepare(Results.Value, endpoint, week);
        var a = arm == "MSC" ? data.Treatment : data.Control;
        Assert.Equal(arm, a.Arm);
        Assert.Equal(30, a.IttSubjects);
        Assert.Equal(evaluable, a.Evaluable);
        Assert.Equal(responders, a.Responders);
        Assert.Equal(30 - evaluable, a.Missing);
        Assert.Equal(missing, string.Join(" ", a.MissingSubjects.Select(m => $"{m.UsubjId}:{m.Reason.Code()}")));
        Assert.Equal(a.Missing, a.MissingReasons.Sum(r => r.Count));
        Assert.Equal(new MissingResponseCounts(responders, evaluable, 30 - evaluable), a.Counts);
        // The same subjects as the observed-case and NRI analyses.
        var observed = Results.Value.Response(Imputation.ObservedCases, endpoint, week, arm);
        var nri = Results.Value.Response(Imputation.NonResponderImputation, endpoint, week, arm);
        Assert.Equal((observed.N, observed.Responders), (a.Evaluable, a.Responders));
        Assert.Equal(nri.Imputed, a.Missing);
        Assert.Equal(nri.ImputedReasons, a.MissingReasons);
    }

    [Fact]
    public void TippingPointGridStartsAtNri()
    {
        var data = ResponderSensitivity.Prepare(Results.Value, ResponderEndpoint.Asas20, 48m, "MSC");
        Assert.Equal("Week 48", data.VisitLabel);
        var grid = data.TippingPoint();
        Assert.Equal(7 * 8, grid.Count);
        var nri = Results.Value.Comparison(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 48m, "MSC");
        Assert.Equal(nri.Table, grid.NonResponderImputation.Table);
        Assert.Equal(nri.Newcombe.Ci, grid.NonResponderImputation.Ci);
        Assert.Equal(nri.Fisher.PValue, grid.NonResponderImputation.PValue, 12);
        // MSC 4/24 versus Etanercept 18/23 at week 48: the interval favours Etanercept whatever the missing subjects did;
        // Fisher's test loses significance only in the best case for MSC (all 6 missing MSC subjects respond, no
        // missing Etanercept subject does: 10/30 vs 18/30, p = 0.07).
        Assert.All(grid.Cells, c => Assert.Equal(TippingConclusion.FavoursControl, c.CiConclusion));
        Assert.Empty(grid.FlipsOf(TippingCriterion.ConfidenceInterval));
        Assert.Equal([new TippingFlip(TippingCriterion.Test, 5, 0, 6, 0, TippingConclusion.FavoursControl, TippingConclusion.Inconclusive),
            new TippingFlip(TippingCriterion.Test, 6, 0, 6, 1, TippingConclusion.Inconclusive, TippingConclusion.FavoursControl)], grid.Flips);
        Assert.Equal(TippingConclusion.Inconclusive, grid.BestCase.TestConclusion);
        Assert.InRange(grid.BestCase.PValue, 0.05, 0.1);
        var w12 = ResponderSensitivity.Prepare(Results.Value, ResponderEndpoint.Asas20, 12m).TippingPoint();
        Assert.Equal(4 * 5, w12.Count);
        Assert.NotEmpty(w12.Cells);
    }

    [Fact]
    public void MultipleImputationOnTheSample()
    {
        var data = ResponderSensitivity.Prepare(Results.Value, ResponderEndpoint.Asas20, 48m);
        var options = new ResponderImputationOptions { Imputations = 50, Seed = 48 };
        var mi = data.MultipleImputation(options);
        Assert.Equal([ContinuousEndpoint.Basdai, ContinuousEndpoint.Basfi], mi.Covariates);
        // MSCAS-101-0027 has an empty BASFI item at baseline: its BASFI is set to the mean; every BASDAI is complete.
        Assert.Equal([0, 1], mi.FilledBaselineValues);
        Assert.Equal(("MSC", "Etanercept"), (mi.TreatmentArm, mi.ControlArm));
        var r = mi.Result;
        Assert.Equal((30, 6, 30, 7), (r.TreatmentTotal, r.TreatmentMissing, r.ControlTotal, r.ControlMissing));
        Assert.Equal(50, r.CompletedTables.Count);
        Assert.All(r.CompletedTables, t =>
        {
            Assert.InRange(t.TreatmentEvents, 4, 10);
            Assert.InRange(t.ControlEvents, 18, 25);
        });
        Assert.True(r.Difference.Estimate < 0 && r.Difference.Ci.Upper < 0);
        Assert.InRange(r.FractionMissingInformation, 0, 1);
        // Same seed, same result; and without covariates the model is each arm's rate alone.
        Assert.Equal(r.CompletedTables, data.MultipleImputation(options).Result.CompletedTables);
        var none = data.MultipleImputation(options, []);
        Assert.Empty(none.Covariates);
        Assert.Equal(50, none.Result.CompletedTables.Count);
    }

    [Fact]
    public void MultipleImputationWithNoObservedResponderInAnArm()
    {
        // ASAS40 at week 48: 0 of 24 evaluable MSC subjects respond. The pseudo-observations keep the MSC model finite,
        // so the 6 missing MSC responses are imputed with a small probability rather than never or always.
        var data = ResponderSensitivity.Prepare(Results.Value, ResponderEndpoint.Asas40, 48m);
        Assert.Equal(0, data.Treatment.Responders);
        var r = data.MultipleImputation(new ResponderImputationOptions { Imputations = 200, Seed = 40 }).Result;
        double meanImputed = r.CompletedTables.Average(t => t.TreatmentEvents);
        Assert.InRange(meanImputed, 0.05, 1.5);
        Assert.True(double.IsFinite(r.Difference.Estimate) && double.IsFinite(r.Difference.Ci.Lower));
        Assert.True(r.Difference.Ci.Upper < 0);
    }

    [Fact]
    public void PrepareAllCoversAsas20And40AtTheAnalysisWeeks()
    {
        var all = ResponderSensitivity.PrepareAll(Results.Value);
        Assert.Equal([(ResponderEndpoint.Asas20, 12m), (ResponderEndpoint.Asas20, 48m), (ResponderEndpoint.Asas40, 12m), (ResponderEndpoint.Asas40, 48m)],
            all.Select(d => (d.Endpoint, d.VisitWeek)));
    }

    [Fact]
    public void IllegalRequestsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ResponderSensitivity.Prepare(null!, ResponderEndpoint.Asas20, 12m));
        Assert.Equal("visitWeek", Assert.Throws<ArgumentException>(() => ResponderSensitivity.Prepare(Results.Value, ResponderEndpoint.Asas20, 13m)).ParamName);
        Assert.Equal("treatmentArm", Assert.Throws<ArgumentException>(() => ResponderSensitivity.Prepare(Results.Value, ResponderEndpoint.Asas20, 12m, "Etanercept")).ParamName);
        var only20 = EfficacyAnalysis.Run(TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples")),
            new EfficacyOptions("Etanercept") { ResponderEndpoints = [ResponderEndpoint.Asas20] });
        Assert.Equal("endpoint", Assert.Throws<ArgumentException>(() => ResponderSensitivity.Prepare(only20, ResponderEndpoint.Asas40, 12m)).ParamName);
        Assert.Equal(2, ResponderSensitivity.PrepareAll(only20).Count);
        Assert.Equal("endpoints", Assert.Throws<ArgumentException>(() => ResponderSensitivity.PrepareAll(only20, [ResponderEndpoint.Basdai50])).ParamName);
        var noBinary = EfficacyAnalysis.Run(TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples")),
            new EfficacyOptions("Etanercept") { Imputations = [] });
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => ResponderSensitivity.Prepare(noBinary, ResponderEndpoint.Asas20, 12m)).ParamName);
        var data = ResponderSensitivity.Prepare(Results.Value, ResponderEndpoint.Asas20, 12m);
        Assert.Equal("covariates", Assert.Throws<ArgumentException>(() => data.MultipleImputation(covariates: [ContinuousEndpoint.Crp, ContinuousEndpoint.Crp])).ParamName);
    }
}
