using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Tests.Reporting;

/// <summary>Tables shared by the reporting tests.</summary>
internal static class SampleTables
{
    /// <summary>Strings that try to break out of every output format.</summary>
    public static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://x\",\"y\")",
        "+cmd",
        "@SUM(1)",
        "-2+3",
        "{\\rtf1} \\par C:\\temp\\x",
        "Ünïcödé ≥ 😀 日本",
        "a|b, \"q\" & 'p'",
        "*bold* _it_ [l](http://x) `c` ~s~",
        "# heading",
        "1. item",
        "> quote",
        "line1\nline2\r\nline3",
        "\tTabbed",
        "\rCR",
        "nul\u0000bel\u0007",
    ];

    /// <summary>A SOC/PT table with an arm spanner over two columns per arm, indentation, a group separator and footnotes.</summary>
    public static ReportTable Teae() =>
        ReportTable.Create("t-teae", "Table 14.3.1 TEAEs by SOC and PT")
            .WithSubtitle("Safety population")
            .WithPopulation("N = subjects in the safety population")
            .WithStubHeader("System organ class\nPreferred term")
            .AddColumnGroup("MSC (N=20)", "n (%)", "Events")
            .AddColumnGroup("Etanercept (N=20)", "n (%)", "Events")
            .AddRow(new TableRow("Any TEAE", ["12 (60.0)", "30", "10 (50.0)", "25"], bold: true))
            .AddRow(new TableRow("Infections and infestations", ["5 (25.0)", "7", "3 (15.0)", "4"], startsGroup: true))
            .AddRow(new TableRow("Nasopharyngitis", ["3 (15.0)", "4", "2 (10.0)", "2"], indent: 1))
            .AddFootnote("Subjects are counted once per SOC and once per PT.")
            .AddFootnote("MedDRA version 26.0.");

    /// <summary>A table with every hostile string in the title, a spanner, a column, a row label, a cell and a footnote.</summary>
    public static ReportTable HostileTable()
    {
        var t = ReportTable.Create("t-hostile", string.Join(" ", Hostile))
            .WithSubtitle(Hostile[0])
            .WithPopulation(Hostile[1])
            .WithStubHeader(Hostile[2])
            .AddColumn(new TableColumn(Hostile[3], ColumnAlignment.Center, [Hostile[5]]))
            .AddColumn(new TableColumn("Value", ColumnAlignment.Right, [Hostile[5]]));
        for (var i = 0; i < Hostile.Length; i++)
        {
            t = t.AddRow(new TableRow(Hostile[i], [Hostile[(i + 1) % Hostile.Length], "-0.12"], indent: i % 3, startsGroup: i == 4, bold: i == 2));
        }
        foreach (var h in Hostile) t = t.AddFootnote(h.Trim().Length == 0 ? "x" : h);
        return t;
    }
}
