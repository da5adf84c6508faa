using AsAnalysis.Data;
using AsAnalysis.Reporting;
using BenchmarkDotNet.Attributes;

namespace AsAnalysis.Benchmarks.Scale;

/// <summary>
/// The 60-subject sample export (data-samples/): the full report after warm-up (goal: under 1 s), and loading.
/// <c>dotnet run -c Release --project benchmarks/AsAnalysis.Benchmarks -- --filter '*SampleReport*'</c>.
/// </summary>
[MemoryDiagnoser]
public class SampleReportBenchmarks
{
    private string _folder = "";
    private TrialData _data = null!;

    /// <summary>Finds data-samples/ above the benchmark binary and loads it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = FindSamples();
        _data = TrialDataLoader.LoadFolder(_folder);
    }

    /// <summary>Loading the sample export.</summary>
    [Benchmark]
    public TrialData Load() => TrialDataLoader.LoadFolder(_folder);

    /// <summary>The report of the <c>report</c> command from loaded data: analyses, tables, figures, HTML, every file rendered in memory.</summary>
    [Benchmark]
    public int Report() => TrialReport.Build(_data, new ReportOptions("Etanercept")).Files().Count;

    /// <summary>Load and report, as the <c>report</c> command does (without writing the files).</summary>
    [Benchmark]
    public int LoadAndReport() => TrialReport.Build(TrialDataLoader.LoadFolder(_folder), new ReportOptions("Etanercept")).Files().Count;

    /// <summary>The repository's data-samples folder, searched upwards from the current and the binary's directory.</summary>
    internal static string FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "data-samples", "adsl.csv"))) return Path.Combine(dir.FullName, "data-samples");
        throw new DirectoryNotFoundException("data-samples/ not found above " + Directory.GetCurrentDirectory());
    }
}
