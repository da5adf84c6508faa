using System.Globalization;
using AsAnalysis.Data.Sas7bdat;
using MathNet.Numerics.Random;

namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>The loader fields of SAS7BDAT values: the fast round-trip number text is character for character <c>ToString("R")</c>.</summary>
public class Sas7bdatTextTests
{
    /// <summary>Seeded (Xoshiro256StarStar, seed 1960): decimals of 0-6 places at every magnitude, random bit patterns, and edge values.</summary>
    [Fact]
    public void RoundTripTextEqualsToStringR()
    {
        var random = new Xoshiro256StarStar(1960);
        var values = new List<double>
        {
            0, -0.0, 1, -1, 0.1, 0.0001, 0.00011, 0.00009999, 1e-5, 1e14, 1e15 - 1, 1e15, -1e15, 1e16, 99999999999999.99, 9999999999999.9999,
            123456789.0123, 0.3, 2.675, 1.005, double.Epsilon, double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity,
            4503599627370496.5, 0.1 + 0.2, 1.0 / 3, -2.5e-7, 5e-324,
        };
        for (var i = 0; i < 600_000; i++)
        {
            var places = random.Next(7);
            var magnitude = Math.Pow(10, random.Next(-6, 17));
            var k = Math.Round((random.NextDouble() * 2 - 1) * magnitude);
            values.Add(k / Math.Pow(10, places));
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
            values.Add(random.NextDouble() * magnitude);
        }
        foreach (var x in values)
        {
            if (double.IsNaN(x)) continue;
            var expected = x.ToString("R", CultureInfo.InvariantCulture);
            var actual = Sas7bdatText.RoundTrip(x);
            if (expected != actual) Assert.Fail($"{expected} written as {actual} (bits {BitConverter.DoubleToInt64Bits(x):X16})");
        }
    }

    [Fact]
    public void FieldsAsTheTransportReaderWritesThem()
    {
        Assert.Null(Sas7bdatText.Field(Sas7bdatValue.FromMissing('.'), false));
        Assert.Null(Sas7bdatText.Field(Sas7bdatValue.FromMissing('Z'), true));
        Assert.Null(Sas7bdatText.Field(Sas7bdatValue.FromText(""), false));
        Assert.Equal("Placebo", Sas7bdatText.Field(Sas7bdatValue.FromText("Placebo"), false));
        Assert.Equal("2020-01-01", Sas7bdatText.Field(Sas7bdatValue.FromNumber(21915), true));
        Assert.Equal("21915.5", Sas7bdatText.Field(Sas7bdatValue.FromNumber(21915.5), true)); // not a whole day: stays a number
        Assert.Equal("-3.25", Sas7bdatText.Field(Sas7bdatValue.FromNumber(-3.25), false));
        Assert.Equal("Infinity", Sas7bdatText.Field(Sas7bdatValue.FromNumber(double.PositiveInfinity), false));
    }
}
