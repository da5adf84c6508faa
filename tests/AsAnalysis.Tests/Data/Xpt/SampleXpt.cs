using System.Globalization;
using AsAnalysis.Data;
using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>
/// Converts a CSV export file into a SAS transport file with <see cref="XptTestWriter"/>, typed as a SAS programmer
/// would: the ADaM numeric variables as numbers, the <c>*DT</c> dates as SAS day counts with format DATE9.,
/// the rest as character variables as long as their longest value; empty fields become missing values.
/// </summary>
internal static class SampleXpt
{
    private static readonly HashSet<string> Numeric = new(StringComparer.OrdinalIgnoreCase)
    {
        "AGE", "AVISITN", "ADY", "AVAL", "AESEQ", "EXSEQ", "EXDOSE",
    };

    private static readonly DateOnly Epoch = new(1960, 1, 1);

    public static bool IsDate(string name) => name.EndsWith("DT", StringComparison.OrdinalIgnoreCase);

    /// <summary>The CSV as header + rows of fields.</summary>
    public static (string[] Header, List<string?[]> Rows) ReadCsv(string csvPath)
    {
        var table = CsvTableReader.Read(File.OpenRead(csvPath), Path.GetFileName(csvPath), leaveOpen: false);
        return (table.Header.ToArray(), table.Rows.Select(r => r.Fields).ToList());
    }

    /// <summary>The member for a CSV file; <paramref name="edit"/> may change a row's values (by variable index) before writing.</summary>
    public static TestMember Member(string csvPath, Action<int, object?[]>? edit = null)
    {
        var (header, rows) = ReadCsv(csvPath);
        return Member(Path.GetFileNameWithoutExtension(csvPath), header, rows, edit);
    }

    /// <summary>The member for a table given as header and CSV fields.</summary>
    public static TestMember Member(string table, string[] header, IReadOnlyList<string?[]> rows, Action<int, object?[]>? edit = null)
    {
        var values = rows.Select(r => header.Select((h, i) => Value(h, r[i])).ToArray()).ToList();
        if (edit is not null) for (var i = 0; i < values.Count; i++) edit(i, values[i]);
        var variables = header.Select((h, i) =>
            IsDate(h) ? new TestVariable(h, XptVariableType.Numeric, 8, h + " date", "DATE", 9)
            : Numeric.Contains(h) ? new TestVariable(h, XptVariableType.Numeric, 8, h)
            : new TestVariable(h, XptVariableType.Character, Math.Max(1, values.Count == 0 ? 1 : values.Max(v => System.Text.Encoding.Latin1.GetByteCount((string?)v[i] ?? ""))), h)).ToArray();
        var name = table.ToUpperInvariant();
        return new TestMember(name, name + " from " + table + ".csv", variables, values);
    }

    public static byte[] FromCsv(string csvPath, Action<int, object?[]>? edit = null) => XptTestWriter.WriteLibrary(Member(csvPath, edit));

    private static object? Value(string name, string? field)
    {
        if (string.IsNullOrEmpty(field)) return IsDate(name) || Numeric.Contains(name) ? null : "";
        if (IsDate(name)) return (double)(DateOnly.ParseExact(field, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - Epoch.DayNumber);
        if (Numeric.Contains(name)) return double.Parse(field, CultureInfo.InvariantCulture);
        return field;
    }
}
