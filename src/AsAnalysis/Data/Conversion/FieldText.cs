using System.Globalization;

namespace AsAnalysis.Data.Conversion;

/// <summary>Parses the Y/N flags and ISO 8601 dates of an export (trimmed, non-empty fields).</summary>
internal static class FieldText
{
    /// <summary>Y or y is true, N or n is false; anything else is not a flag.</summary>
    public static bool TryParseFlag(string s, out bool value)
    {
        value = false;
        if (s.Length != 1) return false;
        if (s[0] is 'Y' or 'y') return value = true;
        return s[0] is 'N' or 'n';
    }

    /// <summary>A date written <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParseDate(string s, out DateOnly value) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
