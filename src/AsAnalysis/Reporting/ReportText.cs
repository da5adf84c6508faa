namespace AsAnalysis.Reporting;

/// <summary>Small text helpers of the report's prose.</summary>
internal static class ReportText
{
    /// <summary>The text with its first character in upper case (invariant), for a label that starts a sentence or a heading.</summary>
    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
