using AsAnalysis.Data;
using AsAnalysis.Data.Conversion;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>Regression tests for the loader bugs the corruption suite found.</summary>
public class LoaderFixesTests
{
    [Theory]
    [InlineData("4.6", true)]
    [InlineData("4.600", true)]
    [InlineData("+004.6", true)]
    [InlineData("-0", true)]
    [InlineData("0e5", true)]
    [InlineData("1E+3", true)]
    [InlineData("46e-1", true)]
    [InlineData(".5", true)]
    [InlineData("5.", true)]
    [InlineData("0.0000000000000000000000000001", true)]   // 1e-28: the smallest decimal step
    [InlineData("12345678901234567890123456789", true)]    // 29 digits below 2^96
    [InlineData("1e-70", false)]                           // decimal.Parse gives 0
    [InlineData("0.00000000000000000000000000001", false)] // 1e-29 -> 0
    [InlineData("12345678901234567890123456789.5", false)] // rounds to ...790
    [InlineData("1.00000000000000000000000000001", false)] // rounds to 1
    public void DecimalParsingIsCheckedForExactness(string text, bool exact)
    {
        Assert.True(decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d));
        Assert.Equal(exact, NumberText.IsExact(text, d));
    }

    [Fact]
    public void ANumberThatWouldBeRoundedIsRejected()
    {
        var adeff = Samples.MiniAdeff.Replace("S-001,PTGLOBAL,0,Baseline,6.5", "S-001,PTGLOBAL,0,Baseline,1e-70");
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(new StringReader(Samples.MiniAdsl), new StringReader(adeff), null));
        var p = Assert.Single(e.Problems);
        Assert.Equal(("adeff.csv", 2L, "AVAL", "1e-70"), (p.File, p.Line, p.Column, p.Value));
        Assert.StartsWith("too many digits to keep exactly", p.Reason);
        Assert.EndsWith("it would load as 0.0000000000000000000000000000", p.Reason);
    }

    [Fact]
    public void ControlCharactersInValuesAndHeadersAreRejected()
    {
        var adsl = Samples.MiniAdsl.Replace("S-003,102,MSC,MSC,Y,Y,N", "S-003,102,MSC,MSC,Y,Y,N\u0001");
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(new StringReader(adsl), new StringReader(Samples.MiniAdeff), null));
        var p = Assert.Single(e.Problems);
        Assert.Equal(("adsl.csv", 4L, "PPROTFL", "N\u0001"), (p.File, p.Line, p.Column, p.Value));
        Assert.Equal("control character U+0001 in the value: binary data or a damaged file", p.Reason);

        adsl = Samples.MiniAdsl.Replace("PPROTFL", "PPR\u0000OTFL"); // a damaged header would silently drop the column
        p = Assert.Single(Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(new StringReader(adsl), new StringReader(Samples.MiniAdeff), null)).Problems);
        Assert.Equal(("adsl.csv", 1L, "", "PPR\u0000OTFL"), (p.File, p.Line, p.Column, p.Value));
        Assert.Equal("control character U+0000 in a column name: binary data or a damaged header", p.Reason);
    }

    [Fact]
    public void TabsAndQuotedLineBreaksInTextAreStillAccepted()
    {
        var adae = "USUBJID,AEBODSYS,AEDECOD,AESEV,AESER\nS-001,General disorders,\"Infusion\r\nsite\treaction\",MILD,N\n";
        var data = TrialDataLoader.Load(new StringReader(Samples.MiniAdsl), null, new StringReader(adae));
        Assert.Equal("Infusion\r\nsite\treaction", Assert.Single(data.AdverseEvents).Pt);
    }

    [Fact]
    public void AFileCutInsideItsLastValueIsRejected()
    {
        // "6.8" cut to "6." would load as 6 (stream and text reader paths alike)
        var adeff = Samples.MiniAdeff[..^2];
        Assert.EndsWith(",6.", adeff);
        foreach (var load in new Func<TrialData>[]
        {
            () => TrialDataLoader.Load(new StringReader(Samples.MiniAdsl), new StringReader(adeff), null),
            () => TrialDataLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Samples.MiniAdsl)), new MemoryStream(System.Text.Encoding.UTF8.GetBytes(adeff)), null),
            () => TrialDataLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Samples.MiniAdsl)), new MemoryStream(System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(adeff)).ToArray()), null),
        })
        {
            var p = Assert.Single(Assert.Throws<TrialDataException>(load).Problems);
            Assert.Equal(("adeff.csv", 5L, ""), (p.File, p.Line, p.Column));
            Assert.Equal(CsvTableReader.NoFinalLineBreak, p.Reason);
        }
    }

    [Fact]
    public void FilesEndingWithAnyLineBreakLoad()
    {
        foreach (var end in new[] { "\n", "\r\n", "\r", "\n\n" })
        {
            var adeff = Samples.MiniAdeff.TrimEnd('\n') + end;
            Assert.Equal(4, TrialDataLoader.Load(new StringReader(Samples.MiniAdsl), new StringReader(adeff), null).Assessments.Count);
            Assert.Equal(4, TrialDataLoader.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Samples.MiniAdsl)), new MemoryStream(System.Text.Encoding.UTF8.GetBytes(adeff)), null).Assessments.Count);
        }
    }
}
