using System.Text;
using AsAnalysis.Ard;
using AsAnalysis.Tests.Reporting;

namespace AsAnalysis.Tests.Ard;

public class ArdWriterTests
{
    private static ArdRow Row(double value, string term = "", string arm = "MSC")
        => new(ArdAnalysis.EfficacyBinary, "ASAS20", "Week 12", arm, term, "rate", "wilson", value);

    [Fact]
    public void Header_and_row_layout_are_exact()
    {
        var csv = ArdWriter.ToCsv(
        [
            new ArdRow(ArdAnalysis.EfficacyBinary, "ASAS20", "Week 12", "MSC", "", "N", "", 20),
            new ArdRow(ArdAnalysis.EfficacyBinary, "ASAS20", "Week 12", "MSC", "", "rate", "", 0.55),
            new ArdRow(ArdAnalysis.EfficacyBinary, "ASAS20", "Week 12", ArdAnalysis.DifferenceArm, "", "ci_low", "newcombe", -0.12),
            new ArdRow(ArdAnalysis.SafetyPt, "ANY_TEAE", "", "Etanercept", "Infections, infestations|Nasopharyngitis", "n_subjects", "", 3),
        ]);
        Assert.Equal(
            "analysis,endpoint,visit,arm,term,stat,method,value\n" +
            "efficacy_binary,ASAS20,Week 12,MSC,,N,,20\n" +
            "efficacy_binary,ASAS20,Week 12,MSC,,rate,,0.55\n" +
            "efficacy_binary,ASAS20,Week 12,difference,,ci_low,newcombe,-0.12\n" +
            "safety_pt,ANY_TEAE,,Etanercept,\"Infections, infestations|Nasopharyngitis\",n_subjects,,3\n",
            csv);
    }

    public static TheoryData<double, string> AwkwardDoubles => new()
    {
        { 0.1 + 0.2, "0.30000000000000004" },
        { 1e-300, "1E-300" },
        { 5e-324, "5E-324" },                    // smallest subnormal
        { 2.2250738585072014E-308, "2.2250738585072014E-308" }, // smallest normal
        { double.MaxValue, "1.7976931348623157E+308" },
        { -double.MaxValue, "-1.7976931348623157E+308" },
        { 1.0 / 3.0, "0.3333333333333333" },
        { Math.PI, "3.141592653589793" },
        { 123456789.123456789, "123456789.12345679" },
        { -0.0, "-0" },
        { 0.0, "0" },
        { 1e21, "1E+21" },
        { 0.1, "0.1" },
        { 9007199254740993.0, "9007199254740992" }, // 2^53 + 1 is not representable
    };

    [Theory]
    [MemberData(nameof(AwkwardDoubles))]
    public void Values_round_trip_bit_for_bit(double value, string text)
    {
        Assert.Equal(text, ArdWriter.FormatValue(value));
        var back = Assert.Single(ArdReader.Parse(ArdWriter.ToCsv([Row(value)])));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(back.Value));
    }

    [Fact]
    public void Not_estimable_and_infinite_values()
    {
        Assert.Equal("", ArdWriter.FormatValue(double.NaN));
        Assert.Equal("Inf", ArdWriter.FormatValue(double.PositiveInfinity));
        Assert.Equal("-Inf", ArdWriter.FormatValue(double.NegativeInfinity));
        var csv = ArdWriter.ToCsv([Row(double.NaN), Row(double.PositiveInfinity), Row(double.NegativeInfinity)]);
        Assert.EndsWith(",wilson,\n", csv.Split('\n')[1] + "\n", StringComparison.Ordinal);
        var back = ArdReader.Parse(csv);
        Assert.True(double.IsNaN(back[0].Value));
        Assert.Equal(double.PositiveInfinity, back[1].Value);
        Assert.Equal(double.NegativeInfinity, back[2].Value);
    }

    [Fact]
    public void Hostile_text_is_neutralised_quoted_and_restored_exactly()
    {
        var rows = SampleTables.Hostile.Concat(["'leading quote", "Infections|=cmd", ""])
            .Select((s, i) => new ArdRow(ArdAnalysis.SafetyPt, s, "", s, s, "pct", "", -0.5 * i))
            .ToList();
        var csv = ArdWriter.ToCsv(rows);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'+cmd,", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1),", csv, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", csv, StringComparison.Ordinal);
        Assert.Contains(",''leading quote,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", csv, StringComparison.Ordinal);
        // The value column is never neutralised: negative values stay numbers.
        Assert.Contains(",-0.5\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("'-0.5", csv, StringComparison.Ordinal);
        Assert.Equal(rows, ArdReader.Parse(csv));
    }

    [Fact]
    public void Output_is_deterministic_and_written_without_bom()
    {
        var rows = Enumerable.Range(0, 50).Select(i => Row(i / 7.0, "t" + i)).ToList();
        Assert.Equal(ArdWriter.ToCsv(rows), ArdWriter.ToCsv(rows.ToArray()));
        var path = Path.Combine(Path.GetTempPath(), "ard-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            ArdWriter.WriteFile(path, rows);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'a', bytes[0]);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal(Encoding.UTF8.GetBytes(ArdWriter.ToCsv(rows)), bytes);
            Assert.Equal(rows, ArdReader.ReadFile(path));
            using var sw = new StringWriter();
            ArdWriter.Write(sw, rows);
            Assert.Equal(ArdWriter.ToCsv(rows), sw.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reader_accepts_bom_and_crlf()
    {
        var csv = "\uFEFF" + ArdWriter.ToCsv([Row(0.25), Row(-1)]).Replace("\n", "\r\n", StringComparison.Ordinal);
        var rows = ArdReader.Parse(csv);
        Assert.Equal([0.25, -1.0], rows.Select(r => r.Value));
    }

    [Theory]
    [InlineData("analysis,endpoint,visit,arm,term,stat,method\n", "Line 1")]
    [InlineData("analysis,endpoint,visit,arm,term,stat,method,value\na,b,c,d,e,f,g\n", "Line 2: expected 8 fields")]
    [InlineData("analysis,endpoint,visit,arm,term,stat,method,value\na,b,c,d,e,f,g,1\na,b,c,d,e,f,g,abc\n", "Line 3: value 'abc'")]
    [InlineData("analysis,endpoint,visit,arm,term,stat,method,value\na,b,c,d,e,f,g,1,5\n", "Line 2")]
    [InlineData("analysis,endpoint,visit,arm,term,stat,method,value\na,b,c,d,e,f,g,Infinity\n", "Line 2: value 'Infinity'")]
    public void Reader_rejects_malformed_files_naming_the_line(string csv, string message)
        => Assert.StartsWith(message, Assert.Throws<FormatException>(() => ArdReader.Parse(csv)).Message, StringComparison.Ordinal);

    [Fact]
    public void Null_rows_are_rejected()
        => Assert.Equal("rows", Assert.Throws<ArgumentException>(() => ArdWriter.ToCsv([Row(1), null!])).ParamName);
}
