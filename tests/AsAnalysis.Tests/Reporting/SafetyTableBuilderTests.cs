using AsAnalysis.Data;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Builders;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Reporting.Tables;
using AsAnalysis.Ard;
using AsAnalysis.Formatting;
using AsAnalysis.Safety;

namespace AsAnalysis.Tests.Reporting;

public class SafetyTableBuilderTests
{
    private const string Inf = "Infections and infestations";
    private const string Nerv = "Nervous system disorders";

    // 3 MSC and 2 Etanercept subjects in the safety population, one MSC subject outside it.
    private static TrialData Small() => TrialDataLoader.Load(
        new StringReader(
            "USUBJID,TRT01P,TRT01A,ITTFL,SAFFL,TRTSDT,TRTEDT\n" +
            "A1,MSC,MSC,Y,Y,2020-01-01,2020-12-31\n" +
            "A2,MSC,MSC,Y,Y,2020-01-01,2020-12-31\n" +
            "A3,MSC,MSC,Y,Y,2020-01-01,2020-12-31\n" +
            "A4,MSC,,Y,N,,\n" +
            "C1,Etanercept,Etanercept,Y,Y,2020-01-01,2020-12-31\n" +
            "C2,Etanercept,Etanercept,Y,Y,2020-01-01,2020-12-31\n"),
        null,
        new StringReader(
            "USUBJID,AEBODSYS,AEDECOD,ASTDT,AESEV,AESER,AEREL,AEACN,TRTEMFL\n" +
            $"A1,{Inf},Influenza,2020-01-10,MILD,N,NOT RELATED,,Y\n" +
            $"A1,{Inf},Influenza,2020-02-10,MODERATE,N,RELATED,,Y\n" +
            $"A2,{Nerv},Headache,2020-01-04,SEVERE,Y,POSSIBLE,DRUG WITHDRAWN,Y\n" +
            $"C1,{Inf},Influenza,2020-01-08,MILD,N,NOT RELATED,,Y\n"));

    private static SafetyResults Run(TrialData data, string? control = "Etanercept")
        => SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = control });

    [Fact]
    public void Overview_of_a_small_trial_is_worked_out_by_hand()
    {
        var r = Run(Small());
        var t = new SafetyTableBuilder().Overview(r);
        Assert.Equal(SafetyTableBuilder.OverviewId, t.Id);
        // Arms in the order of the results (ordinal: Etanercept, MSC), then the comparison of each test arm.
        Assert.Equal(["Etanercept (N=2): n (%)", "Etanercept (N=2): Events", "MSC (N=3): n (%)", "MSC (N=3): Events",
            "MSC vs Etanercept: Difference, % (95% CI)", "MSC vs Etanercept: p-value"], t.Columns.Select(c => c.CompositeLabel));
        var any = t.Rows[0];
        Assert.Equal("Any TEAE", any.Label);
        Assert.True(any.Bold);
        // MSC: A1 and A2 of 3 subjects, 3 records; Etanercept: C1 of 2, 1 record.
        Assert.Equal("1 (50.0)", any.Cells[0]);
        Assert.Equal("1", any.Cells[1]);
        Assert.Equal("2 (66.7)", any.Cells[2]);
        Assert.Equal("3", any.Cells[3]);
        Assert.StartsWith("16.7 (", any.Cells[4], StringComparison.Ordinal); // 2/3 - 1/2
        Assert.Equal("1.000", any.Cells[5]); // R: fisher.test(matrix(c(2, 1, 1, 1), 2))$p.value = 1
        var serious = t.Rows.Single(x => x.Label == "Any serious TEAE");
        Assert.Equal(["0 (0)", "0", "1 (33.3)", "1"], serious.Cells.Take(4));
        Assert.Contains(t.Footnotes, f => f.Contains("Newcombe hybrid score 95% CI", StringComparison.Ordinal));
        Assert.Contains(t.Footnotes, f => f.Contains("Fisher's exact test", StringComparison.Ordinal));
    }

    [Fact]
    public void Soc_pt_table_has_bold_socs_and_indented_pts()
    {
        var t = new SafetyTableBuilder().SocPt(Run(Small()));
        Assert.Equal(["Any TEAE", Inf, "Influenza", Nerv, "Headache"], t.Rows.Select(x => x.Label));
        Assert.Equal([0, 0, 1, 0, 1], t.Rows.Select(x => x.Indent));
        Assert.Equal([true, true, false, true, false], t.Rows.Select(x => x.Bold));
        Assert.Equal([false, true, false, true, false], t.Rows.Select(x => x.StartsGroup));
        Assert.Equal(["1 (50.0)", "1", "1 (33.3)", "2"], t.Rows[2].Cells.Take(4)); // Influenza: C1; A1 twice
        Assert.Equal(["0 (0)", "0", "1 (33.3)", "1"], t.Rows[4].Cells.Take(4));   // Headache: A2
    }

    [Fact]
    public void Severity_and_relationship_break_down_each_term()
    {
        var b = new SafetyTableBuilder();
        var r = Run(Small());
        var sev = b.Severity(r);
        Assert.Equal(["Etanercept (N=2): n (%)", "MSC (N=3): n (%)"], sev.Columns.Select(c => c.CompositeLabel));
        // Overall: A1 max moderate, A2 severe; C1 mild.
        Assert.Equal(["Any TEAE", "Mild", "Moderate", "Severe"], sev.Rows.Take(4).Select(x => x.Label));
        Assert.Equal(["1 (50.0)", "2 (66.7)"], sev.Rows[0].Cells);
        Assert.Equal(["1 (50.0)", "0 (0)"], sev.Rows[1].Cells);
        Assert.Equal(["0 (0)", "1 (33.3)"], sev.Rows[2].Cells);
        Assert.Equal(["0 (0)", "1 (33.3)"], sev.Rows[3].Cells);
        var rel = b.Relationship(r);
        Assert.Equal(["Any TEAE", "Related", "Not related"], rel.Rows.Take(3).Select(x => x.Label));
        Assert.Equal(["0 (0)", "2 (66.7)"], rel.Rows[1].Cells); // A1 (one related record), A2 (possible)
        Assert.Equal(["1 (50.0)", "0 (0)"], rel.Rows[2].Cells);
    }

    [Fact]
    public void Data_handling_items_name_kind_and_unit()
    {
        var items = SafetyTableBuilder.DataHandling(Run(Small()));
        var item = Assert.Single(items, i => i.Description.StartsWith("Subjects not in the safety population", StringComparison.Ordinal));
        Assert.Equal("Safety: exclusion", item.Category);
        Assert.Equal(1, item.Count);
        Assert.EndsWith("(subjects)", item.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_control_arm_there_are_no_comparison_columns()
    {
        var b = new SafetyTableBuilder();
        var r = Run(Small(), control: null);
        Assert.Equal(4, b.Overview(r).Columns.Count);
        Assert.Equal(4, b.SocPt(r).Columns.Count);
        Assert.Equal(6, b.ExposureAdjustedRates(r).Columns.Count);
        Assert.DoesNotContain(b.Overview(r).Footnotes, f => f.Contains("Fisher", StringComparison.Ordinal));
    }

    // ---------------------------------------------------------------- synthetic sample export
    private static readonly Lazy<(SafetyResults Results, IReadOnlyList<ArdRow> Ard)> Sample = new(() =>
    {
        var data = TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples"));
        var r = SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = "Etanercept" });
        return (r, r.ToArdRows());
    });

    private static double Ard(string analysis, string endpoint, string arm, string term, string stat, string method = "")
        => Sample.Value.Ard.Single(x => x.Analysis == analysis && x.Endpoint == endpoint && x.Arm == arm && x.Term == term && x.Stat == stat && x.Method == method).Value;

    [Fact]
    public void Every_incidence_cell_matches_the_ard_rows()
    {
        var (r, _) = Sample.Value;
        var f = ValueFormatter.Default;
        var t = new SafetyTableBuilder().SocPt(r);
        var keys = new List<(string Analysis, string Term)> { (ArdAnalysis.SafetyOverview, "") };
        foreach (var block in r.BySocPt.Socs)
        {
            keys.Add((ArdAnalysis.SafetySoc, block.Soc.Term.Key));
            keys.AddRange(block.Pts.Select(p => (ArdAnalysis.SafetyPt, p.Term.Key)));
        }
        Assert.Equal(keys.Count, t.Rows.Count);
        Assert.True(t.Rows.Count > 10);
        for (var i = 0; i < keys.Count; i++)
        {
            var (analysis, term) = keys[i];
            var cells = t.Rows[i].Cells;
            for (var a = 0; a < r.Arms.Count; a++)
            {
                var arm = r.Arms[a].Arm;
                Assert.Equal(f.CountPercent((int)Ard(analysis, "ANY_TEAE", arm, term, "n_subjects"), (int)Ard(analysis, "ANY_TEAE", arm, term, "N")), cells[2 * a]);
                Assert.Equal(ValueFormatter.Integer((long)Ard(analysis, "ANY_TEAE", arm, term, "n_events")), cells[2 * a + 1]);
            }
            Assert.Equal(f.PercentagePointsWithCi(
                Ard(analysis, "ANY_TEAE", "difference", term, "diff", "newcombe"),
                Ard(analysis, "ANY_TEAE", "difference", term, "ci_low", "newcombe"),
                Ard(analysis, "ANY_TEAE", "difference", term, "ci_high", "newcombe")), cells[4]);
            Assert.Equal(f.PValue(Ard(analysis, "ANY_TEAE", "difference", term, "p_value", "fisher")), cells[5]);
        }
    }

    [Fact]
    public void Breakdown_categories_add_up_to_the_soc_pt_counts()
    {
        var (r, _) = Sample.Value;
        var b = new SafetyTableBuilder();
        var socPt = b.SocPt(r).Rows;
        var arms = r.Arms.Count;
        foreach (var (table, categories) in new[] { (b.Severity(r), r.BySeverity[0].Rows.Count), (b.Relationship(r), r.ByRelationship[0].Rows.Count) })
        {
            // Each term: one total row followed by one row per category.
            Assert.Equal(socPt.Count * (1 + categories), table.Rows.Count);
            for (var i = 0; i < socPt.Count; i++)
            {
                var total = table.Rows[i * (1 + categories)];
                Assert.Equal(socPt[i].Label, total.Label);
                Assert.Equal(socPt[i].Indent, total.Indent);
                Assert.Equal(Enumerable.Range(0, arms).Select(a => socPt[i].Cells[2 * a]), total.Cells);
                for (var a = 0; a < arms; a++)
                {
                    var n = table.Rows.Skip(i * (1 + categories) + 1).Take(categories)
                        .Sum(x => int.Parse(x.Cells[a].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
                    Assert.Equal(socPt[i].Cells[2 * a].Split(' ')[0], n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Fact]
    public void Rates_and_exposure_tables_follow_the_results()
    {
        var (r, _) = Sample.Value;
        var b = new SafetyTableBuilder();
        var rates = b.ExposureAdjustedRates(r);
        Assert.Equal(r.ExposureAdjustedRates.Count, rates.Rows.Count);
        Assert.Equal(3 * r.Arms.Count + 3, rates.Columns.Count);
        var anyRate = r.ExposureAdjustedRates[0].Arms[0];
        Assert.Equal(ValueFormatter.Fraction(anyRate.SubjectsWithEvent, anyRate.SubjectsAtRisk), rates.Rows[0].Cells[0]);
        Assert.Equal(ValueFormatter.Default.RateWithCi(anyRate.IncidenceRate.Per100PatientYears, anyRate.IncidenceRate.Ci.Lower, anyRate.IncidenceRate.Ci.Upper), rates.Rows[0].Cells[2]);

        var exposure = b.Exposure(r);
        Assert.Equal(r.ExposureSummary.Select(a => a.Arm + " (N=" + a.N + ")"), exposure.Columns.Select(c => c.Label));
        Assert.Contains(exposure.Rows, x => x.Label.StartsWith("Total dose per subject: ETANERCEPT (mg)", StringComparison.Ordinal));
        var etaColumn = r.ExposureSummary.ToList().FindIndex(a => a.Arm == "Etanercept");
        var mscDose = exposure.Rows.SkipWhile(x => !x.Label.StartsWith("Total dose per subject: MSC", StringComparison.Ordinal)).Skip(1).First();
        Assert.Equal("n", mscDose.Label);
        Assert.Equal("-", mscDose.Cells[etaColumn]); // the control arm received no MSC
    }

    [Fact]
    public void All_tables_render_in_every_format_deterministically()
    {
        var (r, _) = Sample.Value;
        var tables = new SafetyTableBuilder().All(r);
        Assert.Equal(6, tables.Count);
        Assert.Equal(tables.Count, tables.Select(t => t.Id).Distinct().Count());
        ITableRenderer[] renderers = [new HtmlTableRenderer(), new MarkdownTableRenderer(), new CsvTableRenderer(), new RtfTableRenderer()];
        foreach (var t in tables)
        {
            foreach (var renderer in renderers)
                Assert.Equal(renderer.Render(t), renderer.Render(new SafetyTableBuilder().All(r).Single(x => x.Id == t.Id)));
        }
        Assert.Equal(new RtfTableRenderer().RenderDocument(tables), new RtfTableRenderer().RenderDocument(new SafetyTableBuilder().All(r)));
    }
}
