using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Tests.Reporting;

public class ReportTableTests
{
    [Fact]
    public void Builder_collects_everything_and_keeps_the_original_unchanged()
    {
        var empty = ReportTable.Create("t-x", "Title");
        var t = empty.WithSubtitle("Sub").WithPopulation("Pop").WithStubHeader("Stub")
            .AddColumn("A").AddColumn("B", ColumnAlignment.Right)
            .AddRow("r1", "1", "2")
            .AddRow(new TableRow("r2", ["3", "4"], indent: 2, startsGroup: true, bold: true))
            .AddFootnote("f1");

        Assert.Empty(empty.Columns);
        Assert.Empty(empty.Rows);
        Assert.Null(empty.Subtitle);
        Assert.Equal("t-x", t.Id);
        Assert.Equal("Sub", t.Subtitle);
        Assert.Equal("Pop", t.Population);
        Assert.Equal("Stub", t.StubHeader);
        Assert.Equal(["A", "B"], t.Columns.Select(c => c.Label));
        Assert.Equal(ColumnAlignment.Right, t.Columns[1].Alignment);
        Assert.Equal(["1", "2"], t.Rows[0].Cells);
        Assert.Equal(2, t.Rows[1].Indent);
        Assert.True(t.Rows[1].StartsGroup);
        Assert.True(t.Rows[1].Bold);
        Assert.Equal(["f1"], t.Footnotes);
        Assert.Empty(t.SpannerRows);
        Assert.Equal(1, t.HeaderRowCount);
        Assert.Null(t.WithSubtitle(null).Subtitle);
    }

    [Fact]
    public void Cell_arrays_are_copied()
    {
        var cells = new[] { "1", "2" };
        var row = new TableRow("r", cells);
        cells[0] = "changed";
        Assert.Equal("1", row.Cells[0]);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)row.Cells)[0] = "x");
    }

    [Fact]
    public void One_level_of_spanners_merges_adjacent_columns()
    {
        var t = SampleTables.Teae();
        var level = Assert.Single(t.SpannerRows);
        Assert.Equal(2, level.Count);
        Assert.Equal(("MSC (N=20)", 0, 2), (level[0].Label, level[0].FirstColumn, level[0].ColumnCount));
        Assert.Equal(("Etanercept (N=20)", 2, 2), (level[1].Label, level[1].FirstColumn, level[1].ColumnCount));
        Assert.Equal(2, t.HeaderRowCount);
        Assert.Equal("MSC (N=20): n (%)", t.Columns[0].CompositeLabel);
    }

    [Fact]
    public void Nested_spanners_merge_only_under_the_same_parent()
    {
        // Week 12 > MSC > [n (%), Events], Week 12 > Eta > [n (%)], Week 48 > MSC > [n (%)], p-value (no spanner)
        var t = ReportTable.Create("t-n", "T")
            .AddColumn(new TableColumn("n (%)", spanners: ["Week 12", "MSC"]))
            .AddColumn(new TableColumn("Events", spanners: ["Week 12", "MSC"]))
            .AddColumn(new TableColumn("n (%)", spanners: ["Week 12", "Eta"]))
            .AddColumn(new TableColumn("p", spanners: ["Week 12"]))
            .AddColumn(new TableColumn("n (%)", spanners: ["Week 48", "MSC"]))
            .AddColumn(new TableColumn("p-value"));
        Assert.Equal(3, t.HeaderRowCount);
        string Show(IReadOnlyList<SpannerCell> row) => string.Join(" ", row.Select(c => $"[{c.Label}:{c.FirstColumn}+{c.ColumnCount}]"));
        Assert.Equal("[Week 12:0+4] [Week 48:4+1] [:5+1]", Show(t.SpannerRows[0]));
        Assert.Equal("[MSC:0+2] [Eta:2+1] [:3+1] [MSC:4+1] [:5+1]", Show(t.SpannerRows[1]));
        Assert.True(t.SpannerRows[1][2].IsEmpty);
        Assert.Equal("Week 12: MSC: Events", t.Columns[1].CompositeLabel);
        Assert.Equal("p-value", t.Columns[5].CompositeLabel);
    }

    [Fact]
    public void Invalid_arguments_name_the_parameter()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ReportTable.Create("Bad Id", "T")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ReportTable.Create("-x", "T")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ReportTable.Create(new string('a', 65), "T")).ParamName);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => ReportTable.Create("t", "  ")).ParamName);
        var t = ReportTable.Create("t", "T").AddColumn("A");
        Assert.Equal("row", Assert.Throws<ArgumentException>(() => t.AddRow("r", "1", "2")).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentException>(() => t.AddRow("r", "1").AddColumn("B")).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => t.AddRow("r", "1").WithColumns([new TableColumn("a"), new TableColumn("b")])).ParamName);
        Assert.Equal("footnote", Assert.Throws<ArgumentException>(() => t.AddFootnote("")).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => t.AddColumnGroup("S")).ParamName);
        Assert.Equal("indent", Assert.Throws<ArgumentOutOfRangeException>(() => new TableRow("r", [], indent: 7)).ParamName);
        Assert.Equal("indent", Assert.Throws<ArgumentOutOfRangeException>(() => new TableRow("r", [], indent: -1)).ParamName);
        Assert.Equal("cells", Assert.Throws<ArgumentException>(() => new TableRow("r", [null!])).ParamName);
        Assert.Equal("spanners", Assert.Throws<ArgumentException>(() => new TableColumn("c", spanners: [" "])).ParamName);
        Assert.Equal("alignment", Assert.Throws<ArgumentOutOfRangeException>(() => new TableColumn("c", (ColumnAlignment)9)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => new TableColumn(null!)).ParamName);
    }

    [Theory]
    [InlineData("t-asas20", true)]
    [InlineData("t_1", true)]
    [InlineData("0abc", true)]
    [InlineData("", false)]
    [InlineData("_x", false)]
    [InlineData("T-ASAS", false)]
    [InlineData("a/b", false)]
    [InlineData("a.b", false)]
    [InlineData("a b", false)]
    [InlineData("..", false)]
    public void Id_rule(string id, bool valid) => Assert.Equal(valid, ReportTable.IsValidId(id));

    [Theory]
    [InlineData("Table 2: ASAS20 (NRI)", "table-2-asas20-nri")]
    [InlineData("  --Week 12-- ", "week-12")]
    [InlineData("Ünïcode Table", "n-code-table")]
    public void Slugify_makes_valid_ids(string text, string expected)
    {
        Assert.Equal(expected, ReportTable.Slugify(text));
        Assert.True(ReportTable.IsValidId(expected));
    }

    [Fact]
    public void Slugify_cuts_long_text_and_rejects_text_without_letters()
    {
        var s = ReportTable.Slugify(string.Join(" ", Enumerable.Repeat("abc", 40)));
        Assert.True(s.Length <= ReportTable.MaxIdLength);
        Assert.True(ReportTable.IsValidId(s));
        Assert.False(s.EndsWith('-'));
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => ReportTable.Slugify("§§ ??")).ParamName);
    }
}
