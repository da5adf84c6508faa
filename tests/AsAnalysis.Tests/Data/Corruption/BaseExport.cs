using AsAnalysis.Data;
using AsAnalysis.Data.Conversion;
using AsAnalysis.Data.Xpt;
using AsAnalysis.Tests.Data.Xpt;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>
/// The base of the corruption suite: the committed sample export (data-samples/) reduced to five subjects so that
/// hundreds of variants load in seconds (two Etanercept, three MSC subjects: one never treated with empty TRT01A/TRTSDT,
/// one with a pre-treatment AE, one with a drug-withdrawn AE, quoted fields with commas), as CSV and as XPT.
/// </summary>
internal static class BaseExport
{
    public static readonly string[] SubjectIds = ["MSCAS-103-0001", "MSCAS-102-0004", "MSCAS-101-0006", "MSCAS-101-0008", "MSCAS-101-0021"];

    public static readonly string[] Tables = ["adsl", "adeff", "adae", "adex"];

    private static readonly Lazy<IReadOnlyDictionary<string, CsvFile>> LazyCsv = new(BuildCsv);
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> LazyXpt = new(BuildXpt);

    /// <summary>The base CSV files by table name (adsl, adeff, adae, adex).</summary>
    public static IReadOnlyDictionary<string, CsvFile> Csv => LazyCsv.Value;

    /// <summary>The base files as SAS transport bytes by table name.</summary>
    public static IReadOnlyDictionary<string, byte[]> Xpt => LazyXpt.Value;

    private static IReadOnlyDictionary<string, CsvFile> BuildCsv()
    {
        var ids = SubjectIds.ToHashSet();
        var result = new Dictionary<string, CsvFile>();
        foreach (var t in Tables)
        {
            var text = File.ReadAllText(Path.Combine(Samples.Root, t + ".csv"));
            var full = CsvFile.Parse(t + ".csv", text);
            if (full.Text() != text) throw new InvalidOperationException($"{t}.csv does not round-trip through the test CSV splitter");
            result[t] = full with { Rows = full.Rows.Where(r => ids.Contains(r[0])).ToArray() };
        }
        return result;
    }

    private static IReadOnlyDictionary<string, byte[]> BuildXpt() =>
        Tables.ToDictionary(t => t, t => XptTestWriter.WriteLibrary(SampleXpt.Member(t, Csv[t].Header, Csv[t].Rows)));

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> LazyCsvBytes = new(() => Tables.ToDictionary(t => t, t => Csv[t].Bytes()));

    /// <summary>The base CSV files' bytes by table name (shared: do not modify).</summary>
    public static IReadOnlyDictionary<string, byte[]> CsvBytes => LazyCsvBytes.Value;

    /// <summary>The base export as in-memory files, CSV except the tables listed in <paramref name="asXpt"/> (shared arrays: do not modify).</summary>
    public static Dictionary<string, byte[]> Files(params string[] asXpt) =>
        Tables.ToDictionary(t => asXpt.Contains(t) ? t + ".xpt" : t + ".csv", t => asXpt.Contains(t) ? Xpt[t] : CsvBytes[t]);

    private static readonly Lazy<TrialData> LazyClean = new(() => Load(Files()));

    /// <summary>The clean load of the base export (the reference every variant is compared with).</summary>
    public static TrialData Clean => LazyClean.Value;

    /// <summary>
    /// Loads in-memory files through the loader's own validator (<see cref="TrialDataConverter"/>), each file read by the
    /// reader for its extension exactly as the folder loader does: CSV with <see cref="CsvTableReader"/>, XPT with
    /// <see cref="XptTableReader"/>.
    /// </summary>
    public static TrialData Load(IReadOnlyDictionary<string, byte[]> files, LoadOptions? options = null)
    {
        TableSource? Source(string table)
        {
            var name = files.Keys.SingleOrDefault(k => Path.GetFileNameWithoutExtension(k).Equals(table, StringComparison.OrdinalIgnoreCase));
            if (name is null) return null;
            var bytes = files[name];
            return name.EndsWith(".xpt", StringComparison.OrdinalIgnoreCase)
                ? new TableSource(name, () => XptTableReader.ToRawTable(XptReader.Read(new MemoryStream(bytes, false), name)))
                : new TableSource(name, () => CsvTableReader.Read(new MemoryStream(bytes, false), name, leaveOpen: false));
        }
        return TrialDataConverter.Convert(Source("adsl")!, Source("adeff"), Source("adae"), Source("adex"), options ?? LoadOptions.Default);
    }
}
