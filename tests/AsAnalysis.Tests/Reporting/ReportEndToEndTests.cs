using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Results;
using AsAnalysis.Safety;
using AsAnalysis.Tests.Data;

namespace AsAnalysis.Tests.Reporting;

/// <summary>Runs <c>report data-samples --out ...</c> twice, in-process, for the whole class.</summary>
public sealed class SampleReportFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleReportFixture()
    {
        First = _temp.Sub("first");
        Second = _temp.Sub("second");
        FirstRun = CliRun.Of("report", Samples.Root, "--out", First);
        SecondRun = CliRun.Of("report", Samples.Root, "--out", Second);
        Html = File.ReadAllText(Path.Combine(First, "report.html"), Encoding.UTF8);
    }

    internal CliRun FirstRun { get; }
    internal CliRun SecondRun { get; }
    public string First { get; }
    public string Second { get; }
    public string Html { get; }

    public void Dispose() => _temp.Dispose();
}

public class ReportEndToEndTests(SampleReportFixture report) : IClassFixture<SampleReportFixture>
{
    /// <summary>The tables the sample report must hold (efficacy, safety, then the data-handling tables).</summary>
    private static readonly string[] ExpectedTables =
    [
        "t-efficacy-population", "t-efficacy-binary-nri", "t-efficacy-binary-observed", "t-efficacy-binary-locf",
        "t-efficacy-time-asas20-nri", "t-efficacy-continuous",
        "t-safety-overview", "t-safety-soc-pt", "t-safety-severity", "t-safety-relationship", "t-safety-eair", "t-exposure",
        "t-dh-binary-nri", "t-dh-binary-observed", "t-dh-binary-locf", "t-dh-continuous",
    ];

    /// <summary>The standard figure set of AsAnalysis.Plots on the sample: efficacy figures, then the AE dot plot.</summary>
    private static readonly string[] ExpectedFigures =
    [
        "response-rates", "response-over-time-asas20", "response-over-time-asas40", "mean-change", "response-forest",
        "waterfall-basdai-week12", "asdas-crp-trajectories", "ae-dot-plot",
    ];

    private static readonly string[] ContractAnalyses =
    [
        "efficacy_binary", "efficacy_binary_observed", "efficacy_binary_locf", "efficacy_continuous",
        "safety_overview", "safety_soc", "safety_pt", "exposure",
    ];

    [Fact]
    public void The_command_succeeds_with_progress_on_stderr_and_a_summary_on_stdout()
    {
        var run = report.FirstRun;
        Assert.True(run.Code == 0, run.Err);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] steps = ["loading ", "efficacy...", "safety...", "tables...", "figures...", "writing ", "done in "];
        var at = steps.Select(s => Array.FindIndex(lines, l => l.StartsWith(s, StringComparison.Ordinal))).ToArray();
        Assert.All(at, i => Assert.True(i >= 0, run.Err));
        Assert.Equal(at.Order(), at);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Contains("report.html", run.Out);
        Assert.Contains("ard.csv (", run.Out);
    }

    [Fact]
    public void The_html_report_has_every_section_and_is_self_contained()
    {
        var html = report.Html;
        foreach (var anchor in new[] { "contents", "sec-efficacy", "sec-safety", HtmlReport.DataHandlingAnchor, HtmlReport.MethodsAnchor, HtmlReport.ProvenanceAnchor })
            Assert.Contains($"id=\"{anchor}\"", html);
        Assert.Contains("<h2>Data handling</h2>", html);
        Assert.Contains("<h2>Methods</h2>", html);
        Assert.Contains("<h2>Provenance</h2>", html);
        foreach (var id in ExpectedTables) Assert.Contains($"id=\"tbl-{id}\"", html);
        Assert.Contains("id=\"fig-ae-dot-plot\"", html);
        Assert.Contains("<svg", html);
        // nothing is fetched from elsewhere and nothing runs
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), html);
        // tables are numbered in report order
        var numbers = Regex.Matches(html, "<caption>(?:<[^>]+>)*Table (\\d+)\\.").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Enumerable.Range(1, ExpectedTables.Length), numbers);
    }

    [Fact]
    public void The_provenance_gives_the_sha256_of_every_input_file_and_the_version_but_no_time()
    {
        var html = report.Html;
        foreach (var name in new[] { "adsl.csv", "adeff.csv", "adae.csv", "adex.csv" })
        {
            var digest = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(Samples.Root, name)))).ToLowerInvariant();
            Assert.Contains($"<td class=\"as-left\">{name}</td><td class=\"as-left as-digest\">{digest}</td>", html);
        }
        Assert.Contains($"<p>Generated by AsAnalysis {ReportProvenance.CurrentLibraryVersion}.</p>", html);
        Assert.Contains("<td class=\"as-left\">Efficacy: control arm</td><td class=\"as-left\">Etanercept</td>", html);
        Assert.Contains("<td class=\"as-left\">Efficacy: analysis visits</td><td class=\"as-left\">Week 12, Week 48</td>", html);
    }

    [Fact]
    public void The_data_handling_section_counts_input_records_exclusions_and_imputations()
    {
        var html = report.Html;
        string Row(string category, string description, int count) =>
            $"<tr><td class=\"as-left\">{category}</td><td class=\"as-left\">{description}</td><td class=\"as-right\">{count}</td></tr>";
        // data-samples/README.md: 60 subjects, 9,702 assessments (54 empty AVAL), 64 AEs (3 pre-treatment), 1,662 administrations;
        // one randomized subject never treated (SAFFL = N).
        Assert.Contains(Row("Input", "adsl.csv: records read", 60), html);
        Assert.Contains(Row("Input", "adeff.csv: records read", 9702), html);
        Assert.Contains(Row("Input", "adae.csv: records read", 64), html);
        Assert.Contains(Row("Input", "adex.csv: records read", 1662), html);
        Assert.Contains("Efficacy records with an empty AVAL, kept as missing (a composite that needs the item is not derived at that visit)</td><td class=\"as-right\">54<", html);
        Assert.Contains(Row("Safety: exclusion", "Subjects not in the safety population (SAFFL not Y), excluded (subjects)", 1), html);
        Assert.Contains(Row("Safety: exclusion", "AE records not flagged treatment-emergent (TRTEMFL not Y), excluded (records)", 3), html);
        // the per-visit efficacy handling is summarised by reason; the never-treated subject is one of them
        var section = html[html.IndexOf("<section id=\"data-handling\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"methods\">", StringComparison.Ordinal)];
        foreach (var id in new[] { "t-dh-binary-nri", "t-dh-binary-observed", "t-dh-binary-locf", "t-dh-continuous" })
            Assert.Contains($"id=\"tbl-{id}\"", section);
        Assert.Contains("Never treated", section);
        Assert.Contains("Counted as non-responders", section);
    }

    [Fact]
    public void The_methods_section_names_every_method_used()
    {
        var html = report.Html;
        var methods = html[html.IndexOf("<section id=\"methods\">", StringComparison.Ordinal)..html.IndexOf("<footer", StringComparison.Ordinal)];
        foreach (var name in new[] { "[wilson]", "[clopper_pearson]", "[newcombe]", "[miettinen_nurminen]", "[fisher]", "[chisq]", "[woolf]",
                     "[ancova]", "[nri]", "[observed]", "[locf]", "[poisson_exact]", "[per_100py]", "Treatment-emergent adverse event (TEAE) rule" })
            Assert.Contains(name, methods);
        Assert.DoesNotContain("[cmh]", methods); // not stratified by default
    }

    [Fact]
    public void Ard_csv_has_the_contract_header_and_names_and_the_analyses_rows_in_order()
    {
        var path = Path.Combine(report.First, "ard.csv");
        var text = File.ReadAllText(path, Encoding.UTF8);
        Assert.StartsWith("analysis,endpoint,visit,arm,term,stat,method,value\n", text, StringComparison.Ordinal);
        var rows = ArdReader.Parse(text);
        Assert.Equal(ContractAnalyses.Order(StringComparer.Ordinal), rows.Select(r => r.Analysis).Distinct().Order(StringComparer.Ordinal));

        // exactly efficacy.ToArdRows() then safety.ToArdRows(), value for value (bit for bit through the round trip)
        var data = TrialDataLoader.LoadFolder(Samples.Root);
        IEnumerable<ArdRow> expected = EfficacyAnalysis.Run(data, new EfficacyOptions("Etanercept")).ToArdRows()
            .Concat(SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = "Etanercept" }).ToArdRows());
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Every_table_is_written_as_markdown_csv_and_rtf()
    {
        var tables = Path.Combine(report.First, "tables");
        foreach (var ext in new[] { "md", "csv", "rtf" })
        {
            var stems = ReportFiles.Stems(tables, ext);
            stems.Remove("all-tables");
            Assert.Equal(ExpectedTables.Order(StringComparer.Ordinal), stems);
        }
        Assert.True(File.Exists(Path.Combine(tables, "all-tables.rtf")));
        Assert.True(File.Exists(Path.Combine(tables, "all-tables.md")));
        // each table file is a complete document of its format
        foreach (var id in ExpectedTables)
        {
            Assert.StartsWith("{\\rtf1", File.ReadAllText(Path.Combine(tables, id + ".rtf")), StringComparison.Ordinal);
            Assert.StartsWith("**Table ", File.ReadAllText(Path.Combine(tables, id + ".md")), StringComparison.Ordinal);
            var csv = File.ReadAllBytes(Path.Combine(tables, id + ".csv"));
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
            var records = CsvGrid.Parse(Encoding.UTF8.GetString(csv.AsSpan(3)));
            Assert.True(records.Count >= 2);
            Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        }
        var rtfAll = File.ReadAllText(Path.Combine(tables, "all-tables.rtf"));
        Assert.Equal(ExpectedTables.Length - 1, Regex.Matches(rtfAll, @"\\sect\b").Count);
    }

    [Fact]
    public void Every_figure_is_in_the_report_and_written_as_png_and_svg()
    {
        var figures = Path.Combine(report.First, "figures");
        var png = ReportFiles.Stems(figures, "png");
        var svg = ReportFiles.Stems(figures, "svg");
        Assert.Equal(ExpectedFigures.Order(StringComparer.Ordinal), png);
        Assert.Equal(png, svg);
        // in the report, in order, numbered, the efficacy figures in the efficacy section and the AE dot plot in the safety section
        var html = report.Html;
        var inHtml = Regex.Matches(html, "<figure class=\"as-figure\" id=\"fig-([a-z0-9-]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ExpectedFigures, inHtml);
        var captions = Regex.Matches(html, "<figcaption>Figure (\\d+)\\. ").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, ExpectedFigures.Length), captions);
        int safety = html.IndexOf("<section id=\"sec-safety\">", StringComparison.Ordinal), dataHandling = html.IndexOf("<section id=\"data-handling\">", StringComparison.Ordinal);
        Assert.InRange(html.IndexOf("id=\"fig-response-rates\"", StringComparison.Ordinal), html.IndexOf("<section id=\"sec-efficacy\">", StringComparison.Ordinal), safety);
        Assert.InRange(html.IndexOf("id=\"fig-ae-dot-plot\"", StringComparison.Ordinal), safety, dataHandling);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        foreach (var id in png)
        {
            var bytes = File.ReadAllBytes(Path.Combine(figures, id + ".png"));
            Assert.Equal(signature, bytes[..8]);
            Assert.True(bytes.Length > 1000);
            var root = XDocument.Parse(File.ReadAllText(Path.Combine(figures, id + ".svg"))).Root!;
            Assert.Equal("svg", root.Name.LocalName);
        }
    }

    [Fact]
    public void Two_runs_write_identical_bytes()
    {
        Assert.Equal(0, report.SecondRun.Code);
        var a = ReportFiles.ReadAll(report.First);
        var b = ReportFiles.ReadAll(report.Second);
        Assert.Equal(a.Keys, b.Keys);
        Assert.True(a.Count >= 3 + 3 * ExpectedTables.Length + 2);
        foreach (var (name, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs between two runs");
    }
}

/// <summary>Test access to the internal CSV parser.</summary>
internal static class CsvGrid
{
    public static List<List<string>> Parse(string text) => CsvText.Parse(text).Select(r => r.Fields).ToList();
}
