using System.Text;
using AsAnalysis.Ard;
using AsAnalysis.Cli;
using AsAnalysis.Reporting;
using AsAnalysis.Tests.Data;
using AsAnalysis.Tests.Reporting;

namespace AsAnalysis.Tests.Cli;

/// <summary>The <c>report</c> command's arguments, exit codes and messages (the full sample report is in ReportEndToEndTests).</summary>
public class ReportCommandTests
{
    private static readonly string[] ColumnMap =
    [
        "--map", "SUBJECT_ID=USUBJID", "--map", "ARM=TRT01P", "--map", "ITT=ITTFL", "--map", "SAFETY=SAFFL",
        "--map", "PARAMETER=PARAMCD", "--map", "WEEK=AVISITN", "--map", "RESULT=AVAL",
        "--map", "BODY_SYSTEM=AEBODSYS", "--map", "PREFERRED_TERM=AEDECOD", "--map", "SEVERITY=AESEV", "--map", "SERIOUS=AESER",
        "--map", "ONSET=ASTDT",
    ];

    [Fact]
    public void Report_is_listed_first_in_the_usage()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(ExitCodes.Ok, run.Code);
        var first = run.Out.Split('\n').First(l => l.StartsWith("  ", StringComparison.Ordinal));
        Assert.StartsWith("  report <folder> --out <dir>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_data_exits_with_2_and_the_loaders_problem_list_without_writing()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("report", Samples.Bad("not-a-number"), "--out", temp.Sub("out"));
        Assert.Equal(ExitCodes.BadData, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains("The trial export has 1 problem:", run.Err);
        Assert.Contains("adeff.csv:5, column AVAL, value '3,5': not a number", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(File.Exists(Path.Combine(temp.Sub("out"), "report.html")));
    }

    [Fact]
    public void An_unknown_control_arm_exits_with_2_and_lists_the_arms()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("report", Samples.Root, "--out", temp.Sub("out"), "--control", "Placebo");
        Assert.Equal(ExitCodes.BadData, run.Code);
        Assert.Contains("the control arm 'Placebo' is not an arm of this export", run.Err);
        Assert.Contains("arms: Etanercept, MSC", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(File.Exists(Path.Combine(temp.Sub("out"), "report.html")));
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error_with_a_clear_message()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("report", temp.Sub("no-such-export"), "--out", temp.Sub("out"));
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("does not exist", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var file = temp.Sub("taken");
        File.WriteAllText(file, "x");
        var run = CliRun.Of(["report", Samples.ColumnMapped, "--out", file, .. ColumnMap]);
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("is a file; --out needs a folder", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        var below = CliRun.Of(["report", Samples.ColumnMapped, "--out", Path.Combine(file, "sub"), .. ColumnMap]);
        Assert.Equal(ExitCodes.Usage, below.Code);
        Assert.Contains("cannot write to", below.Err);
        Assert.DoesNotContain("   at ", below.Err);
    }

    [Theory]
    [InlineData(new string[0], "the export folder is missing")]
    [InlineData(new[] { "data-samples" }, "--out <dir> is required")]
    [InlineData(new[] { "data-samples", "--out" }, "--out needs a value")]
    [InlineData(new[] { "data-samples", "--out", "x", "--visits", "12,abc" }, "--visits expects")]
    [InlineData(new[] { "data-samples", "--out", "x", "--visits", "0" }, "--visits expects")]
    [InlineData(new[] { "data-samples", "--out", "x", "--arms", "1" }, "--arms expects")]
    [InlineData(new[] { "data-samples", "--out", "x", "--map", "NOEQUALS" }, "--map expects")]
    [InlineData(new[] { "data-samples", "--out", "x", "--vas", "CRP" }, "not a 0-10 rating-scale parameter")]
    [InlineData(new[] { "data-samples", "other", "--out", "x" }, "unexpected argument 'other'")]
    [InlineData(new[] { "data-samples", "--out", "x", "--bogus", "1" }, "unexpected argument '--bogus'")]
    public void Wrong_usage_exits_with_1(string[] args, string message)
    {
        var run = CliRun.Of(["report", .. args]);
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains(message, run.Err);
        Assert.Contains("usage: as-analysis report <folder> --out <dir>", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void Options_reach_the_analyses_and_the_provenance()
    {
        using var temp = new TempFolder();
        var output = temp.Sub("out");
        var run = CliRun.Of(["report", Samples.ColumnMapped, "--out", output, "--control", "MSC", "--visits", "12", .. ColumnMap]);
        Assert.True(run.Code == ExitCodes.Ok, run.Err);
        var rows = ArdReader.ReadFile(Path.Combine(output, "ard.csv"));
        var comparisons = rows.Where(r => r.Arm == "difference" && r.Analysis.StartsWith("efficacy_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(comparisons);
        Assert.All(comparisons, r => Assert.Equal("Week 12", r.Visit));            // --visits 12: no Week 48 comparison
        var html = File.ReadAllText(Path.Combine(output, "report.html"), Encoding.UTF8);
        Assert.Contains("<td class=\"as-left\">Efficacy: control arm</td><td class=\"as-left\">MSC</td>", html);
        Assert.Contains("<td class=\"as-left\">Safety: control arm</td><td class=\"as-left\">MSC</td>", html);
        Assert.Contains("<td class=\"as-left\">Efficacy: analysis visits</td><td class=\"as-left\">Week 12</td>", html);
        Assert.Contains("<td class=\"as-left\">Load: column map</td><td class=\"as-left\">ARM=TRT01P, BODY_SYSTEM=AEBODSYS,", html);
        Assert.Contains("Etanercept versus MSC", html);
        Assert.Contains($"<p>Generated by AsAnalysis {AsAnalysis.Reporting.Html.ReportProvenance.CurrentLibraryVersion}.</p>", html); // no time by default
    }

    [Fact]
    public void Timestamp_is_shown_only_when_asked_for()
    {
        using var temp = new TempFolder();
        var output = temp.Sub("out");
        var run = CliRun.Of(["report", Samples.ColumnMapped, "--out", output, "--timestamp", .. ColumnMap]);
        Assert.True(run.Code == ExitCodes.Ok, run.Err);
        var html = File.ReadAllText(Path.Combine(output, "report.html"), Encoding.UTF8);
        Assert.Matches(@"<p>Generated by AsAnalysis [^<]+ at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00\.</p>", html);
    }

    [Fact]
    public void A_folder_without_adeff_gives_the_safety_report_only()
    {
        using var temp = new TempFolder();
        var export = temp.Sub("export");
        Directory.CreateDirectory(export);
        foreach (var name in new[] { "adsl.csv", "adae.csv", "adex.csv" })
            File.Copy(Path.Combine(Samples.Root, name), Path.Combine(export, name));
        var output = temp.Sub("out");
        var run = CliRun.Of("report", export, "--out", output);
        Assert.True(run.Code == ExitCodes.Ok, run.Err);
        Assert.DoesNotContain("efficacy...", run.Err);
        var rows = ArdReader.ReadFile(Path.Combine(output, "ard.csv"));
        Assert.All(rows, r => Assert.DoesNotContain("efficacy", r.Analysis));
        var html = File.ReadAllText(Path.Combine(output, "report.html"), Encoding.UTF8);
        Assert.Contains("id=\"sec-safety\"", html);
        Assert.DoesNotContain("id=\"sec-efficacy\"", html);
        Assert.False(File.Exists(Path.Combine(output, "tables", "t-efficacy-population.md")));
        Assert.True(File.Exists(Path.Combine(output, "tables", "t-safety-overview.rtf")));
    }
}
