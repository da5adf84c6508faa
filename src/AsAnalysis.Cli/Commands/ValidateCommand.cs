using System.Globalization;
using AsAnalysis.Data;

namespace AsAnalysis.Cli.Commands;

/// <summary><c>validate &lt;folder&gt;</c>: loads an export and prints a summary, or every problem found (exit code 2).</summary>
public sealed class ValidateCommand : ICliCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Name => "validate";
    /// <inheritdoc />
    public string Usage => "validate <folder> [--arms N|any] [--map FROM=TO]... [--vas PARAMCD]...";
    /// <inheritdoc />
    public string Summary => "check a trial export; print what it holds or every problem";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? folder = null;
        var load = new ExportFolderOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "-h" or "--help")
            {
                stdout.WriteLine($"usage: as-analysis {Usage}");
                return ExitCodes.Ok;
            }
            if (a.StartsWith("--", StringComparison.Ordinal) && i + 1 >= args.Count) return UsageError(stderr, $"{a} needs a value.");
            if (load.TryParse(args, ref i, out var error))
            {
                if (error is not null) return UsageError(stderr, error);
                continue;
            }
            if (a.StartsWith('-') || folder is not null) return UsageError(stderr, $"unexpected argument '{a}'.");
            folder = a;
        }
        if (folder is null) return UsageError(stderr, "the export folder is missing.");
        if (!load.TryCreate(out var options, out var invalid)) return UsageError(stderr, invalid);
        if (!ExportFolderOptions.TryLoad(Name, folder, options, stderr, out var data, out var exitCode)) return exitCode;

        WriteSummary(stdout, folder, data.Summarize());
        return ExitCodes.Ok;
    }

    private int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"as-analysis validate: {message}");
        stderr.WriteLine($"usage: as-analysis {Usage}");
        return ExitCodes.Usage;
    }

    /// <summary>Writes the summary table shown by <c>validate</c>.</summary>
    /// <param name="w">Output.</param>
    /// <param name="folder">Folder name shown in the title.</param>
    /// <param name="s">The summary.</param>
    public static void WriteSummary(TextWriter w, string folder, TrialDataSummary s)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(s);
        w.WriteLine($"Trial export {folder}: OK, no problems found.");
        w.WriteLine("Files: " + string.Join(", ", s.SourceFiles.Select(f => $"{f.Name} ({f.Records.ToString(Inv)} rows)")));
        w.WriteLine();

        w.WriteLine("Subjects by planned arm (TRT01P)");
        Table(w, ["arm", "randomized", "ITT", "safety", "per-protocol", "discontinued"],
            s.Arms.Select(a => new[] { a.Arm, N(a.Randomized), N(a.Itt), N(a.Safety), N(a.PerProtocol), N(a.Discontinued) })
              .Append(["total", N(s.Arms.Sum(a => a.Randomized)), N(s.Arms.Sum(a => a.Itt)), N(s.Arms.Sum(a => a.Safety)),
                  N(s.Arms.Sum(a => a.PerProtocol)), N(s.Arms.Sum(a => a.Discontinued))]));
        w.WriteLine();

        w.WriteLine("Efficacy assessments by visit (AVISITN)");
        if (s.Visits.Count == 0) w.WriteLine("  none (no adeff file: safety analyses only)");
        else
            Table(w, ["week", "visit", "subjects", "records", "missing AVAL"],
                s.Visits.Select(v => new[] { v.VisitWeek.ToString(Inv), v.Label, N(v.Subjects), N(v.Records), N(v.MissingValues) }));
        var other = s.Parameters.Where(p => !p.Known).ToArray();
        var known = s.Parameters.Where(p => p.Known).ToArray();
        if (s.Visits.Count > 0)
        {
            w.WriteLine($"  parameters: {known.Length.ToString(Inv)} known ({string.Join(", ", known.Select(p => p.ParamCd))})");
            var missingKnown = ParamCodes.All.Where(c => c is not ParamCodes.Basdai and not ParamCodes.Basfi && known.All(p => p.ParamCd != c)).ToArray();
            if (missingKnown.Length > 0) w.WriteLine($"  not in the export: {string.Join(", ", missingKnown)}");
            if (other.Length > 0)
                w.WriteLine($"  other parameters, kept but not analysed: {string.Join(", ", other.Select(p => $"{p.ParamCd} ({N(p.Records)} records)"))}");
        }
        w.WriteLine();

        w.WriteLine("Adverse events by actual arm (TRT01A)");
        if (!s.SuppliedTables.HasFlag(TrialTables.AdverseEvents))
            w.WriteLine("  none (no adae file: efficacy analyses only)");
        else
            Table(w, ["arm", "records", "subjects", "serious", "TRTEMFL=N"],
                s.AdverseEvents.Select(e => new[] { e.Arm, N(e.Records), N(e.Subjects), N(e.Serious), N(e.FlaggedNotEmergent) }));
        w.WriteLine();

        w.WriteLine("Exposure by actual arm (TRT01A)");
        if (!s.SuppliedTables.HasFlag(TrialTables.Exposures))
            w.WriteLine("  none (no adex file)");
        else
            Table(w, ["arm", "administrations", "subjects"],
                s.Exposure.Select(e => new[] { e.Arm, N(e.Administrations), N(e.Subjects) }));
    }

    private static string N(int n) => n.ToString(Inv);

    private static void Table(TextWriter w, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToArray();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        var numeric = Enumerable.Range(0, header.Length)
            .Select(c => all.Skip(1).All(r => decimal.TryParse(r[c], NumberStyles.Number, Inv, out _))).ToArray();
        foreach (var r in all)
        {
            var cells = r.Select((cell, c) => numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            w.WriteLine(("  " + string.Join("  ", cells)).TrimEnd());
        }
    }
}
