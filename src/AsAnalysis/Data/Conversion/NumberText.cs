using System.Globalization;

namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Exact parsing of the numbers of an export: invariant decimals (<c>.</c> separator, optional sign and exponent, no
/// thousands separators, NaN or infinity) that a <see cref="decimal"/> holds exactly, and whole numbers. A number a
/// decimal would round is rejected, never loaded rounded.
/// </summary>
internal static class NumberText
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Parses a trimmed, non-empty field as an exact decimal; <paramref name="normalized"/> also drops trailing zeros
    /// (as <see cref="Normalize"/>). On failure <paramref name="reason"/> says why, in the words of a data problem.
    /// </summary>
    public static bool TryParseDecimal(string s, bool normalized, out decimal value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? reason)
    {
        reason = null;
        if (normalized && TryParsePlainDecimal(s, out value)) return true;
        if (decimal.TryParse(s, DecimalStyle, Inv, out value))
        {
            if (IsExact(s, value))
            {
                if (normalized) value = Normalize(value);
                return true;
            }
            reason = $"too many digits to keep exactly (a decimal holds 28 significant digits and 28 decimal places): it would load as {value.ToString(Inv)}";
            return false;
        }
        reason = s.Contains(',')
            ? "not a number: use '.' as the decimal separator and no thousands separator"
            : "not a number";
        return false;
    }

    /// <summary>
    /// Parses a trimmed, non-empty field as a whole number in the range of <see cref="int"/>. Numeric sources (SAS
    /// transport) may write whole numbers as 12 or 12.0: both are 12.
    /// </summary>
    public static bool TryParseInteger(string s, out int value)
    {
        if (int.TryParse(s, NumberStyles.AllowLeadingSign, Inv, out value)) return true;
        if (decimal.TryParse(s, DecimalStyle, Inv, out var d) && IsExact(s, d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="d"/>, parsed from <paramref name="s"/> by <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>,
    /// is exactly the number written: decimal parsing rounds silently beyond 28-29 significant digits or 28 decimal places
    /// (1e-70 becomes 0). Compares the significant digits and the exponent of the text with those of the decimal.
    /// </summary>
    public static bool IsExact(string s, decimal d)
    {
        // Fast path (almost every value): at most 28 characters and no exponent means at most 28 digits, which a decimal
        // holds exactly (mantissa below 10^28 < 2^96, scale at most 27).
        if (s.Length <= 28 && s.AsSpan().IndexOfAny('e', 'E') < 0) return true;
        // The text: mantissa digits (sign and '.' skipped) and a power of ten.
        var digits = new System.Text.StringBuilder(s.Length);
        long exponent = 0;
        var afterPoint = false;
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.') { afterPoint = true; continue; }
            if (c is 'e' or 'E') break;
            digits.Append(c);
            if (afterPoint) exponent--;
        }
        if (i < s.Length)
        {
            if (!long.TryParse(s.AsSpan(i + 1), NumberStyles.AllowLeadingSign, Inv, out var e) || Math.Abs(e) > 1_000_000_000) return false;
            exponent += e;
        }
        var text = digits.ToString().TrimStart('0');
        var trimmed = text.TrimEnd('0');
        exponent += text.Length - trimmed.Length;
        // The decimal: a 96-bit integer mantissa and a scale.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var mantissa = new UInt128((uint)bits[2], (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        long scale = (bits[3] >> 16) & 0xFF;
        if (mantissa == 0) return trimmed.Length == 0;
        while (mantissa % 10 == 0) { mantissa /= 10; scale--; }
        return trimmed == mantissa.ToString(Inv) && exponent == -scale;
    }

    /// <summary>
    /// Parses the common plain form of a number, an optional '-', digits, optionally '.' and digits (at least one digit on
    /// each side of the point, at most 18 digits in all, not zero), straight into the decimal that
    /// <c>Normalize(decimal.Parse(s))</c> gives: trailing zeros of the fraction dropped. False for anything else, which then
    /// takes the general path (exponents, '+', zeros, more digits).
    /// </summary>
    public static bool TryParsePlainDecimal(string s, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = s.Length > 0 && s[0] == '-';
        if (negative) i = 1;
        long mantissa = 0;
        int digits = 0, scale = 0, point = -1;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.')
            {
                if (point >= 0) return false;
                point = i;
                continue;
            }
            if ((uint)(c - '0') > 9 || ++digits > 18) return false;
            mantissa = mantissa * 10 + (c - '0');
            if (point >= 0) scale++;
        }
        if (digits == 0 || mantissa == 0 || point == (negative ? 1 : 0) || point == s.Length - 1) return false;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>Removes trailing zeros of a decimal (12.0 -> 12) so equal values print alike.</summary>
    public static decimal Normalize(decimal d)
    {
        if (d.Scale == 0) return d;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var mantissa = new UInt128((uint)bits[2], (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        return mantissa % 10 == 0 ? d / 1.0000000000000000000000000000m : d; // the division drops trailing zeros
    }
}
