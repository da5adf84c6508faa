using AsAnalysis.Ard;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Builders;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Safety;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AsAnalysis.Benchmarks.Scale;

/// <summary>
/// The pipeline on a pooled synthetic export of 10,000 and 100,000 subjects (8 visits, all 22 items: about 1.6 and
/// 16 million efficacy rows), generated once by the CLI's generator (<see cref="ScaleData"/>): loading, endpoint
/// derivation, the efficacy and safety analyses, every table, and the full report (tables, figures, HTML, ard.csv,
/// rendered in memory). Each operation takes seconds, so a run measures single invocations (monitoring strategy):
/// three warm-up and three measured iterations (the counts BenchmarkDotNet settled on with the ShortRun default of
/// Program.cs), in process.
/// <c>dotnet run -c Release --project benchmarks/AsAnalysis.Benchmarks -- --filter '*ScaleBenchmarks*'</c>
/// (add <c>--anyCategories ...</c> or a narrower filter such as <c>'*ScaleBenchmarks.Load*'</c> to run less; the
/// 100,000-subject cases take about 10 minutes in all). <c>scale</c> (see <see cref="ScaleRun"/>) gives the
/// per-phase peak memory in one run.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ScaleBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithId("Scale"));
    }

    private string _folder = "";
    private TrialData _data = null!;
    private EfficacyResults _efficacy = null!;
    private SafetyResults _safety = null!;

    /// <summary>Total subjects (two arms).</summary>
    [Params(10_000, 100_000)]
    public int Subjects { get; set; }

    /// <summary>Generates the export (first time only) and loads it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = ScaleData.Folder(Subjects, log: Console.Out);
        _data = TrialDataLoader.LoadFolder(_folder);
        _efficacy = EfficacyAnalysis.Run(_data, new EfficacyOptions("Etanercept"));
        _safety = SafetyAnalysis.Run(_data, new SafetyOptions { ControlArm = "Etanercept" });
    }

    /// <summary>Loading and validating the four CSV files.</summary>
    [Benchmark]
    public TrialData Load() => TrialDataLoader.LoadFolder(_folder);

    /// <summary>Every subject-visit endpoint record.</summary>
    [Benchmark]
    public EndpointDataset EndpointDerivation() => Endpoints.EndpointDerivation.DeriveSubjectVisits(_data);

    /// <summary>The efficacy analysis (derivation included): responses per arm, visit and handling, comparisons, ANCOVA.</summary>
    [Benchmark]
    public EfficacyResults Efficacy() => EfficacyAnalysis.Run(_data, new EfficacyOptions("Etanercept"));

    /// <summary>The safety analysis.</summary>
    [Benchmark]
    public SafetyResults Safety() => SafetyAnalysis.Run(_data, new SafetyOptions { ControlArm = "Etanercept" });

    /// <summary>Every efficacy and safety table rendered as HTML, and ard.csv, from finished analyses.</summary>
    [Benchmark]
    public long AllTables()
    {
        var html = new HtmlTableRenderer();
        long chars = 0;
        foreach (var table in new EfficacyTableBuilder().All(_efficacy).Concat(new SafetyTableBuilder().All(_safety)))
            chars += html.Render(table).Length;
        return chars + ArdWriter.ToCsv(_efficacy.ToArdRows().Concat(_safety.ToArdRows())).Length;
    }

    /// <summary>The report of the <c>report</c> command from loaded data: analyses, tables, figures, HTML, every file rendered in memory.</summary>
    [Benchmark]
    public int FullReport() => TrialReport.Build(_data, new ReportOptions("Etanercept")).Files().Count;
}
