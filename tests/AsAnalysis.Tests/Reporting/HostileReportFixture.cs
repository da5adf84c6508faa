using System.Text;
using AsAnalysis.Ard;
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
