namespace AsAnalysis.Cli;

/// <summary>Process exit codes of the command-line tool.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>Wrong usage: unknown command, bad or missing arguments, a folder that does not exist.</summary>
    public const int Usage = 1;
    /// <summary>The data have problems (listed on standard error).</summary>
    public const int BadData = 2;
}
