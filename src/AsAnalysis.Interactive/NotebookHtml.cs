using System.Globalization;
using System.Net;
using System.Text;

namespace AsAnalysis.Interactive;

/// <summary>Small HTML helpers shared by the formatters (escaping, the scoped style sheet, table building).</summary>
internal static class NotebookHtml
{
    /// <summary>A style sheet scoped to <see cref="AsAnalysisFormatters.CssClass"/>, written at the start of every fragment (notebook outputs are independent documents).</summary>
    public const string Style =
        "<style>" +
        ".asanalysis{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:13px}" +
        ".asanalysis table{border-collapse:collapse;margin:4px 0 10px 0}" +
        ".asanalysis caption{text-align:left;font-weight:600;padding:2px 0 4px 0}" +
        ".asanalysis th,.asanalysis td{border-bottom:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}" +
        ".asanalysis th{background:#f3f5f7;font-weight:600}" +
        ".asanalysis td.num{text-align:right;font-variant-numeric:tabular-nums}" +
        ".asanalysis .note{color:#57606a;font-size:12px}" +
        ".asanalysis table table{margin:0}" +
        ".asanalysis table table td,.asanalysis table table th{border:none;padding:0 6px 0 0}" +
        "</style>";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Opens the outer element: <c>&lt;div class="asanalysis asanalysis-{kind}"&gt;</c> plus the style sheet.</summary>
    public static void Open(StringBuilder html, string kind) =>
        html.Append("<div class=\"").Append(AsAnalysisFormatters.CssClass).Append(' ')
            .Append(AsAnalysisFormatters.CssClass).Append('-').Append(kind).Append("\">").Append(Style);

    public static void Close(StringBuilder html) => html.Append("</div>");

    /// <summary>Writes a simple table; cells are already HTML; <paramref name="numeric"/> marks right-aligned columns.</summary>
    public static void Table(StringBuilder html, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, Func<int, bool>? numeric = null)
    {
        html.Append("<table>");
        if (caption.Length > 0) html.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        html.Append("<thead><tr>");
        foreach (var h in headers) html.Append("<th>").Append(Encode(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(numeric is not null && numeric(i) ? "<td class=\"num\">" : "<td>").Append(row[i]).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
