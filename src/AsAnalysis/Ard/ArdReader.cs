using System.Globalization;
using System.Text;

namespace AsAnalysis.Ard;

/// <summary>Reads ard.csv written by <see cref="ArdWriter"/> back into rows (exact inverse: text un-neutralised, values bit for bit).</summary>
public static class ArdReader
{
    /// <summary>Parses the file content.</summary>
    /// <param name="csv">Content; a UTF-8 BOM and CRLF line ends are accepted.</param>
    /// <exception cref="FormatException">Wrong header, wrong number of fields, an unparseable value, or malformed quoting; the message names the line.</exception>
    public static IReadOnlyList<ArdRow> Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = CsvText.Parse(csv);
        if (records.Count == 0 || string.Join(",", records[0].Fields) != ArdWriter.Header)
            throw new FormatException($"Line 1: the header must be exactly '{ArdWriter.Header}'.");
        var rows = new List<ArdRow>(records.Count - 1);
        foreach (var (line, f) in records.Skip(1))
        {
            if (f.Count != 8) throw new FormatException($"Line {line}: expected 8 fields, found {f.Count}.");
            rows.Add(new ArdRow(
                CsvText.Restore(f[0]), CsvText.Restore(f[1]), CsvText.Restore(f[2]), CsvText.Restore(f[3]),
                CsvText.Restore(f[4]), CsvText.Restore(f[5]), CsvText.Restore(f[6]), ParseValue(f[7], line)));
        }
        return rows.AsReadOnly();
    }

    /// <summary>Reads and parses a file.</summary>
    /// <param name="path">Path of ard.csv.</param>
    public static IReadOnlyList<ArdRow> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8));
    }

    private static double ParseValue(string text, int line)
    {
        if (text.Length == 0) return double.NaN;
        if (text == ArdWriter.PositiveInfinityText) return double.PositiveInfinity;
        if (text == ArdWriter.NegativeInfinityText) return double.NegativeInfinity;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
        throw new FormatException($"Line {line}: value '{text}' is not a number.");
    }
}
