using System.Globalization;
using System.Text;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Renderers;

/// <summary>
/// Renders tables as RTF 1.x for regulatory submission: landscape pages (<c>\landscape</c>, <c>\paperw15840\paperh12240</c>
/// for Letter), one table per section (<c>\sect</c> between tables), a fixed font (Courier New 9 pt by default).
/// The title, subtitle and population line are in the section's page header so they repeat on every page;
/// the column header rows carry <c>\trhdr</c> so they repeat at the top of every page; the footnotes follow the table;
/// the page footer shows "Page X of Y". Horizontal rules only (above and below the header, below the table,
/// under spanners).
/// <para>Escaping: <c>\ { }</c> become <c>\\ \{ \}</c>; every character above U+007F becomes <c>\uN?</c> (N the signed
/// 16-bit UTF-16 code unit, so characters outside the BMP are two codes); tab becomes <c>\tab</c>, a line break
/// <c>\line</c>, other control characters U+FFFD. The output is pure ASCII.</para>
/// </summary>
public sealed class RtfTableRenderer : ITableRenderer
{
    private const int CellGap = 72;

    /// <summary>Creates a renderer with <see cref="RtfOptions.Default"/>.</summary>
    public RtfTableRenderer() : this(RtfOptions.Default) { }

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Settings.</param>
    public RtfTableRenderer(RtfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The settings.</summary>
    public RtfOptions Options { get; }

    /// <inheritdoc />
    public string FileExtension => "rtf";

    /// <summary>Renders a document holding one table.</summary>
    /// <param name="table">The table.</param>
    public string Render(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return RenderDocument([table]);
    }

    /// <summary>Renders a document with one section per table, in order.</summary>
    /// <param name="tables">The tables (at least one).</param>
    /// <exception cref="ArgumentException">No tables, or a null table.</exception>
    public string RenderDocument(IEnumerable<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var list = tables.ToList();
        if (list.Count == 0) throw new ArgumentException("At least one table is needed.", nameof(tables));
        if (list.Any(t => t is null)) throw new ArgumentException("A table is null.", nameof(tables));
        var (w, h) = Options.Paper == RtfPaper.Letter ? (15840, 12240) : (16838, 11906);
        var m = Options.MarginTwips;
        var sb = new StringBuilder();
        sb.Append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n");
        sb.Append("{\\fonttbl{\\f0\\fmodern\\fcharset0 ").Append(Options.FontName).Append(";}}\n");
        sb.Append("\\paperw").Append(I(w)).Append("\\paperh").Append(I(h))
          .Append("\\margl").Append(I(m)).Append("\\margr").Append(I(m)).Append("\\margt").Append(I(m)).Append("\\margb").Append(I(m))
          .Append("\\landscape\\widowctrl\n");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append("\\sect\n");
            AppendSection(sb, list[i], w, h, m);
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>Escapes text for RTF (see the class remarks); the result is ASCII.</summary>
    /// <param name="text">Text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = RenderText.Clean(text);
        var sb = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '{': sb.Append("\\{"); break;
                case '}': sb.Append("\\}"); break;
                case '\t': sb.Append("\\tab "); break;
                case '\n': sb.Append("\\line "); break;
                default:
                    if (c < 0x80) sb.Append(c);
                    else sb.Append("\\u").Append(((short)c).ToString(CultureInfo.InvariantCulture)).Append('?');
                    break;
            }
        }
        return sb.ToString();
    }

    private void AppendSection(StringBuilder sb, ReportTable table, int w, int h, int m)
    {
        var fs = "\\f0\\fs" + I(2 * Options.FontSizePoints);
        sb.Append("\\sectd\\lndscpsxn\\pgwsxn").Append(I(w)).Append("\\pghsxn").Append(I(h))
          .Append("\\marglsxn").Append(I(m)).Append("\\margrsxn").Append(I(m)).Append("\\margtsxn").Append(I(m)).Append("\\margbsxn").Append(I(m))
          .Append("\\headery").Append(I(m / 2)).Append("\\footery").Append(I(m / 2)).Append('\n');
        sb.Append("{\\header\\pard\\plain\\qc").Append(fs).Append("\\b ").Append(Escape(table.Title)).Append("\\b0\\par\n");
        if (table.Subtitle is not null) sb.Append("\\pard\\plain\\qc").Append(fs).Append(' ').Append(Escape(table.Subtitle)).Append("\\par\n");
        if (table.Population is not null) sb.Append("\\pard\\plain\\qc").Append(fs).Append(' ').Append(Escape(table.Population)).Append("\\par\n");
        sb.Append("\\pard\\plain").Append(fs).Append("\\par}\n");
        sb.Append("{\\footer\\pard\\plain\\qr").Append(fs)
          .Append(" Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} of {\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}\\par}\n");

        // A 2-point paragraph before the table: LibreOffice drops a section break when the section starts with a table.
        sb.Append("\\pard\\plain\\f0\\fs4\\par\n");
        var usable = w - 2 * m;
        var edges = ColumnEdges(usable, table.Columns.Count);
        var headerRows = table.HeaderRowCount;
        for (var level = 0; level < table.SpannerRows.Count; level++)
        {
            var spanners = table.SpannerRows[level];
            sb.Append(RowStart(header: true));
            sb.Append(level == 0 ? "\\clbrdrt\\brdrs\\brdrw15" : "").Append("\\clvertalb\\cellx").Append(I(edges[0])).Append('\n');
            foreach (var cell in spanners)
            {
                if (level == 0) sb.Append("\\clbrdrt\\brdrs\\brdrw15");
                if (!cell.IsEmpty) sb.Append("\\clbrdrb\\brdrs\\brdrw10");
                sb.Append("\\clvertalb\\cellx").Append(I(edges[cell.FirstColumn + cell.ColumnCount])).Append('\n');
            }
            sb.Append("\\pard\\plain\\intbl\\ql").Append(fs).Append(" \\cell\n");
            foreach (var cell in spanners) sb.Append("\\pard\\plain\\intbl\\qc").Append(fs).Append(' ').Append(Escape(cell.Label)).Append("\\cell\n");
            sb.Append("\\row\n");
        }
        // Column-label header row.
        sb.Append(RowStart(header: true));
        var top = headerRows == 1 ? "\\clbrdrt\\brdrs\\brdrw15" : "";
        for (var i = 0; i <= table.Columns.Count; i++) sb.Append(top).Append("\\clbrdrb\\brdrs\\brdrw10\\clvertalb\\cellx").Append(I(edges[i])).Append('\n');
        sb.Append("\\pard\\plain\\intbl\\ql").Append(fs).Append(' ').Append(Escape(table.StubHeader)).Append("\\cell\n");
        foreach (var col in table.Columns) sb.Append("\\pard\\plain\\intbl").Append(Align(col.Alignment)).Append(fs).Append(' ').Append(Escape(col.Label)).Append("\\cell\n");
        sb.Append("\\row\n");
        // Body.
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var last = r == table.Rows.Count - 1;
            sb.Append(RowStart(header: false));
            for (var i = 0; i <= table.Columns.Count; i++) sb.Append(last ? "\\clbrdrb\\brdrs\\brdrw15" : "").Append("\\cellx").Append(I(edges[i])).Append('\n');
            var para = "\\pard\\plain\\intbl" + (row.StartsGroup ? "\\sb120" : "");
            sb.Append(para).Append("\\ql");
            if (row.Indent > 0) sb.Append("\\li").Append(I(240 * row.Indent));
            sb.Append(fs).Append(' ');
            if (row.Bold) sb.Append("{\\b ").Append(Escape(row.Label)).Append('}');
            else sb.Append(Escape(row.Label));
            sb.Append("\\cell\n");
            for (var i = 0; i < row.Cells.Count; i++)
                sb.Append(para).Append(Align(table.Columns[i].Alignment)).Append(fs).Append(' ').Append(Escape(row.Cells[i])).Append("\\cell\n");
            sb.Append("\\row\n");
        }
        foreach (var f in table.Footnotes) sb.Append("\\pard\\plain\\ql").Append(fs).Append(' ').Append(Escape(f)).Append("\\par\n");
        if (table.Footnotes.Count == 0) sb.Append("\\pard\\plain").Append(fs).Append("\\par\n");
    }

    private static string RowStart(bool header) => "\\trowd\\trgaph" + I(CellGap) + "\\trleft0" + (header ? "\\trhdr" : "") + "\\trkeep\n";

    /// <summary>Right cell edges in twips: index 0 is the stub, i the i-th data column (30% stub, the rest shared).</summary>
    private static int[] ColumnEdges(int usable, int columns)
    {
        var edges = new int[columns + 1];
        if (columns == 0) { edges[0] = usable; return edges; }
        var stub = usable * 3 / 10;
        edges[0] = stub;
        var each = (usable - stub) / columns;
        for (var i = 1; i <= columns; i++) edges[i] = stub + each * i;
        edges[columns] = usable;
        return edges;
    }

    private static string Align(ColumnAlignment a) => a switch
    {
        ColumnAlignment.Left => "\\ql",
        ColumnAlignment.Right => "\\qr",
        _ => "\\qc",
    };

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
