using System.Globalization;
using AsAnalysis.Formatting;
using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Formatting;

// Expected texts are worked out by hand from the documented rule: double -> decimal (15 significant digits),
// then Math.Round(..., MidpointRounding.AwayFromZero).
public class ValueFormatterTests
{
    private static readonly ValueFormatter F = ValueFormatter.Default;
    private static ValueFormatter With(FormatOptions o) => new(o);

    [Theory]
    [InlineData(0.125, 0, "13")]      // 12.5 -> half away from zero -> 13 (banker's rounding would give 12)
    [InlineData(0.125, 1, "12.5")]
    [InlineData(0.135, 0, "14")]      // 13.5 -> 14
    [InlineData(0.145, 0, "15")]      // binary 0.14499999999999999 is taken as decimal 0.145 -> 14.5 -> 15
    [InlineData(0.0125, 1, "1.3")]    // 1.25 -> 1.3
    [InlineData(0.0005, 1, "0.1")]    // 0.05 -> 0.1 (not "<0.1": it rounds up)
    [InlineData(0.0004, 1, "<0.1")]   // non-zero but rounds to 0.0
    [InlineData(0.004, 0, "<1")]
    [InlineData(0.9996, 1, ">99.9")]  // 99.96 would round to 100.0
    [InlineData(0.996, 0, ">99")]
    [InlineData(0.9994, 1, "99.9")]
    [InlineData(0.0, 1, "0")]         // exact zero without decimals
    [InlineData(1.0, 1, "100")]       // exact 100 without decimals
    [InlineData(0.25, 2, "25.00")]
    public void Percent_from_proportion(double p, int decimals, string expected)
        => Assert.Equal(expected, With(FormatOptions.Default with { PercentDecimals = decimals }).Percent(p));

    [Theory]
    [InlineData(1, 8, 0, "1 (13)")]     // 12.5 exactly in decimal
    [InlineData(1, 8, 1, "1 (12.5)")]
    [InlineData(1, 3, 1, "1 (33.3)")]
    [InlineData(2, 3, 1, "2 (66.7)")]
    [InlineData(5, 20, 1, "5 (25.0)")]
    [InlineData(0, 20, 1, "0 (0)")]
    [InlineData(20, 20, 1, "20 (100)")]
    [InlineData(0, 0, 1, "0")]          // empty arm: count only
    [InlineData(1, 2001, 1, "1 (<0.1)")]
    [InlineData(2000, 2001, 1, "2000 (>99.9)")]
    public void Count_with_percent(int n, int d, int decimals, string expected)
        => Assert.Equal(expected, With(FormatOptions.Default with { PercentDecimals = decimals }).CountPercent(n, d));

    [Fact]
    public void Percent_of_counts_and_nan()
    {
        Assert.Equal("12.5", F.Percent(1, 8));
        Assert.Equal("NE", F.Percent(0, 0));
        Assert.Equal("NE", F.Percent(double.NaN));
        Assert.Equal("3 (NE)", F.CountPercent(3, double.NaN));
        Assert.Equal("3 (15.0)", F.CountPercent(3, 0.15));
    }

    [Fact]
    public void Percent_rejects_invalid_input()
    {
        Assert.Equal("proportion", Assert.Throws<ArgumentOutOfRangeException>(() => F.Percent(-0.01)).ParamName);
        Assert.Equal("proportion", Assert.Throws<ArgumentOutOfRangeException>(() => F.Percent(1.0000001)).ParamName);
        Assert.Equal("proportion", Assert.Throws<ArgumentOutOfRangeException>(() => F.Percent(double.PositiveInfinity)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => F.CountPercent(3, 2)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => F.CountPercent(-1, 2)).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => F.CountPercent(0, -1)).ParamName);
    }

    [Theory]
    [InlineData(0.0005, "<0.001")]
    [InlineData(0.0, "<0.001")]
    [InlineData(0.00099999, "<0.001")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.00149999, "0.001")]   // below the midpoint 0.0015
    [InlineData(0.0015, "0.002")]       // midpoint, half away from zero (binary 0.0015 is 0.00150000000000000003)
    [InlineData(0.0435, "0.044")]       // binary 0.04349999999999999 is taken as decimal 0.0435 -> 0.044
    [InlineData(0.043, "0.043")]
    [InlineData(0.05, "0.050")]
    [InlineData(0.99949, "0.999")]
    [InlineData(0.9995, ">0.999")]      // would round to 1.000
    [InlineData(0.9996, ">0.999")]
    [InlineData(1.0, "1.000")]          // exactly 1 (e.g. Fisher with identical proportions)
    public void PValue_default_three_decimals(double p, string expected) => Assert.Equal(expected, F.PValue(p));

    [Fact]
    public void PValue_other_decimals_nan_and_range()
    {
        var f4 = With(FormatOptions.Default with { PValueDecimals = 4 });
        Assert.Equal("<0.0001", f4.PValue(0.00005));
        Assert.Equal("0.0435", f4.PValue(0.0435));
        Assert.Equal(">0.9999", f4.PValue(0.99996));
        var f2 = With(FormatOptions.Default with { PValueDecimals = 2 });
        Assert.Equal("<0.01", f2.PValue(0.0049));
        Assert.Equal("<0.01", f2.PValue(0.005));
        Assert.Equal("0.02", f2.PValue(0.015));   // binary 0.01499999999999999944 is taken as decimal 0.015
        Assert.Equal("NE", F.PValue(double.NaN));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => F.PValue(-1e-12)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => F.PValue(1 + 1e-12)).ParamName);
    }

    [Fact]
    public void Estimates_and_intervals()
    {
        Assert.Equal("0.25 (0.10, 0.40)", F.EstimateWithCi(0.25, 0.1, 0.4));
        Assert.Equal("0.25 (0.10, 0.40)", F.EstimateWithCi(0.25, new ConfidenceInterval(0.1, 0.4, 0.95)));
        Assert.Equal("-0.13 (-0.30, 0.05)", F.EstimateWithCi(-0.125, -0.3, 0.05)); // -0.125 -> -0.13 (away from zero)
        Assert.Equal("1.50 (0.20, NE)", F.EstimateWithCi(1.5, 0.2, double.PositiveInfinity));
        Assert.Equal("NE (NE, NE)", F.EstimateWithCi(double.NaN, ConfidenceInterval.Undefined(0.95)));
        Assert.Equal("0.00", F.Number(-0.001, 2));   // no negative zero
        Assert.Equal("0", F.Number(-0.4, 0));
        Assert.Equal("-1", F.Number(-0.5, 0));
        Assert.Equal("3", F.Number(2.5, 0));
        Assert.Equal("1.01", F.Number(1.005, 2));    // binary 1.00499999999999989 is taken as 1.005
        Assert.Equal("0.30", F.Number(0.1 + 0.2, 2));
        Assert.Equal("0.000", F.Number(1e-300, 3));
        Assert.Equal("99999999999999991433150857216.0", F.Number(1e29, 1)); // beyond decimal range: exact double digits
        Assert.Equal("NE", F.Number(double.NegativeInfinity, 2));
        Assert.Equal("3.46 (1.20)", F.MeanSd(3.456, 1.2));
        Assert.Equal("12", ValueFormatter.Integer(12));
    }

    [Fact]
    public void Percentage_points()
    {
        Assert.Equal("15.2 (-5.1, 35.0)", F.PercentagePointsWithCi(0.152, -0.051, 0.35));
        Assert.Equal("-12.5", F.PercentagePoints(-0.125));
        Assert.Equal("0.0", F.PercentagePoints(-0.0001));
        Assert.Equal("NE", F.PercentagePoints(double.NaN));
    }

    [Fact]
    public void Rates_per_100_patient_years()
    {
        Assert.Equal("24.00", F.RatePer100PatientYears(3, 12.5));
        Assert.Equal("33.33", F.RatePer100PatientYears(1, 3));
        Assert.Equal("66.67", F.RatePer100PatientYears(2, 3));
        Assert.Equal("13", With(FormatOptions.Default with { RateDecimals = 0 }).RatePer100PatientYears(1, 8));
        Assert.Equal("0.00", F.RatePer100PatientYears(0, 10));
        Assert.Equal("NE", F.RatePer100PatientYears(0, 0));
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => F.RatePer100PatientYears(-1, 3)).ParamName);
        Assert.Equal("patientYears", Assert.Throws<ArgumentOutOfRangeException>(() => F.RatePer100PatientYears(1, double.NaN)).ParamName);
    }

    [Fact]
    public void Summaries_rates_fractions_and_levels()
    {
        Assert.Equal("8.3 (1.5)", F.MeanSd(8.25, 1.45, 1));
        Assert.Equal("8 (4, 9)", F.MedianRange(7.5, 4, 9, 0));   // 7.5 -> 8, half away from zero
        Assert.Equal("NE (NE, NE)", F.MedianRange(double.NaN, double.NaN, double.NaN, 1));
        Assert.Equal("12.35 (5.00, 24.10)", F.RateWithCi(12.345, 5, 24.1));
        Assert.Equal("12.35", F.Rate(12.345));
        Assert.Equal("3/20", ValueFormatter.Fraction(3, 20));
        Assert.Equal("14/30 (46.7)", F.FractionPercent(14, 30));
        Assert.Equal("0/30 (0)", F.FractionPercent(0, 30));
        Assert.Equal("0/0", F.FractionPercent(0, 0));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => F.FractionPercent(31, 30)).ParamName);
        Assert.Equal("(39.2, 72.6)", F.PercentInterval(0.39198, 0.72555));
        Assert.Equal("95%", ValueFormatter.ConfidenceLevel(0.95));
        Assert.Equal("90%", ValueFormatter.ConfidenceLevel(0.9));
        Assert.Equal("97.5%", ValueFormatter.ConfidenceLevel(0.975));
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => ValueFormatter.ConfidenceLevel(1)).ParamName);
        Assert.Equal("365.25", ValueFormatter.Exact(365.25));
        Assert.Equal("0.30000000000000004", ValueFormatter.Exact(0.1 + 0.2));
    }

    [Fact]
    public void Every_method_has_a_plain_name()
    {
        Assert.All(Enum.GetValues<ProportionCiMethod>(), m => Assert.False(string.IsNullOrWhiteSpace(m.Label())));
        Assert.All(Enum.GetValues<DifferenceCiMethod>(), m => Assert.False(string.IsNullOrWhiteSpace(m.Label())));
        Assert.All(Enum.GetValues<RiskRatioCiMethod>(), m => Assert.False(string.IsNullOrWhiteSpace(m.Label())));
        Assert.All(Enum.GetValues<OddsRatioMethod>(), m => Assert.False(string.IsNullOrWhiteSpace(m.Label())));
        Assert.All(Enum.GetValues<TestMethod>(), m => Assert.False(string.IsNullOrWhiteSpace(m.Label())));
        Assert.All(Enum.GetValues<PValueAdjustment>(), m => Assert.False(string.IsNullOrWhiteSpace(m.Label())));
        Assert.Equal("Newcombe hybrid score", DifferenceCiMethod.Newcombe.Label());
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ((TestMethod)999).Label()).ParamName);
    }

    [Fact]
    public void Texts_for_not_estimable_and_missing_are_configurable()
    {
        var f = With(FormatOptions.Default with { NotEstimableText = "-", MissingText = "n/a" });
        Assert.Equal("-", f.PValue(double.NaN));
        Assert.Equal("n/a", f.Missing);
        Assert.Equal("NE", F.NotEstimable);
        Assert.Equal("-", F.Missing);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Equal("PercentDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => FormatOptions.Default with { PercentDecimals = -1 }).ParamName);
        Assert.Equal("EstimateDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => FormatOptions.Default with { EstimateDecimals = 11 }).ParamName);
        Assert.Equal("PValueDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => FormatOptions.Default with { PValueDecimals = 0 }).ParamName);
        Assert.Equal("RateDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => FormatOptions.Default with { RateDecimals = -2 }).ParamName);
        Assert.Equal("NotEstimableText", Assert.Throws<ArgumentException>(() => FormatOptions.Default with { NotEstimableText = " " }).ParamName);
        Assert.Equal("MissingText", Assert.Throws<ArgumentException>(() => FormatOptions.Default with { MissingText = "a\nb" }).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => F.Number(1, 11)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new ValueFormatter(null!));
    }

    [Fact]
    public void Output_ignores_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "~";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("-0.13 (-0.30, 0.05)", F.EstimateWithCi(-0.125, -0.3, 0.05));
            Assert.Equal("1 (12.5)", F.CountPercent(1, 8));
            Assert.Equal("0.043", F.PValue(0.043));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
