using System.Diagnostics;
using System.Globalization;
using AsAnalysis.Ard;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Builders;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Safety;

namespace AsAnalysis.Benchmarks.Scale;

/// <summary>
/// One-shot phase breakdown of the whole pipeline at scale (not BenchmarkDotNet: one run of each phase, the way the CLI
/// runs them): wall time, CPU time, allocations, garbage collections and GC pause, peak resident memory of each phase
/// (Linux: VmHWM, reset before the phase) and the managed heap kept afterwards.
/// <c>dotnet run -c Release --project benchmarks/AsAnalysis.Benchmarks -- scale [--subjects N]... [--data DIR] [--repeat K]</c>.
/// </summary>
public static class ScaleRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the phase breakdown.</summary>
    /// <param name="args">
    /// <c>--subjects N</c> (repeatable; default 10000 and 100000), <c>--data DIR</c> (cache folder of the generated exports),
    /// <c>--repeat K</c> (run the phases K times in the same process; later runs are warm), <c>--no-gc</c> (no full
    /// collection between phases: the process as the CLI runs it; per-phase memory is then not meaningful), <c>--raw</c>
    /// (also time reading adeff.csv into raw rows without conversion: the CSV parser's share of the load),
    /// <c>--only PHASE</c> (stop after the phase whose name starts with PHASE, e.g. <c>load</c>), <c>--latency MODE</c>
    /// (a <see cref="System.Runtime.GCLatencyMode"/> for the whole run, e.g. <c>SustainedLowLatency</c>).
    /// </param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var sizes = new List<int>();
        string? root = null;
        var repeat = 1;
        var collect = true;
        var raw = false;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--subjects" when i + 1 < args.Length: sizes.Add(int.Parse(args[++i], NumberStyles.None, Inv)); break;
                case "--data" when i + 1 < args.Length: root = args[++i]; break;
                case "--repeat" when i + 1 < args.Length: repeat = int.Parse(args[++i], NumberStyles.None, Inv); break;
                case "--no-gc": collect = false; break;
                case "--raw": raw = true; break;
                case "--only" when i + 1 < args.Length: only = args[++i]; break;
                case "--latency" when i + 1 < args.Length: System.Runtime.GCSettings.LatencyMode = Enum.Parse<System.Runtime.GCLatencyMode>(args[++i], ignoreCase: true); break;
                default:
                    Console.Error.WriteLine("usage: scale [--subjects N]... [--data DIR] [--repeat K] [--no-gc] [--raw] [--only PHASE] [--latency MODE]");
                    return 1;
            }
        }
        if (sizes.Count == 0) sizes = [10_000, 100_000];
        Console.WriteLine(string.Create(Inv, $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} {System.Runtime.GCSettings.LatencyMode}, load average {LoadAverage()}"));
        foreach (var subjects in sizes)
        {
            var folder = ScaleData.Folder(subjects, root, Console.Out);
            for (var run = 1; run <= repeat; run++)
            {
                Console.WriteLine();
                Console.WriteLine(string.Create(Inv, $"{subjects:N0} subjects ({folder}), run {run}"));
                RunOnce(folder, collect, raw, only);
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
        }
        return 0;
    }

    // A method of its own, so that nothing of a run stays reachable from the caller's frame afterwards.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void RunOnce(string folder, bool collect, bool raw, string? only)
    {
        Console.WriteLine("| phase | wall s | CPU s | allocated MB | GC 0/1/2 | GC pause s | peak RSS MB | heap after MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var total = Stopwatch.StartNew();
        (_stopAfter, _stopped) = (only, false);
        ResetPeakRss();
        TrialData? data = null;
        if (raw)
            Phase("  (adeff.csv read only: CsvTableReader rows, no conversion)", collect, () =>
            {
                long fields = 0;
                foreach (var row in TableReaders.Csv.Read(Path.Combine(folder, "adeff.csv"), "adeff.csv").Rows) fields += row.Fields.Length;
                return fields;
            });
        Phase("load (TrialDataLoader.LoadFolder)", collect, () => data = TrialDataLoader.LoadFolder(folder));
        Phase("summary (validate's TrialData.Summarize)", collect, () => data!.Summarize());
        Phase("endpoint derivation (EndpointDerivation.DeriveSubjectVisits)", collect, () => EndpointDerivation.DeriveSubjectVisits(data!));
        EfficacyResults? efficacy = null;
        SafetyResults? safety = null;
        Phase("efficacy analysis (EfficacyAnalysis.Run, derivation included)", collect, () => efficacy = EfficacyAnalysis.Run(data!, new EfficacyOptions("Etanercept")));
        Phase("safety analysis (SafetyAnalysis.Run)", collect, () => safety = SafetyAnalysis.Run(data!, new SafetyOptions { ControlArm = "Etanercept" }));
        Phase("all tables: build, render HTML, ard.csv", collect, () => Tables(efficacy!, safety!));
        efficacy = null;
        safety = null;
        var output = Path.Combine(Path.GetTempPath(), "asanalysis-scale-report");
        Phase("report without figures (TrialReport.Build, IncludeFigures = false, written)", collect, () => Report(data!, output, figures: false));
        Phase("full report (TrialReport.Build with figures, written)", collect, () => Report(data!, output, figures: true));
        Console.WriteLine(string.Create(Inv, $"| total | {total.Elapsed.TotalSeconds:F2} | | | | | {PeakRssMb():F0} (process{(collect ? ", last phase" : "")}) | |"));
        Console.WriteLine($"load average {LoadAverage()}");
    }

    /// <summary>The report the CLI's <c>report</c> command builds, on data already loaded, written to <paramref name="output"/>.</summary>
    private static int Report(TrialData data, string output, bool figures)
    {
        var report = TrialReport.Build(data, new ReportOptions("Etanercept") { IncludeFigures = figures });
        return report.WriteTo(output).Count;
    }

    /// <summary>Every efficacy and safety table, rendered as HTML, and the ard.csv text of both analyses.</summary>
    private static long Tables(EfficacyResults efficacy, SafetyResults safety)
    {
        var html = new HtmlTableRenderer();
        long chars = 0;
        foreach (var table in new EfficacyTableBuilder().All(efficacy).Concat(new SafetyTableBuilder().All(safety)))
            chars += html.Render(table).Length;
        chars += ArdWriter.ToCsv(efficacy.ToArdRows().Concat(safety.ToArdRows())).Length;
        return chars;
    }

    private static string? _stopAfter;
    private static bool _stopped;

    private static void Phase(string name, bool collect, Func<object?> body)
    {
        if (_stopped) return;
        if (_stopAfter is not null && name.StartsWith(_stopAfter, StringComparison.Ordinal)) _stopped = true;
        if (collect)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            ResetPeakRss();
        }
        var gc = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = body();
        wall.Stop();
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        var counts = $"{GC.CollectionCount(0) - gc[0]}/{GC.CollectionCount(1) - gc[1]}/{GC.CollectionCount(2) - gc[2]}";
        var pauseS = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        var peak = PeakRssMb();
        double? heapAfter = null;
        if (collect)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            heapAfter = GC.GetTotalMemory(forceFullCollection: false) / 1048576.0;
        }
        GC.KeepAlive(result);
        Console.WriteLine(string.Create(Inv,
            $"| {name} | {wall.Elapsed.TotalSeconds:F2} | {cpuUsed.TotalSeconds:F2} | {allocatedMb:F0} | {counts} | {pauseS:F2} | {peak:F0} | {(heapAfter is double h ? h.ToString("F0", Inv) : "")} |"));
    }

    /// <summary>Resets the process's peak resident set (Linux: writing 5 to /proc/self/clear_refs); no-op elsewhere.</summary>
    private static void ResetPeakRss()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Peak resident set since the last reset, MB (Linux VmHWM; elsewhere the process's peak working set).</summary>
    private static double PeakRssMb()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], Inv) / 1024.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    private static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "n/a"; }
    }
}
