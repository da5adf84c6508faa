using System.Text;
using AsAnalysis.Ard;
using AsAnalysis.Reporting;

namespace AsAnalysis.Tests.Reporting;

public class ReportHostileInputTests(HostileReportFixture f) : IClassFixture<HostileReportFixture>
{
    [Fact]
    public void The_hostile_export_loads_and_reports()
    {
        Assert.True(f.Run.Code == 0, f.Run.Err);
        // the terms really reach the tables (otherwise the checks below would prove nothing)
        var soc = f.Table("t-safety-soc-pt", "md");
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", soc);
        Assert.Contains("HYPERLINK", soc);
    }

    [Fact]
    public void Html_escapes_every_hostile_value()
    {
        var html = f.Html;
        Assert.DoesNotContain(HostileReportFixture.ScriptTerm, html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(HostileReportFixture.HostileId, html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html); // in the tables and in the inlined AE dot plot
        Assert.Contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)", html);
        Assert.Contains("Rash {\\b bold} \\par C:\\temp", html); // harmless in HTML, kept as text
    }

    [Fact]
    public void Csv_tables_and_ard_neutralise_formulas()
    {
        var grid = CsvGrid.Parse(f.Table("t-safety-soc-pt", "csv").TrimStart('\uFEFF'));
        var labels = grid.Select(r => r[0]).ToList();
        Assert.Contains("  '" + HostileReportFixture.FormulaTerm, labels);   // PT rows are indented by two spaces
        Assert.Contains("'" + HostileReportFixture.DdeSoc, labels);
        Assert.DoesNotContain(HostileReportFixture.FormulaTerm, labels);
        foreach (var cell in grid.SelectMany(r => r))
        {
            var t = cell.TrimStart(' ');
            Assert.False(t.Length > 0 && t[0] is '=' or '@' or '+' && !CsvText.IsNumericText(t), $"live formula in a CSV table: {cell}");
        }

        var ard = File.ReadAllText(Path.Combine(f.Out, "ard.csv"), Encoding.UTF8);
        var fields = CsvGrid.Parse(ard).SelectMany(r => r.Take(7)).ToList();
        Assert.Contains("'" + HostileReportFixture.DdeSoc, fields);                  // safety_soc term
        Assert.DoesNotContain(HostileReportFixture.DdeSoc, fields);
        Assert.Contains("'" + HostileReportFixture.DdeSoc + "|Hypertension", fields); // safety_pt term SOC|PT
        var rows = ArdReader.Parse(ard);
        Assert.Contains(rows, r => r.Analysis == "safety_pt" && r.Term.EndsWith("|" + HostileReportFixture.FormulaTerm, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Analysis == "safety_soc" && r.Term == HostileReportFixture.DdeSoc);
    }

    [Fact]
    public void Rtf_escapes_braces_backslashes_and_markup()
    {
        foreach (var rtf in new[] { f.Table("t-safety-soc-pt", "rtf"), File.ReadAllText(Path.Combine(f.Out, "tables", "all-tables.rtf")) })
        {
            Assert.Contains("Rash \\{\\\\b bold\\} \\\\par C:\\\\temp", rtf);
            Assert.DoesNotContain(HostileReportFixture.RtfTerm, rtf);
            Assert.All(rtf, c => Assert.True(c < 128, "RTF output must be ASCII"));
        }
    }

    [Fact]
    public void Markdown_tables_escape_html()
    {
        var md = f.Table("t-safety-soc-pt", "md");
        Assert.DoesNotMatch(@"(?<!\\)<(script|img)", md); // every '<' is backslash-escaped
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", md);
    }

    [Fact]
    public void The_hostile_subject_id_appears_nowhere_unescaped()
    {
        foreach (var (name, bytes) in ReportFiles.ReadAll(f.Out))
        {
            if (name.EndsWith(".png", StringComparison.Ordinal)) continue;
            Assert.DoesNotContain(HostileReportFixture.HostileId, Encoding.UTF8.GetString(bytes));
        }
    }
}
