using System.Diagnostics;
using System.Globalization;
using System.Text;
using AsAnalysis.Data;
using AsAnalysis.Data.Sas7bdat;
using AsAnalysis.Data.Xpt;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AsAnalysis.Benchmarks;

/// <summary>
/// Reading one 1,000,000-row efficacy table (11 variables: 6 character, 5 numeric with a DATE9. date) in each input
/// format, reported in MB/s of file and million rows per second beside the mean time:
/// <list type="bullet">
/// <item>CSV through the loader's reader (src/AsAnalysis/Data/CsvTableReader.cs): text fields;</item>
/// <item>SAS transport (XPT) through <see cref="XptReader"/> (typed values) and through the loader's table reader (text fields);</item>
/// <item>SAS7BDAT through <see cref="Sas7bdatReader.ReadRecords"/> (typed values, streamed by page) and through the
/// loader-shaped <see cref="Sas7bdatTableReader"/> (text fields, as the CSV path gives them), uncompressed, RLE- and
/// RDC-compressed (written by the library's test writer, <see cref="Sas7bdatWriter"/>), and uncompressed as written
/// by R haven (ReadStat) when R is installed.</item>
/// </list>
/// Every benchmark reads the whole file and touches every value. The inputs are generated once into
/// <c>$TMPDIR/asanalysis-sas7bdat-bench</c> (about 0.6 GB; never committed): the CSV, XPT and haven files by R
/// (<c>Rscript</c> with haven and data.table) from the same rows, the other SAS7BDAT files by the writer.
/// <c>dotnet run -c Release --project benchmarks/AsAnalysis.Benchmarks -- --filter '*Sas7bdatReadBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class Sas7bdatReadBenchmarks
{
    /// <summary>Rows of the generated table.</summary>
    public const int Rows = 1_000_000;

    private static readonly string Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "asanalysis-sas7bdat-bench");
    private static readonly Dictionary<string, string> FileOf = new(StringComparer.Ordinal)
    {
        [nameof(CsvTableReader)] = "adeff.csv",
        [nameof(XptReadFile)] = "adeff.xpt",
        [nameof(XptTableReader)] = "adeff.xpt",
        [nameof(Sas7bdatRecords)] = "adeff.sas7bdat",
        [nameof(Sas7bdatTableReader)] = "adeff.sas7bdat",
        [nameof(Sas7bdatRecordsRle)] = "adeff-rle.sas7bdat",
        [nameof(Sas7bdatRecordsRdc)] = "adeff-rdc.sas7bdat",
        [nameof(Sas7bdatRecordsHaven)] = "adeff-haven.sas7bdat",
    };

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("Read1M"));
            AddColumn(new ThroughputColumn("MB/s", "MB of file per second", (bytes, seconds) => bytes / 1e6 / seconds));
            AddColumn(new ThroughputColumn("Mrows/s", "million rows per second", (_, seconds) => Rows / 1e6 / seconds));
            AddColumn(new ThroughputColumn("File MB", "size of the file read", (bytes, _) => bytes / 1e6));
        }
    }

    /// <summary>Generates the inputs when absent (the rows are a pure function of the row number).</summary>
    [GlobalSetup]
    public void Setup() => Generate();

    /// <summary>CSV: the loader's CSV reader, every field as text.</summary>
    [Benchmark(Baseline = true)]
    public long CsvTableReader() => CountFields(TableReaders.Csv.Read(Path(nameof(CsvTableReader)), "adeff.csv"));

    /// <summary>XPT: the transport reader, typed values (reads the whole file into memory, as it does).</summary>
    [Benchmark]
    public long XptReadFile()
    {
        var d = XptReader.ReadFile(Path(nameof(XptReadFile)));
        long n = 0;
        foreach (var r in d.Records)
            foreach (var v in r.Values) n += v.Text is { } t ? t.Length : v.Number.HasValue ? 1 : 0;
        return n;
    }

    /// <summary>XPT: the loader's transport table reader, every field as text.</summary>
    [Benchmark]
    public long XptTableReader() => CountFields(TableReaders.Xpt!.Read(Path(nameof(XptTableReader)), "adeff.xpt"));

    /// <summary>SAS7BDAT, uncompressed: typed values, streamed page by page.</summary>
    [Benchmark]
    public long Sas7bdatRecords() => ReadRecords(nameof(Sas7bdatRecords));

    /// <summary>SAS7BDAT, uncompressed: the loader-shaped table reader, every field as text (as the CSV path gives them).</summary>
    [Benchmark]
    public long Sas7bdatTableReader() => CountFields(new Sas7bdatTableReader().Read(Path(nameof(Sas7bdatTableReader)), "adeff.sas7bdat"));

    /// <summary>SAS7BDAT, RLE-compressed (COMPRESS=CHAR): typed values.</summary>
    [Benchmark]
    public long Sas7bdatRecordsRle() => ReadRecords(nameof(Sas7bdatRecordsRle));

    /// <summary>SAS7BDAT, RDC-compressed (COMPRESS=BINARY): typed values.</summary>
    [Benchmark]
    public long Sas7bdatRecordsRdc() => ReadRecords(nameof(Sas7bdatRecordsRdc));

    /// <summary>SAS7BDAT, uncompressed, written by R haven (ReadStat): typed values.</summary>
    [Benchmark]
    public long Sas7bdatRecordsHaven() => ReadRecords(nameof(Sas7bdatRecordsHaven));

    private static string Path(string benchmark)
    {
        var path = System.IO.Path.Combine(Folder, FileOf[benchmark]);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} was not generated (R with haven and data.table is needed for the XPT and haven files)", path);
    }

    private static long ReadRecords(string benchmark)
    {
        using var reader = Sas7bdatReader.Open(Path(benchmark));
        long n = 0;
        foreach (var r in reader.ReadRecords())
            foreach (var v in r.Values) n += v.Text is { } t ? t.Length : v.Number.HasValue ? 1 : 0;
        return n;
    }

    private static long CountFields(RawTable table)
    {
        long n = 0;
        foreach (var row in table.Rows)
            foreach (var f in row.Fields) n += f?.Length ?? 0;
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Inputs

    private static readonly string[] Arms = ["Placebo", "Etanercept 50 mg weekly"];
    private static readonly (string Code, string Name)[] Parameters =
    [
        ("BASDAI", "BASDAI total score (0-10)"), ("ASDASCRP", "ASDAS using C-reactive protein"), ("BASFI", "BASFI total score (0-10)"),
        ("PGA", "Patient global assessment (0-10)"), ("CRP", "C-reactive protein (mg/L)"),
    ];

    private static readonly Sas7bdatWriterColumn[] Columns =
    [
        new("USUBJID", Sas7bdatVariableType.Character, 16, "Unique Subject Identifier"),
        new("ARM", Sas7bdatVariableType.Character, 24, "Description of Planned Arm"),
        new("PARAMCD", Sas7bdatVariableType.Character, 8, "Parameter Code"),
        new("PARAM", Sas7bdatVariableType.Character, 40, "Parameter"),
        new("AVISIT", Sas7bdatVariableType.Character, 12, "Analysis Visit"),
        new("AVISITN", Sas7bdatVariableType.Numeric, 8, "Analysis Visit (N)"),
        new("AVAL", Sas7bdatVariableType.Numeric, 8, "Analysis Value"),
        new("BASE", Sas7bdatVariableType.Numeric, 8, "Baseline Value"),
        new("CHG", Sas7bdatVariableType.Numeric, 8, "Change from Baseline"),
        new("ADT", Sas7bdatVariableType.Numeric, 8, "Analysis Date", "DATE", 9),
        new("ANL01FL", Sas7bdatVariableType.Character, 1, "Analysis Flag 01"),
    ];

    /// <summary>Row <paramref name="i"/>: 5 parameters x 8 visits per subject; values vary, a few are missing.</summary>
    private static object?[] Row(int i)
    {
        var subject = i / 40;
        var parameter = Parameters[i / 8 % 5];
        var visit = i % 8;
        var baseline = Math.Round(2 + subject % 61 / 10.0 + i / 8 % 5, 1);
        var value = Math.Round(baseline - visit * (subject % 2 == 0 ? 0.1 : 0.35) + (i * 7919 % 13) / 10.0, 2);
        object? aval = i % 97 == 0 ? null : value;
        object? chg = aval is null || visit == 0 ? null : Math.Round(value - baseline, 2);
        return
        [
            $"AS-{subject / 1000:000}-{subject % 1000:0000}", Arms[subject % 2], parameter.Code, parameter.Name, visit == 0 ? "Baseline" : $"Week {visit * 2}",
            (double)visit, aval, baseline, chg, 22000.0 + subject % 700 + visit * 14, visit == 0 || i % 11 == 0 ? "" : "Y",
        ];
    }

    private static void Generate()
    {
        Directory.CreateDirectory(Folder);
        var marker = System.IO.Path.Combine(Folder, "generated-v1.txt");
        if (File.Exists(marker)) return;
        var sw = Stopwatch.StartNew();
        var csv = System.IO.Path.Combine(Folder, "adeff.csv");
        using (var w = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 16))
        {
            w.Write(string.Join(",", Columns.Select(c => c.Name)) + "\n");
            for (var i = 0; i < Rows; i++)
            {
                var row = Row(i);
                for (var c = 0; c < row.Length; c++)
                {
                    if (c > 0) w.Write(',');
                    w.Write(row[c] switch
                    {
                        null => "",
                        double d when c == 9 => new DateOnly(1960, 1, 1).AddDays((int)d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        double d => d.ToString("R", CultureInfo.InvariantCulture),
                        var s => (string)s,
                    });
                }
                w.Write('\n');
            }
        }
        foreach (var (file, compression) in new[] { ("adeff.sas7bdat", Sas7bdatCompression.None), ("adeff-rle.sas7bdat", Sas7bdatCompression.Rle), ("adeff-rdc.sas7bdat", Sas7bdatCompression.Rdc) })
        {
            using var output = File.Create(System.IO.Path.Combine(Folder, file));
            Sas7bdatWriter.Write(output, new Sas7bdatWriterOptions { Compression = compression, Name = "ADEFF", EncodingCode = 20 }, Columns, Rows,
                Enumerable.Range(0, Rows).Select(Row));
        }
        // XPT and a second, independently written SAS7BDAT file: R haven (ReadStat) from the same CSV.
        var script = System.IO.Path.Combine(Folder, "write.R");
        File.WriteAllText(script, """
            args <- commandArgs(trailingOnly = TRUE)
            suppressMessages({ library(haven); library(data.table) })
            d <- as.data.frame(fread(file.path(args[1], "adeff.csv"), colClasses = list(character = c("USUBJID", "ARM", "PARAMCD", "PARAM", "AVISIT", "ANL01FL"))))
            d$ADT <- as.Date(d$ADT)
            for (v in c("USUBJID", "ARM", "PARAMCD", "PARAM", "AVISIT", "ANL01FL")) d[[v]][is.na(d[[v]])] <- ""
            write_xpt(d, file.path(args[1], "adeff.xpt"), version = 5, name = "ADEFF")
            write_sas(d, file.path(args[1], "adeff-haven.sas7bdat"))
            """);
        try
        {
            using var r = Process.Start(new ProcessStartInfo("Rscript", [script, Folder]) { RedirectStandardError = true, UseShellExecute = false })!;
            var err = r.StandardError.ReadToEnd();
            r.WaitForExit();
            if (r.ExitCode != 0) Console.WriteLine("// R could not write the XPT and haven files: " + err);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.WriteLine("// Rscript not found; the XPT and haven benchmarks will fail: " + ex.Message);
        }
        File.WriteAllText(marker, $"generated in {sw.Elapsed.TotalSeconds:F0} s\n");
        foreach (var f in Directory.GetFiles(Folder)) Console.WriteLine($"// {System.IO.Path.GetFileName(f)}: {new FileInfo(f).Length / 1e6:F1} MB");
    }

    /// <summary>A summary column computed from the benchmark's mean time and the size of the file it reads.</summary>
    private sealed class ThroughputColumn(string name, string legend, Func<double, double, double> value) : IColumn
    {
        public string Id => "Throughput." + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (!FileOf.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var file)) return "-";
            var path = System.IO.Path.Combine(Folder, file);
            if (mean is not { } ns || !File.Exists(path)) return "-";
            return value(new FileInfo(path).Length, ns / 1e9).ToString("F1", CultureInfo.InvariantCulture);
        }
    }
}
