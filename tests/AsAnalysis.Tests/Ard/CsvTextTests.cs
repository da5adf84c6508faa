using AsAnalysis.Ard;
using AsAnalysis.Tests.Reporting;

namespace AsAnalysis.Tests.Ard;

// The rule under test is documented on CsvText and in docs/reporting.md.
public class CsvTextTests
{
    [Theory]
    // Triggers (OWASP CSV injection list: = + - @ tab CR) are prefixed with '
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rCR", "'\rCR")]
    [InlineData("=1", "'=1")]                 // '=' is never exempt, even before a number
    [InlineData("  =cmd", "'  =cmd")]         // leading spaces do not hide a trigger
    [InlineData("\uFF1Dcmd", "'\uFF1Dcmd")]   // full-width equals sign
    [InlineData("-", "'-")]
    [InlineData("- 3", "'- 3")]
    [InlineData("-3%", "'-3%")]
    [InlineData("-0.5 (NE, 0.3)", "'-0.5 (NE, 0.3)")] // letters inside: not a numbers-only statistic
    // A leading quote is doubled so that Restore is exact
    [InlineData("'quoted", "''quoted")]
    [InlineData("'", "''")]
    // Plain numbers and numbers-only statistics starting with + or - are kept
    [InlineData("-3", "-3")]
    [InlineData("-0.12", "-0.12")]
    [InlineData("+3", "+3")]
    [InlineData("-.5", "-.5")]
    [InlineData("-1E-05", "-1E-05")]
    [InlineData("-5.2 (-10.3, 0.1)", "-5.2 (-10.3, 0.1)")]
    [InlineData("-1.50 (0.30)", "-1.50 (0.30)")]
    [InlineData("  -3", "  -3")]
    // Ordinary text is kept
    [InlineData("", "")]
    [InlineData("Nasopharyngitis", "Nasopharyngitis")]
    [InlineData("5 (25.0)", "5 (25.0)")]
    [InlineData("a=b", "a=b")]
    [InlineData("   ", "   ")]
    public void Neutralise_rule(string input, string expected)
    {
        Assert.Equal(expected, CsvText.Neutralise(input));
        Assert.Equal(expected != input, CsvText.NeedsNeutralising(input));
        Assert.Equal(input, CsvText.Restore(CsvText.Neutralise(input)));
    }

    [Fact]
    public void Restore_inverts_neutralise_for_every_hostile_string()
    {
        foreach (var s in SampleTables.Hostile.Concat(["''", "'=x", "=", "+", "@", "-1-1"]))
            Assert.Equal(s, CsvText.Restore(CsvText.Neutralise(s)));
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("l1\nl2", "\"l1\nl2\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    [InlineData("  indented", "\"  indented\"")]
    [InlineData("trailing ", "\"trailing \"")]
    [InlineData("'=x", "'=x")]
    public void Quote_follows_rfc4180(string field, string expected) => Assert.Equal(expected, CsvText.Quote(field));

    [Fact]
    public void Parser_reads_what_quote_writes()
    {
        var fields = new[] { "a,b", "say \"hi\"", "l1\nl2", "", "  x ", "plain", "cr\r\nlf" };
        var line = string.Join(",", fields.Select(CsvText.Quote)) + "\n";
        var records = CsvText.Parse(line + line.TrimEnd('\n') + "\r\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(fields, records[0].Fields);
        Assert.Equal(fields, records[1].Fields);
        Assert.Equal(1, records[0].Line);
        Assert.Equal(4, records[1].Line); // record 1 spans lines 1-3 (two embedded line breaks)
    }

    [Theory]
    [InlineData("a\"b\n")]
    [InlineData("\"abc\n")]
    [InlineData("\"a\"b\n")]
    public void Parser_rejects_malformed_quoting(string text) => Assert.Throws<FormatException>(() => CsvText.Parse(text));
}
