namespace AsAnalysis.Cli;

/// <summary>One sub-command of the tool (e.g. <c>validate</c>).</summary>
public interface ICliCommand
{
    /// <summary>The word that selects the command.</summary>
    string Name { get; }
    /// <summary>Usage line, e.g. <c>validate &lt;folder&gt;</c>.</summary>
    string Usage { get; }
    /// <summary>One-line description.</summary>
    string Summary { get; }
    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after the command name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
