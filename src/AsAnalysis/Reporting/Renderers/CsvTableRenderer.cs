using System.Text;
using AsAnalysis.Ard;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Renderers;

/// <summary>
/// Renders a table as a rectangular CSV grid for spreadsheets: one header record (the stub header, then each
/// column's composite "spanner: label" header), then one record per body row (label first, indented with two
/// spaces per level). Title, subtitle, population line, footnotes and group separators are not written: the
/// grid stays rectangular (RFC 4180); they are in the HTML, Markdown and RTF versions.
/// <para>Every field, header and label included, goes through <see cref="CsvText.Neutralise"/> (the label before
/// its indentation is added) and then <see cref="CsvText.Quote"/>. Line ends are "\n".</para>
/// </summary>
public sealed class CsvTableRenderer : ITableRenderer
{
    /// <inheritdoc />
    public string FileExtension => "csv";

    /// <summary>Renders the grid (ends with "\n").</summary>
    /// <param name="table">The table.</param>
    public string Render(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        CsvText.AppendRecord(sb, new[] { table.StubHeader }.Concat(table.Columns.Select(c => c.CompositeLabel)).Select(CsvText.Neutralise));
        foreach (var row in table.Rows)
        {
            var label = new string(' ', 2 * row.Indent) + CsvText.Neutralise(row.Label);
            CsvText.AppendRecord(sb, new[] { label }.Concat(row.Cells.Select(CsvText.Neutralise)));
        }
        return sb.ToString();
    }
}
