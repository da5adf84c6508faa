using AsAnalysis.Cli;
using AsAnalysis.Tests.Reporting;

namespace AsAnalysis.Tests.Cli;

/// <summary><c>--help</c> / <c>-h</c> print the command's usage and succeed, for both commands that read an export.</summary>
public class CommandHelpTests
{
    [Theory]
    [InlineData("validate", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("report", "--help")]
    [InlineData("report", "-h")]
    public void Help_prints_the_usage_and_exits_0(string command, string flag)
    {
        var run = CliRun.Of(command, flag);
        Assert.Equal(ExitCodes.Ok, run.Code);
        Assert.StartsWith($"usage: as-analysis {command} <folder>", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Err);
    }
}
