using System.Diagnostics;
using System.Globalization;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Safety;

namespace AsAnalysis.Cli.Commands;

/// <summary>
/// <c>report &lt;folder&gt; --out &lt;dir&gt; [--control ARM] [--visits 12,48] [--map FROM=TO]... [--arms N|any] [--vas PARAMCD]... [--timestamp]</c>:
/// loads an export, runs the efficacy and safety analyses and writes report.html, ard.csv, tables/ and figures/.
/// Progress goes to standard error; exit code 0 on success, 2 for bad data (the loader's problem list, or a control arm
/// that is not in the export), 1 for wrong usage or an output folder that cannot be written.
/// </summary>
public sealed class ReportCommand : ICliCommand
{
    /// <summary>The control arm when <c>--control</c> is not given.</summary>
    public const string DefaultControlArm = "Etanercept";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Name => "report";
    /// <inheritdoc />
    public string Usage => "report <folder> --out <dir> [--control Etanercept] [--visits 12,48] [--map FROM=TO]... [--arms N|any] [--vas PARAMCD]... [--timestamp]";
    /// <inheritdoc />
    public string Summary => "analyse an export; write report.html, ard.csv, tables/ and figures/";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string? folder = null, outDir = null;
        var control = DefaultControlArm;
        IReadOnlyList<decimal>? visits = null;
        var load = new ExportFolderOptions();
        var timestamp = false;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "--timestamp") { timestamp = true; continue; }
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
            switch (a)
            {
                case "--out":
                    outDir = args[++i];
                    if (string.IsNullOrWhiteSpace(outDir)) return UsageError(stderr, "--out needs a folder name.");
                    break;
                case "--control":
                    control = args[++i].Trim();
                    if (control.Length == 0) return UsageError(stderr, "--control needs an arm label, e.g. --control Etanercept.");
                    break;
                case "--visits":
                    visits = ParseVisits(args[++i]);
                    if (visits is null) return UsageError(stderr, "--visits expects analysis weeks after baseline separated by commas, e.g. --visits 12,48.");
                    break;
                default:
                    if (a.StartsWith('-') || folder is not null) return UsageError(stderr, $"unexpected argument '{a}'.");
                    folder = a;
                    break;
            }
        }
        if (folder is null) return UsageError(stderr, "the export folder is missing.");
        if (outDir is null) return UsageError(stderr, "--out <dir> is required.");

        if (!load.TryCreate(out var loadOptions, out var invalid)) return UsageError(stderr, invalid);
        ReportOptions reportOptions;
        try
        {
            var efficacy = new EfficacyOptions(control);
            if (visits is not null) efficacy = efficacy with { AnalysisWeeks = visits };
            reportOptions = new ReportOptions(efficacy, new SafetyOptions { ControlArm = control })
            {
                GeneratedAt = timestamp ? TruncateToSeconds(DateTimeOffset.UtcNow) : null,
                ExtraSettings = LoadSettings(load),
            };
        }
        catch (ArgumentException e)
        {
            return UsageError(stderr, e.Message);
        }

        var clock = Stopwatch.StartNew();
        stderr.WriteLine($"loading {folder}...");
        if (!ExportFolderOptions.TryLoad(Name, folder, loadOptions, stderr, out var data, out var exitCode)) return exitCode;

        if (CheckControl(data, reportOptions, control, stderr) is { } bad) return bad;
        if (!CanWrite(outDir, stderr)) return ExitCodes.Usage;

        TrialReportResult report;
        try
        {
            report = TrialReport.Build(data, reportOptions, message => stderr.WriteLine(message));
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"as-analysis report: the analyses cannot run on '{folder}': {e.Message}");
            return ExitCodes.BadData;
        }

        stderr.WriteLine($"writing {outDir}...");
        IReadOnlyList<ReportOutputFile> files;
        try
        {
            files = report.WriteTo(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"as-analysis report: cannot write to '{outDir}': {e.Message}");
            return ExitCodes.Usage;
        }
        stderr.WriteLine($"done in {clock.Elapsed.TotalSeconds.ToString("0.0", Inv)} s.");

        var tables = files.Count(f => f.RelativePath.StartsWith(TrialReportResult.TablesFolder + "/", StringComparison.Ordinal));
        var figures = files.Count(f => f.RelativePath.StartsWith(TrialReportResult.FiguresFolder + "/", StringComparison.Ordinal));
        stdout.WriteLine($"Wrote {Path.Combine(outDir, TrialReportResult.HtmlFileName)}, {Path.Combine(outDir, TrialReportResult.ArdFileName)} "
            + $"({report.ArdRows.Count.ToString(Inv)} rows), {tables.ToString(Inv)} files in {Path.Combine(outDir, TrialReportResult.TablesFolder)} "
            + $"({report.AllTables.Count.ToString(Inv)} tables) and {figures.ToString(Inv)} in {Path.Combine(outDir, TrialReportResult.FiguresFolder)} "
            + $"({report.Figures.Count.ToString(Inv)} figures).");
        return ExitCodes.Ok;
    }

    /// <summary>Parses <c>12,48</c> into weeks; null when a part is not a number above 0.</summary>
    private static IReadOnlyList<decimal>? ParseVisits(string text)
    {
        var weeks = new List<decimal>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!decimal.TryParse(part, NumberStyles.AllowDecimalPoint, Inv, out var w) || w <= 0m) return null;
            weeks.Add(w);
        }
        return weeks.Count == 0 ? null : weeks;
    }

    private static int? CheckControl(TrialData data, ReportOptions options, string control, TextWriter stderr)
    {
        foreach (var safety in new[] { false, true })
        {
            if (safety ? !TrialReport.RunsSafety(data, options) : !TrialReport.RunsEfficacy(data, options)) continue;
            var candidates = TrialReport.ControlCandidates(data, safety);
            if (candidates.Contains(control, StringComparer.Ordinal)) continue;
            stderr.WriteLine($"as-analysis report: the control arm '{control}' is not an arm of this export "
                + (safety ? "(actual arm TRT01A of the safety population)" : "(planned arm TRT01P of the full analysis set)") + ".");
            stderr.WriteLine($"  arms: {string.Join(", ", candidates)}");
            stderr.WriteLine("  choose one with --control <arm>.");
            return ExitCodes.BadData;
        }
        return null;
    }

    private static bool CanWrite(string outDir, TextWriter stderr)
    {
        try
        {
            if (File.Exists(outDir))
            {
                stderr.WriteLine($"as-analysis report: '{outDir}' is a file; --out needs a folder.");
                return false;
            }
            Directory.CreateDirectory(outDir);
            var probe = Path.Combine(outDir, ".as-analysis-write-test");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"as-analysis report: cannot write to '{outDir}': {e.Message}");
            return false;
        }
    }

    private static List<ProvenanceSetting> LoadSettings(ExportFolderOptions load)
    {
        var settings = new List<ProvenanceSetting>
        {
            new("Load: planned arms required", load.RequiredArmCount is { } n ? n.ToString(Inv) : "any"),
        };
        if (load.ColumnMap.Count > 0)
            settings.Add(new("Load: column map", string.Join(", ", load.ColumnMap.OrderBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => kv.Key + "=" + kv.Value))));
        if (load.VasParameters.Count > 0)
            settings.Add(new("Load: 0-100 VAS parameters", string.Join(", ", load.VasParameters.Select(v => v.ToUpperInvariant()).Order(StringComparer.Ordinal))));
        return settings;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, t.Offset);

    private int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"as-analysis report: {message}");
        stderr.WriteLine($"usage: as-analysis {Usage}");
        return ExitCodes.Usage;
    }
}
