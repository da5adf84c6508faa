using AsAnalysis.Data;
using AsAnalysis.Interactive;
using AsAnalysis.Ard;
using AsAnalysis.Statistics;
using Microsoft.DotNet.Interactive.Formatting;

namespace AsAnalysis.Notebooks.Tests.Formatting;

/// <summary>The HTML of the kernel extension's formatters, and that registering them makes .NET Interactive use them.</summary>
[Collection(NotebookCollection.Name)]
public sealed class FormatterTests
{
    private static readonly Lazy<TrialData> Sample = new(() => TrialDataLoader.LoadFolder(Path.Combine(RepoPaths.Root, "data-samples")));

    [Fact]
    public void TrialData_summary_shows_subjects_per_arm_and_population_visits_adverse_events_and_files()
    {
        var html = TrialDataHtml.Render(Sample.Value);

        Assert.StartsWith("<div class=\"asanalysis asanalysis-trialdata\">", html, StringComparison.Ordinal);
        // data-samples/README.md: 60 subjects (30 MSC + 30 Etanercept), all ITT, 59 in the safety population;
        // 9,702 efficacy records, 64 adverse events, 1,662 exposure records.
        Assert.Contains("60 subjects, 9702 efficacy records, 64 adverse events, 1662 exposure records", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Etanercept</td><td class=\"num\">30</td><td class=\"num\">30</td><td class=\"num\">30</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>MSC</td><td class=\"num\">30</td><td class=\"num\">30</td><td class=\"num\">29</td>", html, StringComparison.Ordinal);
        foreach (var week in new[] { 0, 2, 4, 8, 12, 24, 36, 48 })
            Assert.Contains($"<tr><td class=\"num\">{week}</td>", html, StringComparison.Ordinal);
        Assert.Contains("Adverse event records by actual arm", html, StringComparison.Ordinal);
        Assert.Contains("<td>adsl.csv</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TrialData_summary_escapes_html_in_values()
    {
        var data = new TrialData([
            new Subject { UsubjId = "S1", PlannedArm = "<b>A</b>", ActualArm = "<b>A</b>", Itt = true, Safety = true },
            new Subject { UsubjId = "S2", PlannedArm = "B & C", ActualArm = "B & C", Itt = true, Safety = false },
        ]);

        var html = TrialDataHtml.Render(data);

        Assert.Contains("<td>&lt;b&gt;A&lt;/b&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>B &amp; C</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>A</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_displays_as_a_property_table_with_invariant_numbers_and_canonical_method_names()
    {
        var html = RecordHtml.RenderRecord(new TestResult(TestMethod.ChiSquareYates, 3.25, 0.0712345678));

        Assert.StartsWith("<div class=\"asanalysis asanalysis-record\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>TestResult</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Method</td><td>chisq_yates</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>PValue</td><td>0.0712346</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>DegreesOfFreedom</td><td>NaN</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Statistics_records_inside_a_cell_take_a_one_line_form()
    {
        var table = new TwoByTwoTable(17, 30, 18, 30);

        Assert.Equal("[0.125, 0.5]", RecordHtml.FormatValue(new ConfidenceInterval(0.125, 0.5, 0.95)));
        Assert.Equal("17/30 vs 18/30", RecordHtml.FormatValue(table));
        Assert.Equal("p = 0.793428 (chisq)", RecordHtml.FormatValue(new TestResult(TestMethod.ChiSquare, 0.0685714, 0.7934283)));
        Assert.Equal("-0.0333333 [-0.266277, 0.204818] (newcombe)",
            RecordHtml.FormatValue(new DifferenceEstimate(table, -1.0 / 30, new ConfidenceInterval(-0.2662772, 0.2048184, 0.95), DifferenceCiMethod.Newcombe)));
        Assert.Equal("n 28; mean -1.59893 (SD 1.41808); median -1.525 (Q1 -2.7, Q3 -0.575); range -4.23 to 1.3",
            RecordHtml.FormatValue(new DescriptiveSummary(28, -1.598928571, 1.418079, -1.525, -2.7, -0.575, -4.23, 1.3, QuantileDefinition.RType2)));
    }

    [Fact]
    public void A_nested_sequence_of_records_shows_its_count_and_other_records_an_inner_table()
    {
        var html = RecordHtml.RenderRecord(new TrialDataSummary([], [], [], [], [], [new SourceFile("adsl.csv", "ab", 3), new SourceFile("adae.csv", "cd", 1)]));

        Assert.Contains("<tr><td>SourceFiles</td><td>2 &#215; SourceFile</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal("<table><tr><th>Name</th><td>adsl.csv</td></tr><tr><th>Sha256</th><td>ab</td></tr><tr><th>Records</th><td>3</td></tr></table>",
            RecordHtml.FormatValue(new SourceFile("adsl.csv", "ab", 3)));
    }

    [Fact]
    public void A_report_table_displays_through_the_reporting_html_renderer()
    {
        var table = AsAnalysis.Reporting.Tables.ReportTable.Create("t-demo", "Demo <table>").AddColumn("MSC").AddRow("n", "30");

        var html = ReportHtml.RenderTable(table);

        Assert.StartsWith("<div class=\"asanalysis asanalysis-table\"><style>", html, StringComparison.Ordinal);
        Assert.Contains(new AsAnalysis.Reporting.Renderers.HtmlTableRenderer().Render(table), html, StringComparison.Ordinal);
        Assert.Contains("Demo &lt;table&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_of_records_displays_as_one_table_cut_at_the_row_limit()
    {
        var rows = Enumerable.Range(0, RecordHtml.MaxRows + 7)
            .Select(i => new ArdRow("efficacy_binary", "ASAS20", "Week 12", "MSC", "", "n", "", i))
            .ToList();

        var html = RecordHtml.RenderList(rows, typeof(ArdRow));

        Assert.Contains("<caption>ArdRow (57)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Analysis</th><th>Endpoint</th><th>Visit</th><th>Arm</th><th>Term</th><th>Stat</th><th>Method</th><th>Value</th>", html, StringComparison.Ordinal);
        Assert.Equal(RecordHtml.MaxRows, html.Split("<tr><td>efficacy_binary</td>").Length - 1);
        Assert.Contains("First 50 of 57 rows.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plot_displays_as_an_inline_png()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 0, 12, 48 }, new double[] { 0.1, 0.5, 0.4 });

        var html = PlotHtml.Render(plot);

        const string prefix = "src=\"data:image/png;base64,";
        var start = html.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        var png = Convert.FromBase64String(html[start..html.IndexOf('"', start)]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public void A_figure_displays_as_an_inline_png_at_its_design_size()
    {
        var figure = AsAnalysis.Plots.Figures.AeDotPlot(AsAnalysis.Safety.SafetyAnalysis.Run(Sample.Value, new AsAnalysis.Safety.SafetyOptions { ControlArm = "Etanercept" }));

        var html = PlotHtml.RenderFigure(figure);

        Assert.StartsWith("<div class=\"asanalysis asanalysis-figure\"><img alt=\"ae-dot-plot\"", html, StringComparison.Ordinal);
        Assert.Contains($"width=\"{figure.Width}\" height=\"{figure.Height}\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64," + Convert.ToBase64String(figure.GetPngBytes()) + "\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entries_cover_trial_data_plots_and_every_library_record_and_sequences_of_them()
    {
        var types = AsAnalysisFormatters.Entries.Select(e => e.Type).ToHashSet();

        Assert.Contains(typeof(TrialData), types);
        Assert.Contains(typeof(ScottPlot.Plot), types);
        Assert.Contains(typeof(AsAnalysis.Plots.Figure), types);
        Assert.Contains(typeof(AsAnalysis.Reporting.Tables.ReportTable), types);
        foreach (var record in new[] { typeof(ArdRow), typeof(ConfidenceInterval), typeof(TestResult), typeof(DataProblem), typeof(TrialDataSummary), typeof(Subject) })
        {
            Assert.Contains(record, types);
            Assert.Contains(typeof(IEnumerable<>).MakeGenericType(record), types);
        }
        Assert.DoesNotContain(typeof(TrialDataException), types);
    }

    [Fact]
    public void After_registration_dotnet_interactive_formats_library_values_with_these_formatters()
    {
        Formatter.ResetToDefault();
        try
        {
            Assert.DoesNotContain("asanalysis", Sample.Value.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);

            AsAnalysisFormatters.Register();

            Assert.Contains("class=\"asanalysis asanalysis-trialdata\"", Sample.Value.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
            var ci = new ConfidenceInterval(0.1, 0.2, 0.95);
            Assert.Contains("class=\"asanalysis asanalysis-record\"", ci.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
            Assert.Contains("class=\"asanalysis asanalysis-records\"", new[] { ci, ci }.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
            Assert.Contains("class=\"asanalysis asanalysis-records\"", Sample.Value.Subjects.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
            Assert.Contains("class=\"asanalysis asanalysis-plot\"", new ScottPlot.Plot().ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
            Assert.Contains("class=\"asanalysis asanalysis-table\"",
                AsAnalysis.Reporting.Tables.ReportTable.Create("t-x", "X").ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
            Assert.Null(AsAnalysisFormatters.ToHtml(new object()));
        }
        finally
        {
            Formatter.ResetToDefault();
        }
    }
}
