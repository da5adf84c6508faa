using System.Globalization;
using System.Text;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Renderers;

/// <summary>
/// Renders a table as an HTML fragment (<c>&lt;div class="as-table-block" id="tbl-{id}"&gt;</c> holding a
/// <c>&lt;table&gt;</c> with caption, header rows and footnotes) for embedding in a page that includes
/// <see cref="Stylesheet"/>; <see cref="RenderPage"/> gives a self-contained page. Every text value is escaped
/// with <see cref="HtmlText"/>; the only markup comes from the renderer. CSS classes are prefixed <c>as-</c>.
/// </summary>
public sealed class HtmlTableRenderer : ITableRenderer
{
    /// <summary>The CSS used by the fragments: clinical style (horizontal rules only), print-friendly.</summary>
    public const string Stylesheet = """
.as-table-block { margin: 1.5em 0; break-inside: avoid-page; }
table.as-table { border-collapse: collapse; font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 10pt; font-variant-numeric: tabular-nums; }
table.as-table caption { caption-side: top; text-align: left; padding-bottom: 0.5em; }
table.as-table .as-title { display: block; font-weight: bold; }
table.as-table .as-subtitle { display: block; }
table.as-table .as-population { display: block; font-style: italic; }
table.as-table th, table.as-table td { padding: 0.2em 0.7em; vertical-align: top; }
table.as-table thead th, table.as-table thead td { font-weight: bold; vertical-align: bottom; }
table.as-table thead tr:first-child > * { border-top: 2px solid #000; }
table.as-table thead tr:last-child > * { border-bottom: 1px solid #000; }
table.as-table tbody tr:last-child > * { border-bottom: 2px solid #000; }
table.as-table .as-spanner { text-align: center; padding-bottom: 0; }
table.as-table .as-spanner > span { display: block; border-bottom: 1px solid #000; padding-bottom: 0.15em; }
table.as-table tbody th { font-weight: normal; text-align: left; }
table.as-table .as-stub { text-align: left; }
table.as-table .as-left { text-align: left; }
table.as-table .as-center { text-align: center; }
table.as-table .as-right { text-align: right; }
table.as-table .as-bold { font-weight: bold; }
table.as-table .as-indent-1 { padding-left: 1.9em; }
table.as-table .as-indent-2 { padding-left: 3.1em; }
table.as-table .as-indent-3 { padding-left: 4.3em; }
table.as-table .as-indent-4 { padding-left: 5.5em; }
table.as-table .as-indent-5 { padding-left: 6.7em; }
table.as-table .as-indent-6 { padding-left: 7.9em; }
table.as-table tr.as-group-start > * { padding-top: 0.9em; }
.as-footnotes { font-size: 9pt; margin-top: 0.4em; }
.as-footnotes p { margin: 0.1em 0; }
@media print { table.as-table thead { display: table-header-group; } table.as-table tr { break-inside: avoid; } }

""";

    /// <inheritdoc />
    public string FileExtension => "html";

    /// <summary>The HTML id of a table's block: <c>tbl-</c> followed by the table id.</summary>
    /// <param name="table">The table.</param>
    public static string AnchorId(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return "tbl-" + table.Id;
    }

    /// <summary>Renders the table as an HTML fragment (ends with "\n").</summary>
    /// <param name="table">The table.</param>
    public string Render(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("<div class=\"as-table-block\" id=\"").Append(HtmlText.Attribute(AnchorId(table))).Append("\">\n");
        sb.Append("<table class=\"as-table\">\n<caption>");
        sb.Append("<span class=\"as-title\">").Append(HtmlText.Content(table.Title)).Append("</span>");
        if (table.Subtitle is not null) sb.Append("<span class=\"as-subtitle\">").Append(HtmlText.Content(table.Subtitle)).Append("</span>");
        if (table.Population is not null) sb.Append("<span class=\"as-population\">").Append(HtmlText.Content(table.Population)).Append("</span>");
        sb.Append("</caption>\n<thead>\n");
        var headerRows = table.HeaderRowCount;
        for (var level = 0; level < table.SpannerRows.Count; level++)
        {
            sb.Append("<tr>");
            if (level == 0) AppendStub(sb, table, headerRows);
            foreach (var cell in table.SpannerRows[level])
            {
                if (cell.IsEmpty)
                {
                    sb.Append("<td></td>");
                    continue;
                }
                sb.Append("<th class=\"as-spanner\" scope=\"colgroup\"");
                if (cell.ColumnCount > 1) sb.Append(" colspan=\"").Append(cell.ColumnCount.ToString(CultureInfo.InvariantCulture)).Append('"');
                sb.Append("><span>").Append(HtmlText.Content(cell.Label)).Append("</span></th>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("<tr>");
        if (table.SpannerRows.Count == 0) AppendStub(sb, table, 1);
        foreach (var col in table.Columns)
        {
            sb.Append("<th class=\"").Append(AlignClass(col.Alignment)).Append("\" scope=\"col\">")
              .Append(HtmlText.Content(col.Label)).Append("</th>");
        }
        sb.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append(row.StartsGroup ? "<tr class=\"as-group-start\">" : "<tr>");
            sb.Append("<th scope=\"row\"");
            var classes = new List<string>(2);
            if (row.Indent > 0) classes.Add("as-indent-" + row.Indent.ToString(CultureInfo.InvariantCulture));
            if (row.Bold) classes.Add("as-bold");
            if (classes.Count > 0) sb.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
            sb.Append('>').Append(HtmlText.Content(row.Label)).Append("</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                sb.Append("<td class=\"").Append(AlignClass(table.Columns[i].Alignment)).Append("\">")
                  .Append(HtmlText.Content(row.Cells[i])).Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
        if (table.Footnotes.Count > 0)
        {
            sb.Append("<div class=\"as-footnotes\">\n");
            foreach (var f in table.Footnotes) sb.Append("<p>").Append(HtmlText.Content(f)).Append("</p>\n");
            sb.Append("</div>\n");
        }
        sb.Append("</div>\n");
        return sb.ToString();
    }

    /// <summary>Renders the table as a self-contained HTML page (doctype, UTF-8, inline <see cref="Stylesheet"/>).</summary>
    /// <param name="table">The table.</param>
    public string RenderPage(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(HtmlText.Content(table.Title)).Append("</title>\n<style>\n")
          .Append(Stylesheet).Append("</style>\n</head>\n<body>\n")
          .Append(Render(table)).Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendStub(StringBuilder sb, ReportTable table, int rowSpan)
    {
        sb.Append("<th class=\"as-stub\" scope=\"col\"");
        if (rowSpan > 1) sb.Append(" rowspan=\"").Append(rowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        sb.Append('>').Append(HtmlText.Content(table.StubHeader)).Append("</th>");
    }

    private static string AlignClass(ColumnAlignment a) => a switch
    {
        ColumnAlignment.Left => "as-left",
        ColumnAlignment.Right => "as-right",
        _ => "as-center",
    };
}
