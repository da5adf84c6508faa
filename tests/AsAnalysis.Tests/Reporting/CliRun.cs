using AsAnalysis.Cli;

namespace AsAnalysis.Tests.Reporting;

/// <summary>One in-process run of the command-line tool.</summary>
internal sealed record CliRun(int Code, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
