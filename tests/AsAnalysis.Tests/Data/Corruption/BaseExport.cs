using System.Text;
using AsAnalysis.Data;
using AsAnalysis.Data.Xpt;
using AsAnalysis.Tests.Data.Xpt;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>A CSV file as header + rows of cells (the sample files use minimal RFC 4180 quoting and no embedded newlines).</summary>
internal sealed record CsvFile(string Name, string[] Header, IReadOnlyList<string[]> Rows)
{
    private string[]? _lines;

    /// <summary>Copy constructor used by <c>with</c>: the copy re-serializes its lines (its cells may differ).</summary>
    private CsvFile(CsvFile original)
    {
        Name = original.Name;
        Header = original.Header;
        Rows = original.Rows;
    }

    /// <summary>1-based physical line of data row <paramref name="row"/> (the header is line 1).</summary>
    public static long LineOf(int row) => row + 2;

    public int Column(string name) => Array.FindIndex(Header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Quote));

    /// <summary>The lines without terminators, header first (cached; <see cref="WithCell"/> re-serializes only the edited row).</summary>
    public IReadOnlyList<string> Lines() => _lines ??= [Line(Header), .. Rows.Select(Line)];

    public string Text(string newline = "\n") => string.Concat(Lines().Select(l => l + newline));

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Text());

    public CsvFile WithCell(int row, int column, string value)
    {
        var rows = Rows.ToArray();
        rows[row] = (string[])rows[row].Clone();
        rows[row][column] = value;
        var lines = Lines().ToArray();
        lines[row + 1] = Line(rows[row]);
        return new CsvFile(Name, Header, rows) { _lines = lines };
    }

    /// <summary>Splits one line of minimal-quoted CSV (no embedded newlines).</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        cells.Add(sb.ToString());
        return cells.ToArray();
    }

    public static CsvFile Parse(string name, string text)
    {
        var lines = text.Split('\n');
        if (lines[^1].Length == 0) lines = lines[..^1];
        return new CsvFile(name, Split(lines[0]), lines.Skip(1).Select(Split).ToArray());
    }
}

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
