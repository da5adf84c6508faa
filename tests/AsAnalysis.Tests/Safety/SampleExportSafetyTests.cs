using AsAnalysis.Data;
using AsAnalysis.Ard;
using AsAnalysis.Safety;

namespace AsAnalysis.Tests.Safety;

/// <summary>
/// The committed synthetic export (data-samples/, MSC vs Etanercept) loaded by the library's CSV loader, against
/// R 4.2.2 on the same CSV files:
/// <code>
/// sl &lt;- read.csv("adsl.csv", na.strings = ""); ae &lt;- read.csv("adae.csv", na.strings = ""); ex &lt;- read.csv("adex.csv", na.strings = "")
/// saf &lt;- sl[sl$SAFFL == "Y", ]; te &lt;- merge(ae[ae$TRTEMFL == "Y", ], saf[, c("USUBJID", "TRT01A")], by = "USUBJID")
/// n &lt;- function(x) length(unique(x)); tapply(te$USUBJID, te$TRT01A, n); table(te$TRT01A); table(te$AEACN, te$TRT01A)
/// exs &lt;- merge(ex, saf[, c("USUBJID", "TRT01A")], by = "USUBJID"); tapply(exs$EXDOSE, exs$TRT01A, sum); table(exs$TRT01A)
/// </code>
/// </summary>
public class SampleExportSafetyTests
{
    private static readonly Lazy<SafetyResults> Results = new(() =>
        SafetyAnalysis.Run(TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples")), new SafetyOptions { ControlArm = "Etanercept" }));

    [Fact]
    public void SampleExportTablesMatchR()
    {
        var r = Results.Value;
        // R: table(sl$SAFFL, sl$TRT01A) -> Etanercept 30, MSC 29 (one MSC subject untreated, SAFFL = N)
        Assert.Equal([("Etanercept", 30), ("MSC", 29)], r.Arms.Select(a => (a.Arm, a.N)));
        Assert.Equal(1, r.HandlingCount(SafetyHandling.SubjectNotInSafetyPopulation));
        // R: table(ae$TRTEMFL) -> N 3, Y 61
        Assert.Equal(3, r.HandlingCount(SafetyHandling.AeFlaggedNotTreatmentEmergent));
        // R: subjects with a TEAE 14 / 18, records 28 / 33
        var any = r.Overview.Single(o => o.Category == OverviewCategory.AnyTeae).Cells;
        Assert.Equal([(14, 28), (18, 33)], any.Select(c => (c.Subjects, c.Events)));
        // R: AEACN DRUG WITHDRAWN records 2 / 2
        Assert.Equal([2, 2], r.Overview.Single(o => o.Category == OverviewCategory.LeadingToDiscontinuation).Cells.Select(c => c.Events));
        // R: AESER == "Y" subjects 1 / 1
        Assert.Equal([1, 1], r.Overview.Single(o => o.Category == OverviewCategory.Serious).Cells.Select(c => c.Subjects));
        // R: EXDOSE sums 61100 (mg, 1222 injections) / 440 (10^6 cells/kg, 440 infusions)
        var eta = r.ExposureSummary.Single(x => x.Arm == "Etanercept");
        var msc = r.ExposureSummary.Single(x => x.Arm == "MSC");
        Assert.Equal((1222, 61100.0, "mg"), (eta.TotalAdministrations, eta.Doses.Single().TotalDose, eta.Doses.Single().Unit));
        Assert.Equal((440, 440.0, "10^6 cells/kg"), (msc.TotalAdministrations, msc.Doses.Single().TotalDose, msc.Doses.Single().Unit));
        // Every subject has TRTSDT and EOSDT (R: sum(is.na(sl$EOSDT)) -> 0).
        Assert.Equal(0, r.HandlingCount(SafetyHandling.SubjectWithoutTimeAtRisk));

        var rows = r.ToArdRows();
        Assert.All(rows.Where(x => x.Stat == "diff"), x => Assert.Equal(ArdAnalysis.DifferenceArm, x.Arm));
        Assert.Equal(14.0 / 30.0, rows.Single(x => x.Analysis == "safety_overview" && x.Endpoint == "ANY_TEAE" && x.Arm == "Etanercept" && x.Stat == "pct").Value);
    }
}
