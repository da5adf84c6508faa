using System.Globalization;
using System.Text;

namespace AsAnalysis.Ard;

/// <summary>
/// Writes the analysis-results dataset (ard.csv): header <c>analysis,endpoint,visit,arm,term,stat,method,value</c>,
/// one row per statistic in the order given, UTF-8 without BOM, "\n" line ends, RFC 4180 quoting.
/// <para>value: the round-trip format <c>double.ToString("R", InvariantCulture)</c>, so that parsing the text gives the
/// same double bit for bit (including -0 as <c>-0</c>); NaN (not estimable) is written as an empty field (missing);
/// +∞ and −∞ as <c>Inf</c> and <c>-Inf</c> (the spelling R's <c>read.csv</c> and pandas read as numbers).
/// The value column is never neutralised.</para>
/// <para>The seven text columns go through <see cref="CsvText.Neutralise"/> (an AE term such as <c>=HYPERLINK(…)</c>
/// is written as <c>'=HYPERLINK(…)</c>) because ard.csv is also opened in spreadsheets; <see cref="ArdReader"/>
/// undoes it exactly with <see cref="CsvText.Restore"/>. A consumer reading the file with another tool must strip one
/// leading <c>'</c> from text fields; controlled names (analysis, stat, method, visit labels) never start with one.</para>
/// </summary>
public static class ArdWriter
{
    /// <summary>The header line, without its line end.</summary>
    public const string Header = "analysis,endpoint,visit,arm,term,stat,method,value";

    /// <summary>The text written for +∞.</summary>
    public const string PositiveInfinityText = "Inf";

    /// <summary>The text written for −∞.</summary>
    public const string NegativeInfinityText = "-Inf";

    /// <summary>Formats a value for the value column: round-trip "R"; NaN as empty; ±∞ as Inf/-Inf.</summary>
    /// <param name="value">The value.</param>
    public static string FormatValue(double value)
    {
        if (double.IsNaN(value)) return "";
        if (double.IsPositiveInfinity(value)) return PositiveInfinityText;
        if (double.IsNegativeInfinity(value)) return NegativeInfinityText;
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The whole file as a string (header and rows, each ending in "\n").</summary>
    /// <param name="rows">Rows, written in the given order; none null.</param>
    /// <exception cref="ArgumentException">A row is null.</exception>
    public static string ToCsv(IEnumerable<ArdRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        foreach (var r in rows)
        {
            if (r is null) throw new ArgumentException("A row is null.", nameof(rows));
            CsvText.AppendRecord(sb,
            [
                Text(r.Analysis), Text(r.Endpoint), Text(r.Visit), Text(r.Arm), Text(r.Term), Text(r.Stat), Text(r.Method),
                FormatValue(r.Value),
            ]);
        }
        return sb.ToString();
    }

    /// <summary>Writes the file (UTF-8 without BOM), replacing an existing one.</summary>
    /// <param name="path">Destination path.</param>
    /// <param name="rows">Rows, written in the given order.</param>
    public static void WriteFile(string path, IEnumerable<ArdRow> rows)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllText(path, ToCsv(rows), new UTF8Encoding(false));
    }

    /// <summary>Writes the file content to a writer.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="rows">Rows, written in the given order.</param>
    public static void Write(TextWriter writer, IEnumerable<ArdRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToCsv(rows));
    }

    private static string Text(string? s) => CsvText.Neutralise(s ?? "");
}
