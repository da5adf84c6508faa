using AsAnalysis.Data;
using AsAnalysis.Data.Conversion;

namespace AsAnalysis.Tests.Data;

/// <summary>The loader's fast number path gives exactly what the general path gives: <c>Normalize(decimal.Parse(s))</c>.</summary>
public class PlainDecimalTests
{
    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static decimal General(string s) =>
        NumberText.Normalize(decimal.Parse(s, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowExponent, Inv));

    private static void Same(decimal expected, decimal actual)
    {
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual)); // value, scale and sign alike
        Assert.Equal(expected.ToString(Inv), actual.ToString(Inv));
    }

    [Theory]
    [InlineData("5.5", "5.5")]
    [InlineData("4.40", "4.4")]
    [InlineData("12.000", "12")]
    [InlineData("007.50", "7.5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("10", "10")]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("0.00000000000000001", "0.00000000000000001")] // 18 digits, the most the fast path takes
    public void Plain_numbers_parse_to_the_normalized_decimal(string text, string printed)
    {
        Assert.True(NumberText.TryParsePlainDecimal(text, out var d));
        Same(General(text), d);
        Assert.Equal(printed, d.ToString(Inv));
    }

    [Theory]
    [InlineData("0")]            // zero (and its signed or scaled forms) takes the general path
    [InlineData("-0")]
    [InlineData("0.0")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("-.5")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1234567890123456789")] // 19 digits
    public void Other_forms_are_left_to_the_general_path(string text) =>
        Assert.False(NumberText.TryParsePlainDecimal(text, out _));

    [Fact]
    public void Random_plain_numbers_agree_with_the_general_path()
    {
        var random = new Random(20161124);
        for (var n = 0; n < 200_000; n++)
        {
            var intDigits = random.Next(1, 10);
            var fracDigits = random.Next(0, 9);
            var text = (random.Next(4) == 0 ? "-" : "") + Digits(random, intDigits) + (fracDigits > 0 ? "." + Digits(random, fracDigits) : "");
            if (NumberText.TryParsePlainDecimal(text, out var d)) Same(General(text), d);
            else Assert.Equal(0m, General(text)); // only zero is refused among these forms
        }
    }

    private static string Digits(Random random, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++) chars[i] = (char)('0' + (random.Next(3) == 0 ? 0 : random.Next(10)));
        return new string(chars);
    }
}
