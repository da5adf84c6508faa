using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

public class XptTextTests
{
    private static XptVariable Num(string name, string format = "", int width = 0) =>
        new(1, name, "", XptVariableType.Numeric, 8, 0, new XptFormat(format, width, 0), XptFormat.None);

    [Theory]
    [InlineData("TRTSDT", "DATE", 9, true)]
    [InlineData("VISDATE", "YYMMDD", 10, true)]
    [InlineData("X", "E8601DA", 10, true)]
    [InlineData("X", "MMDDYYS", 10, true)]
    [InlineData("ASTDT", "", 0, true)]          // name ends in DT, no format
    [InlineData("ASTDT", "", 8, true)]          // name ends in DT, plain 8. format
    [InlineData("ADTM", "DATETIME", 20, false)]
    [InlineData("ASTDT", "DATETIME", 20, false)] // seconds, not days, despite the name
    [InlineData("ASTDT", "E8601DT", 19, false)]
    [InlineData("AVAL", "", 8, false)]
    [InlineData("AVAL", "BEST", 12, false)]
    public void DateVariables(string name, string format, int width, bool expected) =>
        Assert.Equal(expected, XptText.IsDateVariable(Num(name, format, width)));

    [Fact]
    public void CharacterVariableEndingInDtIsNotADate() =>
        Assert.False(XptText.IsDateVariable(new XptVariable(1, "RFSTDT", "", XptVariableType.Character, 10, 0, XptFormat.None, XptFormat.None)));

    [Theory]
    [InlineData(19725.0, "2014-01-02")]   // R: as.Date(19725, origin = "1960-01-01") -> "2014-01-02"
    [InlineData(0.0, "1960-01-01")]
    [InlineData(-1.0, "1959-12-31")]
    [InlineData(-21914.0, "1900-01-01")]  // R: as.Date(-21914, origin = "1960-01-01") -> "1900-01-01"
    [InlineData(2936549.0, "9999-12-31")] // last day DateOnly holds
    [InlineData(2936550.0, "2936550")]    // beyond year 9999: left as a number for the validator to reject
    [InlineData(19725.5, "19725.5")]      // not a whole day: left as a number, never rounded silently
    public void Dates(double days, string expected) => Assert.Equal(expected, XptText.Field(XptValue.FromNumber(days), isDate: true));

    [Fact]
    public void NumbersMissingValuesAndText()
    {
        Assert.Equal("25.1", XptText.Field(XptValue.FromNumber(25.1), false));
        Assert.Equal("0.30000000000000004", XptText.Field(XptValue.FromNumber(0.1 + 0.2), false));
        Assert.Equal("1E-70", XptText.Field(XptValue.FromNumber(1e-70), false));
        Assert.Equal("19725", XptText.Field(XptValue.FromNumber(19725), false));
        Assert.Null(XptText.Field(XptValue.FromMissing('.'), false));
        Assert.Null(XptText.Field(XptValue.FromMissing('A'), true));
        Assert.Null(XptText.Field(XptValue.FromMissing('_'), false));
        Assert.Null(XptText.Field(XptValue.FromText(""), false));
        Assert.Equal("  x", XptText.Field(XptValue.FromText("  x"), false));
    }

    [Fact]
    public void RoundTripTextGivesBackTheSameDouble()
    {
        var rng = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var x = Math.ScaleB(rng.NextDouble() + 1, rng.Next(-200, 200));
            Assert.Equal(x, double.Parse(XptText.Field(XptValue.FromNumber(x), false)!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
