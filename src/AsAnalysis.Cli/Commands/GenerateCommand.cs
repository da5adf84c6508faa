using System.Globalization;
using AsAnalysis.Cli.Generation;

namespace AsAnalysis.Cli.Commands;

/// <summary><c>generate --out &lt;folder&gt; [--seed N] [--subjects-per-arm N]</c>: writes a synthetic trial export.</summary>
public sealed class GenerateCommand : ICliCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Name => "generate";
    /// <inheritdoc />
    public string Usage => "generate --out <folder> [--seed 20160620] [--subjects-per-arm 30]";
    /// <inheritdoc />
    public string Summary => "write a seeded synthetic export of the MSC vs Etanercept trial";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? output = null;
        var options = SyntheticTrialOptions.Default;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (i + 1 >= args.Count) return UsageError(stderr, $"unexpected argument '{a}'.");
            var value = args[++i];
            switch (a)
            {
                case "--out":
                    output = value;
                    break;
                case "--seed":
                    if (!long.TryParse(value, NumberStyles.AllowLeadingSign, Inv, out var seed)) return UsageError(stderr, "--seed expects an integer.");
                    options = options with { Seed = seed };
                    break;
                case "--subjects-per-arm":
                    if (!int.TryParse(value, NumberStyles.None, Inv, out var n) || n < 5 || n > 5_000_000)
                        return UsageError(stderr, "--subjects-per-arm expects a whole number from 5 to 5000000.");
                    options = options with { SubjectsPerArm = n };
                    break;
                default:
                    return UsageError(stderr, $"unexpected argument '{a}'.");
            }
        }
        if (output is null) return UsageError(stderr, "--out <folder> is required.");
        try
        {
            var counts = SyntheticTrialGenerator.Generate(output, options);
            stdout.WriteLine($"Wrote {output}: adsl.csv {counts.Subjects.ToString(Inv)} rows, adeff.csv {counts.Assessments.ToString(Inv)}, " +
                $"adae.csv {counts.AdverseEvents.ToString(Inv)}, adex.csv {counts.Administrations.ToString(Inv)} " +
                $"(seed {options.Seed.ToString(Inv)}, {options.SubjectsPerArm.ToString(Inv)} subjects per arm).");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"as-analysis generate: cannot write to '{output}': {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"as-analysis generate: {message}");
        stderr.WriteLine($"usage: as-analysis {Usage}");
        return ExitCodes.Usage;
    }
}
