using System.Text;
using System.Text.RegularExpressions;
using AsAnalysis.Ard;
using AsAnalysis.Reporting;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Tests.Reporting;

public class RendererTests
{
    public static TheoryData<string> Formats => new() { "html", "md", "csv", "rtf" };

    private static ITableRenderer Renderer(string ext) => ext switch
    {
        "html" => new HtmlTableRenderer(),
        "md" => new MarkdownTableRenderer(),
        "csv" => new CsvTableRenderer(),
        _ => new RtfTableRenderer(),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Rendering_is_byte_deterministic_with_lf_line_ends(string ext)
    {
        var r = Renderer(ext);
        Assert.Equal(ext, r.FileExtension);
        foreach (var table in new[] { SampleTables.Teae(), SampleTables.HostileTable() })
        {
            var a = Encoding.UTF8.GetBytes(r.Render(table));
            var b = Encoding.UTF8.GetBytes(Renderer(ext).Render(table));
            Assert.Equal(a, b);
            if (ext != "csv") Assert.DoesNotContain((byte)'\r', a); // CSV keeps a CR inside a quoted data value
            Assert.Equal((byte)'\n', a[^1]);
        }
    }

    // ---------------------------------------------------------------- Markdown
    [Fact]
    public void Markdown_sample_table()
    {
        const string expected =
            "**Table 14.3.1 TEAEs by SOC and PT**\n\n" +
            "Safety population\n\n" +
            "N = subjects in the safety population\n\n" +
            "| System organ class<br>Preferred term | MSC (N=20): n (%) | MSC (N=20): Events | Etanercept (N=20): n (%) | Etanercept (N=20): Events |\n" +
            "|:---|:---:|:---:|:---:|:---:|\n" +
            "| **Any TEAE** | 12 (60.0) | 30 | 10 (50.0) | 25 |\n" +
            "| | | | | |\n" +
            "| Infections and infestations | 5 (25.0) | 7 | 3 (15.0) | 4 |\n" +
            "| &nbsp;&nbsp;Nasopharyngitis | 3 (15.0) | 4 | 2 (10.0) | 2 |\n" +
            "\nSubjects are counted once per SOC and once per PT.\n" +
            "\nMedDRA version 26.0.\n";
        Assert.Equal(expected, new MarkdownTableRenderer().Render(SampleTables.Teae()));
    }

    [Fact]
    public void Markdown_draws_no_separator_before_the_first_row()
    {
        var t = ReportTable.Create("t", "T").AddColumn("A")
            .AddRow(new TableRow("g1", [""], startsGroup: true)).AddRow("r", "1").AddRow(new TableRow("g2", [""], startsGroup: true));
        var lines = new MarkdownTableRenderer().Render(t).Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(["|  | A |", "|:---|:---:|", "| g1 |  |", "| r | 1 |", "| | |", "| g2 |  |"], lines);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("*bold* _it_ [l](http://x) `c` ~s~", "\\*bold\\* \\_it\\_ \\[l\\](http://x) \\`c\\` \\~s\\~")]
    [InlineData("C:\\temp & co", "C:\\\\temp \\& co")]
    [InlineData("l1\nl2\r\nl3", "l1<br>l2<br>l3")]
    [InlineData("# not a heading", "# not a heading")] // inline: block rules do not apply inside a cell
    public void Markdown_inline_escaping(string text, string expected) => Assert.Equal(expected, MarkdownTableRenderer.EscapeInline(text));

    [Theory]
    [InlineData("# heading", "\\# heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("=HYPERLINK(1)", "\\=HYPERLINK(1)")]
    [InlineData("> quote", "\\> quote")]
    [InlineData("12. item", "12\\. item")]
    [InlineData("3) item", "3\\) item")]
    [InlineData("    code", "&#32;&#32;&#32;&#32;code")]
    [InlineData("12 (60.0)", "12 (60.0)")]
    [InlineData("Plain text.", "Plain text.")]
    public void Markdown_paragraph_escaping(string text, string expected) => Assert.Equal(expected, MarkdownTableRenderer.EscapeParagraph(text));

    [Fact]
    public void Markdown_hostile_table_keeps_every_row_to_its_cells()
    {
        var t = SampleTables.HostileTable();
        var md = new MarkdownTableRenderer().Render(t);
        var tableLines = md.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal(2 + t.Rows.Count + t.Rows.Skip(1).Count(r => r.StartsGroup), tableLines.Count);
        foreach (var line in tableLines)
        {
            var unescapedPipes = Regex.Matches(line, @"(?<!\\)(?:\\\\)*\|").Count;
            Assert.Equal(t.Columns.Count + 2, unescapedPipes);
        }
        Assert.DoesNotMatch(@"(?<!\\)<script", md);
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", md, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\[l\]", md);
        var doc = new MarkdownTableRenderer().RenderDocument([SampleTables.Teae(), t]);
        Assert.StartsWith(new MarkdownTableRenderer().Render(SampleTables.Teae()) + "\n**", doc, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- CSV
    [Fact]
    public void Csv_sample_table()
    {
        const string expected =
            "\"System organ class\nPreferred term\",MSC (N=20): n (%),MSC (N=20): Events,Etanercept (N=20): n (%),Etanercept (N=20): Events\n" +
            "Any TEAE,12 (60.0),30,10 (50.0),25\n" +
            "Infections and infestations,5 (25.0),7,3 (15.0),4\n" +
            "\"  Nasopharyngitis\",3 (15.0),4,2 (10.0),2\n";
        Assert.Equal(expected, new CsvTableRenderer().Render(SampleTables.Teae()));
    }

    [Fact]
    public void Csv_neutralises_formulas_but_not_negative_numbers()
    {
        var t = ReportTable.Create("t-csv", "T").WithStubHeader("=cmd")
            .AddColumn("+Header").AddColumn("Diff")
            .AddRow("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-0.12")
            .AddRow(new TableRow("-2+3", ["+cmd", "-5.2 (-10.3, 0.1)"], indent: 1))
            .AddRow("\tTab", "-3", "'x");
        var csv = new CsvTableRenderer().Render(t);
        Assert.Equal(
            "'=cmd,'+Header,Diff\n" +
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(1),-0.12\n" +
            "\"  '-2+3\",'+cmd,\"-5.2 (-10.3, 0.1)\"\n" +
            "'\tTab,-3,''x\n",
            csv);
    }

    [Fact]
    public void Csv_is_rectangular_rfc4180_for_hostile_input()
    {
        var t = SampleTables.HostileTable();
        var records = CsvText.Parse(new CsvTableRenderer().Render(t));
        Assert.Equal(1 + t.Rows.Count, records.Count);
        Assert.All(records, r => Assert.Equal(1 + t.Columns.Count, r.Fields.Count));
        foreach (var field in records.SelectMany(r => r.Fields))
        {
            var content = field.TrimStart(' ');
            if (content.Length == 0) continue;
            Assert.True(content[0] is not ('=' or '+' or '@' or '\t' or '\r') && (content[0] != '-' || CsvText.IsNumericText(content)),
                $"unneutralised field: {field}");
        }
        // Cell texts survive (after the quote is removed) - e.g. the row label of row 2 and its cell.
        Assert.Equal(SampleTables.Hostile[1], CsvText.Restore(records[1].Fields[1]));
        Assert.Equal("'" + SampleTables.Hostile[2], records[2].Fields[1]);
        Assert.Equal("-0.12", records[1].Fields[2]);
    }

    // ---------------------------------------------------------------- HTML
    [Fact]
    public void Html_sample_table()
    {
        const string expected =
            "<div class=\"as-table-block\" id=\"tbl-t-teae\">\n" +
            "<table class=\"as-table\">\n" +
            "<caption><span class=\"as-title\">Table 14.3.1 TEAEs by SOC and PT</span><span class=\"as-subtitle\">Safety population</span><span class=\"as-population\">N = subjects in the safety population</span></caption>\n" +
            "<thead>\n" +
            "<tr><th class=\"as-stub\" scope=\"col\" rowspan=\"2\">System organ class<br>Preferred term</th><th class=\"as-spanner\" scope=\"colgroup\" colspan=\"2\"><span>MSC (N=20)</span></th><th class=\"as-spanner\" scope=\"colgroup\" colspan=\"2\"><span>Etanercept (N=20)</span></th></tr>\n" +
            "<tr><th class=\"as-center\" scope=\"col\">n (%)</th><th class=\"as-center\" scope=\"col\">Events</th><th class=\"as-center\" scope=\"col\">n (%)</th><th class=\"as-center\" scope=\"col\">Events</th></tr>\n" +
            "</thead>\n" +
            "<tbody>\n" +
            "<tr><th scope=\"row\" class=\"as-bold\">Any TEAE</th><td class=\"as-center\">12 (60.0)</td><td class=\"as-center\">30</td><td class=\"as-center\">10 (50.0)</td><td class=\"as-center\">25</td></tr>\n" +
            "<tr class=\"as-group-start\"><th scope=\"row\">Infections and infestations</th><td class=\"as-center\">5 (25.0)</td><td class=\"as-center\">7</td><td class=\"as-center\">3 (15.0)</td><td class=\"as-center\">4</td></tr>\n" +
            "<tr><th scope=\"row\" class=\"as-indent-1\">Nasopharyngitis</th><td class=\"as-center\">3 (15.0)</td><td class=\"as-center\">4</td><td class=\"as-center\">2 (10.0)</td><td class=\"as-center\">2</td></tr>\n" +
            "</tbody>\n" +
            "</table>\n" +
            "<div class=\"as-footnotes\">\n" +
            "<p>Subjects are counted once per SOC and once per PT.</p>\n" +
            "<p>MedDRA version 26.0.</p>\n" +
            "</div>\n" +
            "</div>\n";
        Assert.Equal(expected, new HtmlTableRenderer().Render(SampleTables.Teae()));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a & b \"c\" 'd'", "a &amp; b &quot;c&quot; &#39;d&#39;")]
    [InlineData("l1\r\nl2\rl3\nl4", "l1<br>l2<br>l3<br>l4")]
    [InlineData("nul\u0000bel\u0007del\u007F", "nul\uFFFDbel\uFFFDdel\uFFFD")]
    [InlineData("pair 😀 ok", "pair 😀 ok")]
    [InlineData("tab\tkept", "tab\tkept")]
    public void Html_content_escaping(string text, string expected) => Assert.Equal(expected, HtmlText.Content(text));

    [Fact]
    public void Unpaired_surrogates_become_replacement_characters()
    {
        var lone = "lone " + (char)0xD83D + " high, " + (char)0xDE00 + " low";
        Assert.Equal("lone \uFFFD high, \uFFFD low", HtmlText.Content(lone));
        Assert.Equal("lone \\u-3? high, \\u-3? low", RtfTableRenderer.Escape(lone));
        Assert.Equal("lone \uFFFD high, \uFFFD low", MarkdownTableRenderer.EscapeInline(lone));
    }

    [Fact]
    public void Html_attribute_escaping_keeps_line_breaks_as_references()
        => Assert.Equal("a&#10;b &quot;&gt;&lt;x", HtmlText.Attribute("a\nb \"><x"));

    [Fact]
    public void Html_hostile_table_contains_only_renderer_markup()
    {
        var html = new HtmlTableRenderer().Render(SampleTables.HostileTable());
        AssertOnlyRendererMarkup(html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)", html, StringComparison.Ordinal);
        Assert.Contains("Ünïcödé ≥ 😀 日本", html, StringComparison.Ordinal);
    }

    /// <summary>Every tag is one the renderers write, no raw apostrophe, every '&amp;' starts an entity, no control characters.</summary>
    internal static void AssertOnlyRendererMarkup(string html)
    {
        var allowed = new HashSet<string> { "div", "table", "caption", "span", "thead", "tbody", "tr", "th", "td", "p", "br" };
        foreach (Match m in Regex.Matches(html, @"<(/?)([A-Za-z0-9!]+)"))
            Assert.Contains(m.Groups[2].Value, allowed);
        Assert.DoesNotContain("'", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"&(?!(amp|lt|gt|quot|#39|#10);)", html);
        Assert.DoesNotMatch(@"[\u0000-\u0008\u000B-\u001F\u007F]", html);
        // Attribute values never contain a raw '<' or '>' and quotes are balanced within tags.
        foreach (Match tag in Regex.Matches(html, @"<[^>]*>"))
            Assert.Equal(0, tag.Value.Count(c => c == '"') % 2);
    }

    [Fact]
    public void Html_page_is_self_contained()
    {
        var page = new HtmlTableRenderer().RenderPage(SampleTables.Teae());
        Assert.StartsWith("<!DOCTYPE html>\n", page, StringComparison.Ordinal);
        Assert.Contains("<style>\n" + HtmlTableRenderer.Stylesheet + "</style>", page, StringComparison.Ordinal);
        Assert.Contains(new HtmlTableRenderer().Render(SampleTables.Teae()), page, StringComparison.Ordinal);
        Assert.DoesNotContain("http", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_spanners_use_colspans_and_empty_cells()
    {
        var t = ReportTable.Create("t-n", "T").WithStubHeader("S")
            .AddColumn(new TableColumn("a", spanners: ["Top", "Mid"]))
            .AddColumn(new TableColumn("b", spanners: ["Top", "Mid"]))
            .AddColumn(new TableColumn("c", ColumnAlignment.Left, ["Top"]))
            .AddColumn(new TableColumn("d", ColumnAlignment.Right));
        var html = new HtmlTableRenderer().Render(t);
        Assert.Contains("<tr><th class=\"as-stub\" scope=\"col\" rowspan=\"3\">S</th><th class=\"as-spanner\" scope=\"colgroup\" colspan=\"3\"><span>Top</span></th><td></td></tr>\n", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th class=\"as-spanner\" scope=\"colgroup\" colspan=\"2\"><span>Mid</span></th><td></td><td></td></tr>\n", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"as-left\" scope=\"col\">c</th><th class=\"as-right\" scope=\"col\">d</th>", html, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- RTF
    [Theory]
    [InlineData("{\\rtf1}", "\\{\\\\rtf1\\}")]
    [InlineData("C:\\temp", "C:\\\\temp")]
    [InlineData("Ü", "\\u220?")]
    [InlineData("≥", "\\u8805?")]
    [InlineData("日本", "\\u26085?\\u26412?")]
    [InlineData("😀", "\\u-10179?\\u-8704?")] // U+1F600 = UTF-16 D83D DE00, as signed 16-bit
    [InlineData("a\tb", "a\\tab b")]
    [InlineData("l1\r\nl2\rl3", "l1\\line l2\\line l3")]
    [InlineData("x\u0000y", "x\\u-3?y")] // control character -> U+FFFD
    public void Rtf_escaping(string text, string expected) => Assert.Equal(expected, RtfTableRenderer.Escape(text));

    [Fact]
    public void Rtf_document_layout()
    {
        var rtf = new RtfTableRenderer().Render(SampleTables.Teae());
        Assert.StartsWith("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n{\\fonttbl{\\f0\\fmodern\\fcharset0 Courier New;}}\n", rtf, StringComparison.Ordinal);
        Assert.Contains("\\paperw15840\\paperh12240", rtf, StringComparison.Ordinal);
        Assert.Contains("\\landscape", rtf, StringComparison.Ordinal);
        Assert.Contains("\\lndscpsxn\\pgwsxn15840\\pghsxn12240", rtf, StringComparison.Ordinal);
        Assert.Contains("\\fs18", rtf, StringComparison.Ordinal); // 9 pt
        Assert.Contains("{\\header\\pard\\plain\\qc\\f0\\fs18\\b Table 14.3.1 TEAEs by SOC and PT\\b0\\par\n", rtf, StringComparison.Ordinal);
        Assert.Contains("Safety population\\par", rtf, StringComparison.Ordinal);
        Assert.Contains("\\fldinst PAGE}", rtf, StringComparison.Ordinal);
        Assert.Contains(" Subjects are counted once per SOC and once per PT.\\par\n", rtf, StringComparison.Ordinal);
        Assert.DoesNotContain("\\sect\n", rtf, StringComparison.Ordinal); // one table: one section
        // Two header rows (spanner + labels) repeat on every page; three body rows do not.
        Assert.Equal(2, Regex.Matches(rtf, @"\\trowd[^\n]*\\trhdr").Count);
        Assert.Equal(5, Regex.Matches(rtf, @"\\trowd").Count);
        Assert.Equal(5, Regex.Matches(rtf, @"\\row\n").Count);
        // Cells per row: spanner row 1 + 2 spanners, other rows 1 + 4.
        Assert.Equal(3 + 4 * 5, Regex.Matches(rtf, @"\\cell\n").Count);
        Assert.Contains("\\li240\\f0\\fs18 Nasopharyngitis\\cell", rtf, StringComparison.Ordinal);
        Assert.Contains("{\\b Any TEAE}\\cell", rtf, StringComparison.Ordinal);
        Assert.Contains("\\sb120", rtf, StringComparison.Ordinal); // group separator
        Assert.Contains(" System organ class\\line Preferred term\\cell", rtf, StringComparison.Ordinal);
        Assert.Contains("\\cellx12960", rtf, StringComparison.Ordinal); // 15840 - 2 x 1440: full width
        // A paragraph precedes the table (LibreOffice drops a section break before a leading table).
        Assert.Contains("\\par}\n\\pard\\plain\\f0\\fs4\\par\n\\trowd", rtf, StringComparison.Ordinal);
        AssertWellFormedRtf(rtf);
    }

    [Fact]
    public void Rtf_multi_table_document_has_one_section_per_table()
    {
        var tables = new[] { SampleTables.Teae(), SampleTables.HostileTable(), ReportTable.Create("t-empty", "Empty") };
        var rtf = new RtfTableRenderer().RenderDocument(tables);
        Assert.Equal(2, Regex.Matches(rtf, @"\\sect\n").Count);
        Assert.Equal(3, Regex.Matches(rtf, @"\\sectd").Count);
        Assert.Equal(3, Regex.Matches(rtf, @"\{\\header").Count);
        AssertWellFormedRtf(rtf);
        Assert.Equal("tables", Assert.Throws<ArgumentException>(() => new RtfTableRenderer().RenderDocument([])).ParamName);
    }

    [Fact]
    public void Rtf_hostile_table_is_ascii_and_balanced()
    {
        var rtf = new RtfTableRenderer().Render(SampleTables.HostileTable());
        AssertWellFormedRtf(rtf);
        Assert.Contains("\\{\\\\rtf1\\} \\\\par C:\\\\temp\\\\x", rtf, StringComparison.Ordinal);
        Assert.Contains("\\u220?n\\u239?c\\u246?d\\u233?", rtf, StringComparison.Ordinal); // Ünïcödé
    }

    [Fact]
    public void Rtf_options()
    {
        var a4 = new RtfTableRenderer(RtfOptions.Default with { Paper = RtfPaper.A4, FontName = "Times New Roman", FontSizePoints = 8, MarginTwips = 720 })
            .Render(SampleTables.Teae());
        Assert.Contains("\\paperw16838\\paperh11906\\margl720", a4, StringComparison.Ordinal);
        Assert.Contains("Times New Roman;", a4, StringComparison.Ordinal);
        Assert.Contains("\\fs16", a4, StringComparison.Ordinal);
        Assert.Contains("\\cellx15398", a4, StringComparison.Ordinal); // 16838 - 2 x 720
        Assert.Equal("FontName", Assert.Throws<ArgumentException>(() => RtfOptions.Default with { FontName = "X;}{\\evil" }).ParamName);
        Assert.Equal("FontSizePoints", Assert.Throws<ArgumentOutOfRangeException>(() => RtfOptions.Default with { FontSizePoints = 5 }).ParamName);
        Assert.Equal("MarginTwips", Assert.Throws<ArgumentOutOfRangeException>(() => RtfOptions.Default with { MarginTwips = 100 }).ParamName);
        Assert.Equal("Paper", Assert.Throws<ArgumentOutOfRangeException>(() => RtfOptions.Default with { Paper = (RtfPaper)7 }).ParamName);
    }

    /// <summary>ASCII only; groups balanced outside escapes; no raw line break inside text (only after control words or groups).</summary>
    private static void AssertWellFormedRtf(string rtf)
    {
        Assert.All(rtf, c => Assert.True(c < 0x80, $"non-ASCII character U+{(int)c:X4}"));
        Assert.DoesNotContain('\r', rtf);
        Assert.DoesNotContain('\t', rtf);
        var depth = 0;
        for (var i = 0; i < rtf.Length; i++)
        {
            var c = rtf[i];
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            if (c == '}') { depth--; Assert.True(depth >= 0 || i == rtf.Length - 2, "unbalanced '}'"); }
            if (depth == 0 && i < rtf.Length - 2) Assert.Fail($"content outside the document group at {i}");
        }
        Assert.Equal(0, depth);
        Assert.EndsWith("}\n", rtf, StringComparison.Ordinal);
    }
}
