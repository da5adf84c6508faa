using System.Numerics;

namespace AsAnalysis.Data.Xpt;

/// <summary>
/// IBM System/370 hexadecimal floating point (the number format of SAS transport files, SAS TS-140 "Numeric data fields"):
/// sign bit, 7-bit exponent of 16 biased by 64, then a 56-bit fraction (0.F x 16^(E-64)); shorter lengths keep the leading bytes.
/// </summary>
internal static class IbmFloat
{
    /// <summary>
    /// Decodes a numeric field of 2 to 8 bytes. Returns a missing-value code ('.', 'A'-'Z', '_') when the first byte is
    /// 0x2E, 0x41-0x5A or 0x5F and every following byte is zero (TS-140 "Missing values"); otherwise <c>'\0'</c> and the number.
    /// </summary>
    /// <remarks>
    /// The conversion is exact when the fraction has at most 53 significant bits (every IEEE double that SAS wrote);
    /// longer fractions (up to 56 bits) are rounded to the nearest double, ties to even. The IBM range (about 5.4e-79 to
    /// 7.2e75) lies inside the normal double range, so no overflow or underflow can occur.
    /// </remarks>
    public static double Decode(ReadOnlySpan<byte> field, out char missingCode)
    {
        ulong bits = 0;
        for (var i = 0; i < 8; i++) bits = (bits << 8) | (i < field.Length ? field[i] : 0UL);
        var first = (byte)(bits >> 56);
        var fraction = bits & 0x00FF_FFFF_FFFF_FFFFUL;
        if (fraction == 0)
        {
            missingCode = first switch
            {
                0x2E => '.',
                0x5F => '_',
                >= 0x41 and <= 0x5A => (char)first,
                _ => '\0',
            };
            return 0.0; // an IBM number with a zero fraction is zero, whatever its sign and exponent
        }
        missingCode = '\0';
        var negative = (first & 0x80) != 0;
        var exponent = first & 0x7F;
        var scale = 4 * (exponent - 64) - 56;
        var bitLength = 64 - BitOperations.LeadingZeroCount(fraction);
        if (bitLength > 53)
        {
            var drop = bitLength - 53;
            var rest = fraction & ((1UL << drop) - 1);
            var half = 1UL << (drop - 1);
            fraction >>= drop;
            if (rest > half || (rest == half && (fraction & 1) == 1)) fraction++;
            scale += drop;
        }
        var magnitude = Math.ScaleB(fraction, scale); // fraction <= 2^53 converts exactly; scaling by 2^k is exact here
        return negative ? -magnitude : magnitude;
    }
}
