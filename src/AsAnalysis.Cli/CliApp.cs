using AsAnalysis.Cli.Commands;

namespace AsAnalysis.Cli;

/// <summary>The command dispatcher; <c>Program</c> calls <see cref="Run"/>. Tests call it in-process.</summary>
public static class CliApp
{
    /// <summary>The commands, in the order shown by the usage text. Add new commands here.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new ReportCommand(),
        new ValidateCommand(),
        new GenerateCommand(),
    ];

    /// <summary>Runs the tool.</summary>
    /// <param name="args">Command-line arguments: a command name and its arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteUsage(args.Length == 0 ? stderr : stdout);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            stderr.WriteLine($"as-analysis: unknown command '{args[0]}'.");
            WriteUsage(stderr);
            return ExitCodes.Usage;
        }
        return command.Run(args[1..], stdout, stderr);
    }

    private static void WriteUsage(TextWriter w)
    {
        w.WriteLine("usage: as-analysis <command> [arguments]");
        w.WriteLine();
        foreach (var c in Commands) w.WriteLine($"  {c.Usage,-60} {c.Summary}");
    }
}
