using System.Text;

namespace AsAnalysis.Data;

/// <summary>One problem found in an input file: where it is, what value, and why it was rejected.</summary>
/// <param name="File">File name (e.g. <c>adeff.csv</c>).</param>
/// <param name="Line">1-based line (CSV; the header is line 1) or record number (XPT); 0 for a file-level problem.</param>
/// <param name="Column">Column (variable) name, canonical where known; empty for a file- or row-level problem.</param>
/// <param name="Value">The offending raw value (empty when none).</param>
/// <param name="Reason">Why it was rejected, in plain words.</param>
public sealed record DataProblem(string File, long Line, string Column, string Value, string Reason)
{
    /// <summary>Formats as <c>file:line, column COL, value 'v': reason</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (Line > 0) sb.Append(':').Append(Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Column.Length > 0) sb.Append(", column ").Append(Column);
        if (Value.Length > 0) sb.Append(", value '").Append(Value.Length > 60 ? Value[..60] + "..." : Value).Append('\'');
        sb.Append(": ").Append(Reason);
        return sb.ToString();
    }
}
