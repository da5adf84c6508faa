using System.Text;
using AsAnalysis.Reporting;
using AsAnalysis.Tests.Data;

namespace AsAnalysis.Tests.Reporting;

/// <summary>
/// The sample export with hostile strings as AE terms and as a subject id (consistently in every file), reported once
/// for the class.
/// </summary>
public sealed class HostileReportFixture : IDisposable
{
    public const string ScriptTerm = "<script>alert(1)</script>";
    public const string FormulaTerm = "=HYPERLINK(\"http://x\",\"y\")";
    public const string DdeSoc = "@SUM(1+1)*cmd|' /C calc'!A0";
    public const string RtfTerm = "Rash {\\b bold} \\par C:\\temp";
    public const string HostileId = "<img src=x onerror=alert(1)>";

    private readonly TempFolder _temp = new();

    public HostileReportFixture()
    {
        var export = _temp.Sub("export");
        Directory.CreateDirectory(export);
        var adsl = Read(Path.Combine(Samples.Root, "adsl.csv"));
        var idColumn = adsl[0].IndexOf("USUBJID");
        OriginalId = adsl[1][idColumn];
        foreach (var name in new[] { "adsl.csv", "adeff.csv", "adae.csv", "adex.csv" })
        {
            var rows = Read(Path.Combine(Samples.Root, name));
            var id = rows[0].IndexOf("USUBJID");
            int soc = rows[0].IndexOf("AEBODSYS"), pt = rows[0].IndexOf("AEDECOD");
            foreach (var r in rows.Skip(1))
            {
                if (r[id] == OriginalId) r[id] = HostileId;
                if (pt < 0) continue;
                r[pt] = r[pt] switch { "Headache" => ScriptTerm, "Back pain" => FormulaTerm, "Nausea" => RtfTerm, _ => r[pt] };
                if (r[soc] == "Vascular disorders") r[soc] = DdeSoc;
            }
            var sb = new StringBuilder();
            foreach (var r in rows) CsvText.AppendRecord(sb, r);
            File.WriteAllText(Path.Combine(export, name), sb.ToString(), new UTF8Encoding(false));
        }
        Out = _temp.Sub("out");
        Run = CliRun.Of("report", export, "--out", Out);
        Html = File.ReadAllText(Path.Combine(Out, "report.html"), Encoding.UTF8);
    }

    public string OriginalId { get; }
    internal CliRun Run { get; }
    public string Out { get; }
    public string Html { get; }

    public string Table(string id, string ext) => File.ReadAllText(Path.Combine(Out, "tables", id + "." + ext), Encoding.UTF8);

    private static List<List<string>> Read(string path) => CsvText.Parse(File.ReadAllText(path, Encoding.UTF8)).Select(r => r.Fields).ToList();

    public void Dispose() => _temp.Dispose();
}

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
