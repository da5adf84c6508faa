using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

public class IbmFloatTests
{
    private static double Decode(params byte[] bytes)
    {
        var v = IbmFloat.Decode(bytes, out var code);
        Assert.Equal('\0', code);
        return v;
    }

    // Known encodings. IBM hex float: value = (-1)^S * 0.F * 16^(E-64), 7-bit exponent biased by 64, big-endian
    // (SAS TS-140, "Numeric data fields"; IBM System/370 Principles of Operation, "Floating-point data").
    // 1.0 = 0.1(hex) * 16^1 -> E = 65 = 0x41, F = 0x10...
    [Fact]
    public void One() => Assert.Equal(1.0, Decode(0x41, 0x10, 0, 0, 0, 0, 0, 0));

    [Fact]
    public void MinusOne() => Assert.Equal(-1.0, Decode(0xC1, 0x10, 0, 0, 0, 0, 0, 0));

    // 0.5 = 0.8(hex) * 16^0 -> E = 64 = 0x40, F = 0x80...
    [Fact]
    public void Half() => Assert.Equal(0.5, Decode(0x40, 0x80, 0, 0, 0, 0, 0, 0));

    // 100 = 0x64 = 0.64(hex) * 16^2 -> 42 64 00 ...
    [Fact]
    public void Hundred() => Assert.Equal(100.0, Decode(0x42, 0x64, 0, 0, 0, 0, 0, 0));

    // -118.625 = C2 76 A0 00: the worked example of the Wikipedia article "IBM hexadecimal floating-point" (single precision).
    [Fact]
    public void WikipediaExampleSinglePrecision() => Assert.Equal(-118.625, Decode(0xC2, 0x76, 0xA0, 0x00));

    // 0.1 as the IEEE double 0x3FB999999999999A = 0x1.999999999999Ap-4 = 0x0.1999999999999A * 16^0: 40 19 99 99 99 99 99 9A.
    [Fact]
    public void TenthIsExact() => Assert.Equal(0.1, Decode(0x40, 0x19, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9A));

    // A 4-byte field keeps the leading 24 fraction bits: 0x199999 / 2^24 = 1677721 / 16777216 exactly.
    [Fact]
    public void TruncatedLengthFour() => Assert.Equal(1677721.0 / 16777216.0, Decode(0x40, 0x19, 0x99, 0x99));

    [Fact]
    public void TwoByteField() => Assert.Equal(1.5, Decode(0x41, 0x18));

    [Fact]
    public void ZeroAndNegativeZero()
    {
        Assert.Equal(0.0, Decode(0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal(0.0, Decode(0x80, 0, 0, 0, 0, 0, 0, 0));
        Assert.Equal(0.0, Decode(0x40, 0, 0, 0, 0, 0, 0, 0)); // unnormalised zero fraction
    }

    // Fractions with more than 53 significant bits round to nearest, ties to even.
    [Fact]
    public void FiftySixBitFractionRoundsToNearest()
    {
        // 0.FFFFFFFFFFFFFF(hex) * 16 = 16 - 16^-13; the doubles below 16 are 2^-49 apart, so it rounds to 16.
        Assert.Equal(16.0, Decode(0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        // F = 2^55 + 4: exactly half-way between 8 and 8 + 2^-49; the tie goes to the even neighbour 8.
        Assert.Equal(8.0, Decode(0x41, 0x80, 0, 0, 0, 0, 0, 0x04));
        // F = 2^55 + 12: half-way between 8 + 2^-49 (odd) and 8 + 2^-48 (even) -> 8 + 2^-48.
        Assert.Equal(8.0 + Math.ScaleB(1, -48), Decode(0x41, 0x80, 0, 0, 0, 0, 0, 0x0C));
        // F = 2^55 + 5: above half-way -> 8 + 2^-49.
        Assert.Equal(8.0 + Math.ScaleB(1, -49), Decode(0x41, 0x80, 0, 0, 0, 0, 0, 0x05));
    }

    [Fact]
    public void ExtremesOfTheIbmRange()
    {
        // Largest: 0.FFFFFFFFFFFFFF * 16^63 (rounded to 53 bits = 2^252); smallest normalised: 0.1 * 16^-64 = 16^-65 = 2^-260.
        Assert.Equal(Math.ScaleB(1, 252), Decode(0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        Assert.Equal(Math.ScaleB(1, -260), Decode(0x00, 0x10, 0, 0, 0, 0, 0, 0));
        // Unnormalised smallest: F = 1 -> 2^-56 * 16^-64 = 2^-312.
        Assert.Equal(Math.ScaleB(1, -312), Decode(0x00, 0, 0, 0, 0, 0, 0, 0x01));
    }

    [Fact]
    public void WriterProducesTheKnownEncodings()
    {
        Assert.Equal(new byte[] { 0x41, 0x10, 0, 0, 0, 0, 0, 0 }, XptTestWriter.ToIbm(1.0));
        Assert.Equal(new byte[] { 0xC1, 0x10, 0, 0, 0, 0, 0, 0 }, XptTestWriter.ToIbm(-1.0));
        Assert.Equal(new byte[] { 0x40, 0x80, 0, 0, 0, 0, 0, 0 }, XptTestWriter.ToIbm(0.5));
        Assert.Equal(new byte[] { 0x42, 0x64, 0, 0, 0, 0, 0, 0 }, XptTestWriter.ToIbm(100));
        Assert.Equal(new byte[] { 0xC2, 0x76, 0xA0, 0x00 }, XptTestWriter.ToIbm(-118.625, 4));
        Assert.Equal(new byte[] { 0x40, 0x19, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9A }, XptTestWriter.ToIbm(0.1));
    }

    // Every double inside the IBM range has at most 53 significant bits, which fit the 56-bit IBM fraction:
    // IEEE -> IBM (8 bytes) -> IEEE must give back the same bits.
    [Fact]
    public void RoundTripIsExactForRandomDoubles()
    {
        var rng = new Random(20260514);
        for (var i = 0; i < 20000; i++)
        {
            var mantissa = rng.NextDouble() + 1.0;                  // [1, 2), 52 random fraction bits
            var exponent = rng.Next(-255, 250);                     // inside the IBM range 2^-260 .. 2^252
            var x = Math.ScaleB(mantissa, exponent) * (rng.Next(2) == 0 ? -1 : 1);
            var back = Decode(XptTestWriter.ToIbm(x));
            Assert.Equal(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(back));
        }
        foreach (var x in new[] { 1e-70, 1e70, 25.1, 147.3, 0.3, 1.0 / 3, Math.PI, 4503599627370497.0, 123456789.123 })
            Assert.Equal(x, Decode(XptTestWriter.ToIbm(x)));
    }

    [Theory]
    [InlineData(0x2E, '.')]
    [InlineData(0x5F, '_')]
    [InlineData(0x41, 'A')]
    [InlineData(0x4D, 'M')]
    [InlineData(0x5A, 'Z')]
    public void MissingCodes(byte first, char expected)
    {
        // TS-140 "Missing values": the first byte gives the code (0x2E '.', 0x41-0x5A '.A'-'.Z', 0x5F '._'), the rest are 0x00.
        IbmFloat.Decode([first, 0, 0, 0, 0, 0, 0, 0], out var code);
        Assert.Equal(expected, code);
        IbmFloat.Decode([first, 0, 0], out var shortCode);
        Assert.Equal(expected, shortCode);
    }

    [Fact]
    public void MissingByteFollowedByNonZeroIsANumber()
    {
        // 0x2E with a non-zero fraction is the number 0.01(hex) * 16^(46-64) = 16^-20, not a missing value.
        var v = IbmFloat.Decode([0x2E, 0x01, 0, 0, 0, 0, 0, 0], out var code);
        Assert.Equal('\0', code);
        Assert.Equal(Math.ScaleB(1, -80), v);
    }
}
