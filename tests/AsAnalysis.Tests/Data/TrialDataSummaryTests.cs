using AsAnalysis.Data;
using AsAnalysis.Reporting.Builders;

namespace AsAnalysis.Tests.Data;

/// <summary>
/// The summary counts what the report's data-handling section shows (records per parameter, missing values, records
/// outside the full analysis set) and names each visit by its most frequent label.
/// </summary>
public class TrialDataSummaryTests
{
    private static Subject S(string id, bool itt) => new() { UsubjId = id, PlannedArm = "A", ActualArm = "A", Itt = itt, Safety = true };

    private static Assessment R(string id, string code, decimal week, decimal? value, string? label = null) =>
        new() { UsubjId = id, ParamCd = code, VisitWeek = week, Value = value, VisitLabel = label };

    [Fact]
    public void Records_outside_the_full_analysis_set_are_counted_and_reported()
    {
        var data = new TrialData([S("S1", true), S("S2", false)],
        [
            R("S1", "CRP", 0m, 1m), R("S2", "CRP", 0m, 2m), R("S1", "BASMI", 0m, null), R("S2", "BASMI", 0m, 3m), R("S2", "ZZZ", 0m, 4m),
        ]);
        var s = data.Summarize();
        Assert.Equal(3, s.AssessmentsOutsideItt);
        Assert.Equal([("CRP", 2, 0), ("BASMI", 2, 1), ("ZZZ", 1, 0)], s.Parameters.Select(p => (p.ParamCd, p.Records, p.MissingValues)));

        var items = DataHandlingBuilder.Input(data, efficacy: true);
        Assert.Equal(
        [
            ("Input", "Efficacy records with an empty AVAL, kept as missing (a composite that needs the item is not derived at that visit)", 1),
            ("Efficacy: exclusion", "Efficacy records of parameters that no endpoint uses, kept but not analysed (BASMI 2, ZZZ 1)", 3),
            ("Efficacy: exclusion", "Efficacy records of subjects not in the full analysis set (ITTFL not Y), not analysed", 3),
        ], items.Select(i => (i.Category, i.Description, i.Count)));
        Assert.Empty(DataHandlingBuilder.Input(data, efficacy: false));
        Assert.Throws<ArgumentOutOfRangeException>(() => s with { AssessmentsOutsideItt = -1 });
    }

    [Fact]
    public void A_visit_is_named_by_its_most_frequent_label_over_its_representations()
    {
        // Week 12 written 12 and 12.0, labels interleaved: "Wk 12" 3 times, "Week 12" twice, one record without a label.
        // Week 24: a tie between "b" and "a" (ordinal order decides); week 36 has no label.
        var data = new TrialData([S("S1", true), S("S2", true)],
        [
            R("S1", "CRP", 12m, 1m, "Week 12"), R("S1", "ESR", 12.0m, 1m, "Wk 12"), R("S1", "PTGLOBAL", 12m, 1m, "Wk 12"),
            R("S2", "CRP", 12.0m, 1m, "Wk 12"), R("S2", "ESR", 12m, 1m, "Week 12"), R("S2", "PTGLOBAL", 12m, 1m),
            R("S1", "CRP", 24m, 1m, "b"), R("S2", "CRP", 24m, 1m, "a"), R("S1", "CRP", 36m, 1m),
        ]);
        var visits = data.Summarize().Visits;
        Assert.Equal([(12m, "Wk 12", 6, 2), (24m, "a", 2, 2), (36m, "Week 36", 1, 1)], visits.Select(v => (v.VisitWeek, v.Label, v.Records, v.Subjects)));
    }
}
