using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting.Builders;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Ard;
using AsAnalysis.Formatting;

namespace AsAnalysis.Tests.Reporting;

public class EfficacyTableBuilderTests
{
    private static readonly Lazy<(EfficacyResults Results, IReadOnlyList<ArdRow> Ard)> Sample = new(() =>
    {
        var data = TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples"));
        var r = EfficacyAnalysis.Run(data, new EfficacyOptions("Etanercept"));
        return (r, r.ToArdRows());
    });

    private static double Ard(string analysis, string endpoint, string visit, string arm, string stat, string method = "", string term = "")
        => Sample.Value.Ard.Single(x => x.Analysis == analysis && x.Endpoint == endpoint && x.Visit == visit && x.Arm == arm && x.Term == term && x.Stat == stat && x.Method == method).Value;

    [Fact]
    public void Binary_table_cells_match_the_ard_rows()
    {
        var (r, _) = Sample.Value;
        var f = ValueFormatter.Default;
        foreach (var imputation in r.Options.Imputations)
        {
            var t = new EfficacyTableBuilder().Binary(r, imputation);
            Assert.Equal(EfficacyTableBuilder.BinaryId(imputation), t.Id);
            Assert.Equal(["MSC (N=30): n/N (%)", "MSC (N=30): 95% CI", "Etanercept (N=30): n/N (%)", "Etanercept (N=30): 95% CI",
                "MSC vs Etanercept: Difference, % (95% CI)", "MSC vs Etanercept: p-value"], t.Columns.Select(c => c.CompositeLabel));
            var analysis = imputation.ArdAnalysisName();
            var row = 0;
            foreach (var week in r.Options.AnalysisWeeks)
            {
                var visit = VisitLabels.Week(week);
                var header = t.Rows[row++];
                Assert.Equal(visit, header.Label);
                Assert.True(header.StartsGroup && header.Bold);
                foreach (var endpoint in r.Options.ResponderEndpoints)
                {
                    var cells = t.Rows[row++];
                    var name = endpoint.Code();
                    Assert.Equal(endpoint.Label(), cells.Label);
                    Assert.Equal(1, cells.Indent);
                    for (var a = 0; a < r.Arms.Count; a++)
                    {
                        var arm = r.Arms[a];
                        var n = (int)Ard(analysis, name, visit, arm, "n");
                        var big = (int)Ard(analysis, name, visit, arm, "N");
                        Assert.Equal(n + "/" + big + " (" + f.Percent(n, big) + ")", cells.Cells[2 * a]);
                        Assert.Equal(f.PercentInterval(Ard(analysis, name, visit, arm, "ci_low", "wilson"), Ard(analysis, name, visit, arm, "ci_high", "wilson")), cells.Cells[2 * a + 1]);
                    }
                    Assert.Equal(f.PercentagePointsWithCi(
                        Ard(analysis, name, visit, "difference", "diff"),
                        Ard(analysis, name, visit, "difference", "ci_low", "newcombe"),
                        Ard(analysis, name, visit, "difference", "ci_high", "newcombe")), cells.Cells[4]);
                    Assert.Equal(f.PValue(Ard(analysis, name, visit, "difference", "p_value", "fisher")), cells.Cells[5]);
                }
            }
            Assert.Equal(row, t.Rows.Count);
        }
    }

    [Fact]
    public void Nri_denominator_is_the_whole_arm()
    {
        var (r, _) = Sample.Value;
        var t = new EfficacyTableBuilder().Binary(r, Imputation.NonResponderImputation);
        Assert.All(t.Rows.Where(x => x.Indent == 1), x =>
        {
            Assert.Contains("/30 (", x.Cells[0], StringComparison.Ordinal);
            Assert.Contains("/30 (", x.Cells[2], StringComparison.Ordinal);
        });
        Assert.DoesNotContain("sensitivity", t.Title, StringComparison.Ordinal);
        Assert.Contains("sensitivity", new EfficacyTableBuilder().Binary(r, Imputation.Locf).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Continuous_table_cells_match_the_ard_rows()
    {
        var (r, _) = Sample.Value;
        var f = ValueFormatter.Default;
        var t = new EfficacyTableBuilder().Continuous(r);
        Assert.Equal(r.Options.ContinuousEndpoints.Count * (1 + r.Options.AnalysisWeeks.Count), t.Rows.Count);
        var basdai12 = t.Rows[1];
        Assert.Equal("Week 12", basdai12.Label);
        const string a = ArdAnalysis.EfficacyContinuous;
        Assert.Equal(ValueFormatter.Integer((long)Ard(a, "BASDAI", "Week 12", "MSC", "n")), basdai12.Cells[0]);
        Assert.Equal(f.MeanSd(Ard(a, "BASDAI", "Week 12", "MSC", "mean"), Ard(a, "BASDAI", "Week 12", "MSC", "sd")), basdai12.Cells[2]);
        Assert.Equal(f.MeanSd(Ard(a, "BASDAI", "Week 12", "Etanercept", "mean"), Ard(a, "BASDAI", "Week 12", "Etanercept", "sd")), basdai12.Cells[5]);
        Assert.Equal(f.EstimateWithCi(Ard(a, "BASDAI", "Week 12", "difference", "diff", "ancova"),
            Ard(a, "BASDAI", "Week 12", "difference", "ci_low", "ancova"), Ard(a, "BASDAI", "Week 12", "difference", "ci_high", "ancova")), basdai12.Cells[6]);
        Assert.Equal(f.PValue(Ard(a, "BASDAI", "Week 12", "difference", "p_value", "ancova")), basdai12.Cells[7]);
    }

    [Fact]
    public void Response_over_time_has_every_visit()
    {
        var (r, _) = Sample.Value;
        var t = new EfficacyTableBuilder().ResponseOverTime(r, Imputation.NonResponderImputation, ResponderEndpoint.Asas20);
        Assert.Equal("t-efficacy-time-asas20-nri", t.Id);
        Assert.Equal(r.VisitWeeks.Select(VisitLabels.Week), t.Rows.Select(x => x.Label));
        Assert.Equal(r.VisitWeeks.Select(w => r.Options.AnalysisWeeks.Contains(w)), t.Rows.Select(x => x.Bold));
        Assert.Equal("imputation", Assert.Throws<ArgumentException>(() =>
            new EfficacyTableBuilder().ResponseOverTime(EfficacyAnalysis.Run(TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples")),
                new EfficacyOptions("Etanercept") { Imputations = [Imputation.ObservedCases] }), Imputation.Locf, ResponderEndpoint.Asas20)).ParamName);
    }

    [Fact]
    public void Populations_and_data_handling()
    {
        var (r, _) = Sample.Value;
        var pop = new EfficacyTableBuilder().Populations(r);
        Assert.Equal(["MSC", "Etanercept"], pop.Columns.Select(c => c.Label));
        Assert.Equal(["30", "30"], pop.Rows[0].Cells);
        var items = EfficacyTableBuilder.DataHandling(r);
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.StartsWith("Efficacy: ", i.Category, StringComparison.Ordinal));
        // NRI imputations at week 12 for ASAS20 equal the ard n_imputed counts of both arms.
        var asas = items.Single(i => i.Description.StartsWith("ASAS20 at Week 12, non-responder imputation (NRI): ", StringComparison.Ordinal));
        Assert.Equal(Ard(ArdAnalysis.EfficacyBinary, "ASAS20", "Week 12", "MSC", "n_imputed") + Ard(ArdAnalysis.EfficacyBinary, "ASAS20", "Week 12", "Etanercept", "n_imputed"), asas.Count);
        Assert.EndsWith("counted as non-responders", asas.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void All_tables_have_distinct_ids_and_render_deterministically()
    {
        var (r, _) = Sample.Value;
        var tables = new EfficacyTableBuilder().All(r);
        Assert.Equal(1 + r.Options.Imputations.Count + 1 + 1, tables.Count);
        Assert.Equal(tables.Count, tables.Select(t => t.Id).Distinct().Count());
        var again = new EfficacyTableBuilder().All(r);
        ITableRenderer[] renderers = [new HtmlTableRenderer(), new MarkdownTableRenderer(), new CsvTableRenderer(), new RtfTableRenderer()];
        for (var i = 0; i < tables.Count; i++)
            foreach (var renderer in renderers)
                Assert.Equal(renderer.Render(tables[i]), renderer.Render(again[i]));
    }
}
