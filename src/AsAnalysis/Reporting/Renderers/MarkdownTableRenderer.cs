using System.Text;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Renderers;

/// <summary>
/// Renders a table as GitHub-flavoured Markdown: the title in bold, subtitle and population line as paragraphs,
/// a pipe table, then one paragraph per footnote.
/// <para>Spanners: a pipe table has a single header row, so each column header is the composite
/// "spanner: label" (<see cref="TableColumn.CompositeLabel"/>, e.g. <c>MSC (N=20): n (%)</c>).
/// Indentation: two <c>&amp;nbsp;</c> per level before the row label (leading spaces would be trimmed).
/// Bold rows: label in <c>**…**</c>. A row-group separator is an empty table row (none before the first row). Line breaks inside a text
/// become <c>&lt;br&gt;</c>.</para>
/// <para>Escaping (<see cref="EscapeInline"/>, <see cref="EscapeParagraph"/>): the characters
/// <c>\ ` * _ [ ] &lt; &gt; | ~ &amp;</c> are backslash-escaped everywhere, so no data value can open emphasis,
/// a link, an image, code, raw HTML, an entity or a new cell. At the start of a paragraph also
/// <c># + - = &gt;</c>, and the <c>.</c> or <c>)</c> after leading digits, are escaped (no heading, list, quote or
/// rule), and leading spaces are written as <c>&amp;#32;</c> (no code block).</para>
/// </summary>
public sealed class MarkdownTableRenderer : ITableRenderer
{
    /// <inheritdoc />
    public string FileExtension => "md";

    /// <summary>Renders one table (ends with "\n").</summary>
    /// <param name="table">The table.</param>
    public string Render(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("**").Append(EscapeInline(table.Title)).Append("**\n\n");
        if (table.Subtitle is not null) sb.Append(EscapeParagraph(table.Subtitle)).Append("\n\n");
        if (table.Population is not null) sb.Append(EscapeParagraph(table.Population)).Append("\n\n");

        sb.Append('|').Append(Cell(table.StubHeader));
        foreach (var c in table.Columns) sb.Append('|').Append(Cell(c.CompositeLabel));
        sb.Append("|\n|:---");
        foreach (var c in table.Columns)
        {
            sb.Append('|').Append(c.Alignment switch
            {
                ColumnAlignment.Left => ":---",
                ColumnAlignment.Right => "---:",
                _ => ":---:",
            });
        }
        sb.Append("|\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.StartsGroup && r > 0)
            {
                sb.Append("| ");
                for (var i = 0; i < table.Columns.Count; i++) sb.Append("| ");
                sb.Append("|\n");
            }
            var label = EscapeInline(row.Label);
            if (row.Bold && label.Length > 0) label = "**" + label + "**";
            sb.Append("| ");
            for (var i = 0; i < row.Indent; i++) sb.Append("&nbsp;&nbsp;");
            sb.Append(label).Append(' ');
            foreach (var cell in row.Cells) sb.Append('|').Append(Cell(cell));
            sb.Append("|\n");
        }
        foreach (var f in table.Footnotes) sb.Append('\n').Append(EscapeParagraph(f)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Renders several tables, separated by a blank line.</summary>
    /// <param name="tables">The tables, in order.</param>
    public string RenderDocument(IEnumerable<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return string.Join("\n", tables.Select(Render));
    }

    /// <summary>Escapes text for inline use (a table cell or inside emphasis); line breaks become <c>&lt;br&gt;</c>.</summary>
    /// <param name="text">Text.</param>
    public static string EscapeInline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = RenderText.Clean(text);
        var sb = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&':
                    sb.Append('\\').Append(c);
                    break;
                case '\n':
                    sb.Append("<br>");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes text for use as a whole paragraph: <see cref="EscapeInline"/> plus the start-of-block rules.</summary>
    /// <param name="text">Text.</param>
    public static string EscapeParagraph(string text)
    {
        var s = EscapeInline(text);
        var lead = 0;
        while (lead < s.Length && s[lead] is ' ' or '\t') lead++;
        var sb = new StringBuilder(s.Length + 8);
        for (var i = 0; i < lead; i++) sb.Append(s[i] == ' ' ? "&#32;" : "&#9;");
        var rest = s[lead..];
        if (rest.Length > 0 && rest[0] is '#' or '+' or '-' or '=' or '>')
        {
            sb.Append('\\').Append(rest);
        }
        else
        {
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
            if (digits > 0 && digits < rest.Length && rest[digits] is '.' or ')')
                sb.Append(rest, 0, digits).Append('\\').Append(rest, digits, rest.Length - digits);
            else
                sb.Append(rest);
        }
        return sb.ToString();
    }

    private static string Cell(string text)
    {
        var s = EscapeInline(text);
        return " " + s + " ";
    }
}
