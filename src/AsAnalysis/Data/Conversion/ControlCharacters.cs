using System.Buffers;

namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Finds control characters in column names and fields: C0 controls other than tab, CR and LF, and DEL. They mean binary
/// data or a damaged file, which must not load as text that merely looks right.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Set = SearchValues.Create(
        [.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\r' or '\n')).Select(c => (char)c), '\u007f']);

    /// <summary>The first control character of <paramref name="s"/>, or null (also for null).</summary>
    public static char? First(string? s)
    {
        if (s is null) return null;
        var i = s.AsSpan().IndexOfAny(Set); // vectorized: this runs on every field of every row
        return i < 0 ? null : s[i];
    }
}
