using System.Globalization;
using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// Turns SAS7BDAT values into the raw text fields the export validator reads, with exactly the rules of the transport
/// reader (<see cref="XptText"/>, which this delegates to): numbers in invariant round-trip format, SAS dates as
/// <c>yyyy-MM-dd</c>, every missing value (<c>.</c>, <c>.A</c>-<c>.Z</c>, <c>._</c>, blank text) as null, text as stored
/// without trailing blanks. Infinities (which only non-SAS writers store) stay numbers, <c>Infinity</c> or
/// <c>-Infinity</c>, for the validator to reject.
/// </summary>
internal static class Sas7bdatText
{
    /// <summary>Whether a variable holds SAS dates, by the transport reader's rule (a date format, or a name ending in DT without a datetime or time format).</summary>
    public static bool IsDateVariable(Sas7bdatVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable.Type != Sas7bdatVariableType.Numeric) return false;
        var shadow = new XptVariable(variable.Number, variable.Name, variable.Label, XptVariableType.Numeric, variable.Length, variable.Offset,
            variable.Format, XptFormat.None);
        return XptText.IsDateVariable(shadow);
    }

    /// <summary>The text field of one value.</summary>
    public static string? Field(Sas7bdatValue value, bool isDate)
    {
        if (value.Text is { } text) return XptText.Field(XptValue.FromText(text), false);
        if (value.Number is not { } number) return null;
        if (isDate && double.IsFinite(number)) return XptText.Field(XptValue.FromNumber(number), true);
        return RoundTrip(number);
    }

    /// <summary>
    /// The invariant round-trip (<c>R</c>) text of a number, the same characters as <c>ToString("R")</c> (tested on
    /// millions of values), made faster for the numbers trial data hold: integers below 10^15 and decimals of up to four
    /// places whose digits fit in 14 (for them the shortest round-trip text is the decimal itself: any shorter decimal
    /// differs from it by at least 10^-4 of its last place, far more than the spacing of doubles there).
    /// </summary>
    internal static string RoundTrip(double x)
    {
        if (x == Math.Floor(x) && Math.Abs(x) < 1e15 && !(x == 0 && double.IsNegative(x)))
            return ((long)x).ToString(CultureInfo.InvariantCulture);
        if (double.IsFinite(x) && Math.Abs(x) >= 1e-4)
        {
            var scale = 10.0;
            for (var places = 1; places <= 4; places++, scale *= 10)
            {
                var k = Math.Round(x * scale);
                if (Math.Abs(k) >= 1e14) break;
                if (k / scale == x) return Decimal((long)k, places);
            }
        }
        return x.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary><paramref name="k"/> / 10^<paramref name="places"/> as decimal text without trailing zeros.</summary>
    private static string Decimal(long k, int places)
    {
        Span<char> digits = stackalloc char[24];
        var negative = k < 0;
        var u = (ulong)Math.Abs(k);
        var n = 0;
        while (u > 0 || n <= places)
        {
            digits[n++] = (char)('0' + (int)(u % 10));
            u /= 10;
        }
        var skip = 0;
        while (skip < places && digits[skip] == '0') skip++;
        Span<char> text = stackalloc char[26];
        var t = 0;
        if (negative) text[t++] = '-';
        for (var i = n - 1; i >= places; i--) text[t++] = digits[i];
        if (skip < places)
        {
            text[t++] = '.';
            for (var i = places - 1; i >= skip; i--) text[t++] = digits[i];
        }
        return new string(text[..t]);
    }
}
