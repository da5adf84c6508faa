using AsAnalysis.Cli;
using AsAnalysis.Tests.Data;
using AsAnalysis.Tests.Reporting;

namespace AsAnalysis.Tests.Cli;

/// <summary>
/// <c>report</c> and <c>validate</c> share the load options (<c>--map</c>, <c>--vas</c>, <c>--arms</c>) and the loading of the
/// export folder: the same input gives the same message and exit code in both, only the command name differs.
/// </summary>
public class ExportFolderOptionsTests
{
    private static readonly string NL = Environment.NewLine;

    [Theory]
    [InlineData(new[] { "--arms", "1" }, "--arms expects a number of at least 2, or 'any'.")]
    [InlineData(new[] { "--arms", "two" }, "--arms expects a number of at least 2, or 'any'.")]
    [InlineData(new[] { "--map", "NOEQUALS" }, "--map expects FROM=TO once per header, e.g. --map SUBJECT_ID=USUBJID.")]
    [InlineData(new[] { "--map", "ARM=TRT01P", "--map", "arm=TRT01A" }, "--map expects FROM=TO once per header, e.g. --map SUBJECT_ID=USUBJID.")]
    [InlineData(new[] { "--vas", "CRP" }, "'CRP' is not a 0-10 rating-scale parameter code")] // the library's message
    [InlineData(new[] { "--arms" }, "--arms needs a value.")]
    public void A_bad_load_option_gives_the_same_usage_error_in_both_commands(string[] options, string message)
    {
        using var temp = new TempFolder();
        var validate = CliRun.Of(["validate", Samples.Root, .. options]);
        var report = CliRun.Of(["report", Samples.Root, "--out", temp.Sub("out"), .. options]);

        Assert.Equal(ExitCodes.Usage, validate.Code);
        Assert.Equal(ExitCodes.Usage, report.Code);
        Assert.Equal("", validate.Out);
        Assert.Equal("", report.Out);
        var validateLines = validate.Err.Split(NL);
        var reportLines = report.Err.Split(NL);
        Assert.StartsWith("as-analysis validate: " + message, validateLines[0], StringComparison.Ordinal);
        Assert.Equal("as-analysis report: " + validateLines[0]["as-analysis validate: ".Length..], reportLines[0]);
        Assert.StartsWith("usage: as-analysis validate <folder>", validateLines[1], StringComparison.Ordinal);
        Assert.StartsWith("usage: as-analysis report <folder>", reportLines[1], StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Sub("out")));
    }

    [Fact]
    public void A_missing_folder_gives_the_same_message_in_both_commands()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("no-such-export");
        var validate = CliRun.Of("validate", folder);
        var report = CliRun.Of("report", folder, "--out", temp.Sub("out"));

        Assert.Equal(new CliRun(ExitCodes.Usage, "", $"as-analysis validate: the folder '{folder}' does not exist.{NL}"), validate);
        Assert.Equal(new CliRun(ExitCodes.Usage, "", $"loading {folder}...{NL}as-analysis report: the folder '{folder}' does not exist.{NL}"), report);
    }

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("missing-adsl")]
    [InlineData("three-arms")]
    [InlineData("not-a-number", "--arms", "3")] // the options reach the loader: a second problem (only 2 planned arms)
    public void Bad_data_gives_the_same_problem_list_in_both_commands(string bad, params string[] options)
    {
        using var temp = new TempFolder();
        var folder = Samples.Bad(bad);
        var validate = CliRun.Of(["validate", folder, .. options]);
        var report = CliRun.Of(["report", folder, "--out", temp.Sub("out"), .. options]);

        Assert.Equal(ExitCodes.BadData, validate.Code);
        Assert.StartsWith($"{folder}: The trial export has ", validate.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", validate.Err);
        Assert.Equal(new CliRun(ExitCodes.BadData, "", $"loading {folder}...{NL}" + validate.Err), report);
        Assert.Equal("", validate.Out);
        Assert.Equal(options.Length > 0, validate.Err.Contains("only 2 planned arms", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("any")]
    [InlineData("3")]
    public void Arms_lets_both_commands_load_a_three_arm_export(string arms)
    {
        using var temp = new TempFolder();
        var folder = Samples.Bad("three-arms");
        var validate = CliRun.Of("validate", folder, "--arms", arms);
        var report = CliRun.Of("report", folder, "--out", temp.Sub("out"), "--arms", arms);

        Assert.True(validate.Code == ExitCodes.Ok, validate.Err);
        Assert.True(report.Code == ExitCodes.Ok, report.Err);
        Assert.Contains("Placebo", validate.Out);
        Assert.True(File.Exists(Path.Combine(temp.Sub("out"), "report.html")));
    }
}
