using System.Text;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Builders;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Reporting;

/// <summary>The library orchestrator: options pass-through, arm checks, data-handling summary, files.</summary>
public class TrialReportTests(SampleDataFixture sample) : IClassFixture<SampleDataFixture>
{
    private static ReportOptions NoFigures(ReportOptions o) => o with { IncludeFigures = false };

    [Fact]
    public void Analysis_options_are_passed_through_unchanged()
    {
        var efficacy = new EfficacyOptions("Etanercept")
        {
            AnalysisWeeks = [24m],
            ResponderEndpoints = [ResponderEndpoint.Asas40, ResponderEndpoint.Asas20],
            Imputations = [Imputation.ObservedCases],
            Stratified = true,
            ConfidenceLevel = 0.9,
        };
        var safety = new SafetyOptions { ControlArm = "Etanercept", MinimumIncidence = 0.05, DifferenceMethod = DifferenceCiMethod.MiettinenNurminen };
        var report = TrialReport.Build(sample.Data, NoFigures(new ReportOptions(efficacy, safety)));
        Assert.Same(efficacy, report.Efficacy!.Options);
        Assert.Same(safety, report.Safety!.Options);
        Assert.Contains(report.Tables, t => t.Id == EfficacyTableBuilder.BinaryId(Imputation.ObservedCases) && t.Title.Contains("observed cases", StringComparison.Ordinal) && !t.Title.Contains("sensitivity", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Tables, t => t.Id == EfficacyTableBuilder.BinaryId(Imputation.NonResponderImputation));
        Assert.Equal(["efficacy_binary_observed", "efficacy_continuous", "safety_overview", "safety_soc", "safety_pt", "exposure"],
            report.ArdRows.Select(r => r.Analysis).Distinct());
        Assert.All(report.ArdRows.Where(r => r.Arm == "difference" && r.Analysis == "efficacy_binary_observed"), r => Assert.Equal("Week 24", r.Visit));
        var methods = report.Methods.Select(m => m.Code).ToList();
        Assert.Contains("cmh", methods);
        Assert.Contains("mantel_haenszel", methods);
        Assert.Contains("cmh_wald", methods);
        Assert.Contains("miettinen_nurminen", methods);
        Assert.DoesNotContain("nri", methods);
        Assert.Contains(report.Provenance.Settings, s => s.Name == "Efficacy: confidence level" && s.Value == "90%");
        Assert.Contains(report.Provenance.Settings, s => s.Name == "Safety: minimum incidence of a PT" && s.Value == "0.05");
    }

    [Fact]
    public void A_control_arm_outside_the_export_is_rejected_with_the_arms_listed()
    {
        var e = Assert.Throws<ArgumentException>(() => TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Placebo"))));
        Assert.Equal("options", e.ParamName);
        Assert.Contains("'Placebo'", e.Message);
        Assert.Contains("'Etanercept', 'MSC'", e.Message);
        Assert.Equal(["Etanercept", "MSC"], TrialReport.ControlCandidates(sample.Data, safety: false));
        Assert.Equal(["Etanercept", "MSC"], TrialReport.ControlCandidates(sample.Data, safety: true));
    }

    [Fact]
    public void Analyses_choose_the_sections()
    {
        var safetyOnly = TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Etanercept") { Analyses = ReportAnalyses.SafetyOnly }));
        Assert.Null(safetyOnly.Efficacy);
        Assert.NotNull(safetyOnly.Safety);
        Assert.Equal(["safety"], safetyOnly.Html.Sections.Select(s => s.Id));
        Assert.Empty(safetyOnly.DataHandlingTables);
        var efficacyOnly = TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Etanercept") { Analyses = ReportAnalyses.EfficacyOnly }));
        Assert.Null(efficacyOnly.Safety);
        Assert.Equal(["efficacy"], efficacyOnly.Html.Sections.Select(s => s.Id));
        Assert.True(TrialReport.RunsEfficacy(sample.Data, new ReportOptions("x")));
        Assert.True(TrialReport.RunsSafety(sample.Data, new ReportOptions("x")));
    }

    [Fact]
    public void The_binary_handling_tables_count_every_imputed_and_excluded_subject_by_reason()
    {
        var report = TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Etanercept")));
        var r = report.Efficacy!;
        foreach (var imputation in r.Options.Imputations)
        {
            var table = report.DataHandlingTables.Single(t => t.Id == DataHandlingBuilder.BinaryId(imputation));
            // Total columns: one per kind (imputed and/or excluded), at the end of each spanner
            var totals = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Label == "Total").ToList();
            foreach (var week in r.Options.AnalysisWeeks)
                foreach (var endpoint in r.Options.ResponderEndpoints)
                {
                    var row = table.Rows.SkipWhile(x => x.Label != VisitLabels.Week(week)).First(x => x.Label == endpoint.Label());
                    var arms = r.Arms.Select(a => r.Response(imputation, endpoint, week, a)).ToList();
                    int imputed = arms.Sum(a => a.Imputed), excluded = arms.Sum(a => a.Excluded);
                    var expected = imputation switch
                    {
                        Imputation.NonResponderImputation => new[] { imputed },
                        Imputation.ObservedCases => [excluded],
                        _ => [imputed, excluded],
                    };
                    Assert.Equal(expected.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), totals.Select(t => row.Cells[t.i]));
                    // the reason columns of each kind add up to its total
                    var start = 0;
                    foreach (var (_, i) in totals)
                    {
                        Assert.Equal(int.Parse(row.Cells[i], System.Globalization.CultureInfo.InvariantCulture),
                            row.Cells.Skip(start).Take(i - start).Sum(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)));
                        start = i + 1;
                    }
                }
        }
        // Week 12, NRI: the never-treated subject (MSCAS-101-0008, data-samples/README.md) is counted once per endpoint
        var nri = report.DataHandlingTables.Single(t => t.Id == DataHandlingBuilder.BinaryId(Imputation.NonResponderImputation));
        var col = nri.Columns.ToList().FindIndex(c => c.Label == "Never treated");
        Assert.All(nri.Rows.Where(x => x.Indent == 1), x => Assert.Equal("1", x.Cells[col]));
    }

    [Fact]
    public void The_continuous_handling_table_matches_the_summaries()
    {
        var report = TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Etanercept")));
        var r = report.Efficacy!;
        var table = report.DataHandlingTables.Single(t => t.Id == DataHandlingBuilder.ContinuousId);
        foreach (var endpoint in r.Options.ContinuousEndpoints)
            foreach (var week in r.Options.AnalysisWeeks)
            {
                var row = table.Rows.SkipWhile(x => x.Label != endpoint.Label()).First(x => x.Label == VisitLabels.Week(week));
                var excluded = r.Continuous.Where(c => c.Endpoint == endpoint && c.VisitWeek == week).Sum(c => c.Excluded);
                Assert.Equal(excluded.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Cells[^1]);
            }
    }

    [Fact]
    public void Files_are_listed_in_a_fixed_order_and_write_to_leaves_other_files_alone()
    {
        var report = TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Etanercept")) with { LibraryVersion = "9.9.9-test" });
        var files = report.Files();
        Assert.Equal("report.html", files[0].RelativePath);
        Assert.Equal("ard.csv", files[1].RelativePath);
        Assert.Equal(report.AllTables.SelectMany(t => new[] { $"tables/{t.Id}.md", $"tables/{t.Id}.csv", $"tables/{t.Id}.rtf" })
            .Concat(["tables/all-tables.md", "tables/all-tables.rtf"]), files.Skip(2).Select(f => f.RelativePath));
        Assert.Contains("Generated by AsAnalysis 9.9.9-test.", Encoding.UTF8.GetString(files[0].Content.AsSpan()));

        using var temp = new TempFolder();
        var keep = temp.Sub("notes.txt");
        File.WriteAllText(keep, "mine");
        var written = report.WriteTo(temp.Path);
        Assert.Same(files, written);
        Assert.Equal("mine", File.ReadAllText(keep));
        foreach (var f in files) Assert.True(File.ReadAllBytes(Path.Combine(temp.Path, f.RelativePath)).AsSpan().SequenceEqual(f.Content.AsSpan()), f.RelativePath);
    }

    [Fact]
    public void A_timestamp_appears_only_when_set()
    {
        var at = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
        var report = TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Etanercept")) with { GeneratedAt = at, Analyses = ReportAnalyses.SafetyOnly });
        Assert.Contains(" at 2024-05-06T07:08:09+00:00.", report.Html.Render());
        Assert.Equal(at, report.Provenance.GeneratedAt);
        Assert.Null(TrialReport.Build(sample.Data, NoFigures(new ReportOptions("Etanercept")) with { Analyses = ReportAnalyses.SafetyOnly }).Provenance.GeneratedAt);
    }

    [Fact]
    public void Options_check_their_arguments()
    {
        Assert.Throws<ArgumentException>(() => new ReportOptions(" "));
        Assert.Throws<ArgumentNullException>(() => new ReportOptions(null!, new SafetyOptions()));
        Assert.Throws<ArgumentException>(() => new ReportOptions("A") { Title = "" });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions("A") { Analyses = (ReportAnalyses)42 });
        Assert.Throws<ArgumentException>(() => new ReportOptions("A") { LibraryVersion = " " });
        Assert.Throws<ArgumentException>(() => new ReportOptions("A") { ExtraSettings = [null!] });
        Assert.Throws<ArgumentException>(() => new ReportOutputFile("../x", [1]));
        Assert.Throws<ArgumentException>(() => new ReportOutputFile("/abs", [1]));
        Assert.Throws<ArgumentException>(() => new ReportMethod("", "", "d"));
        Assert.Equal("Wilson score interval [wilson]: d", new ReportMethod("Wilson score interval", "wilson", "d").ToParagraph());
        Assert.Equal("R type 2 (SAS QNTLDEF=5)", QuantileDefinition.RType2.Label());
        Assert.Equal("R type 7", QuantileDefinition.RType7.Label());
    }

    [Fact]
    public void Html_report_data_handling_tables_are_listed_and_their_ids_must_be_unique()
    {
        var t = SampleTables.Teae();
        var html = HtmlReport.Create("R").AddDataHandlingTable(t);
        var text = html.Render();
        Assert.Contains("<li><a href=\"#tbl-t-teae\">", text);
        Assert.Contains("id=\"tbl-t-teae\"", text);
        Assert.DoesNotContain("No exclusions or imputations were recorded.", text);
        Assert.Throws<ArgumentException>(() => html.AddDataHandlingTable(t));
        Assert.Throws<ArgumentException>(() => html.AddSection(ReportSection.Create("s", "S").AddTable(t)));
        Assert.Contains("No exclusions or imputations were recorded.", HtmlReport.Create("R").Render());
    }
}
