namespace AsAnalysis.Data.Conversion;

/// <summary>The subjects read from adsl, for the records of the other tables to refer to.</summary>
/// <param name="fileName">The adsl file name (named in "unknown subject" problems).</param>
internal sealed class SubjectIndex(string fileName)
{
    /// <summary>The adsl file name.</summary>
    public readonly string FileName = fileName;

    /// <summary>The subjects whose adsl row had no problem, in file order.</summary>
    public readonly List<Subject> Records = [];

    /// <summary>Every USUBJID seen (also on rows with problems), to the line it was first seen on; null when adsl could not be read.</summary>
    public Dictionary<string, long>? Lines;

    /// <summary>Every USUBJID seen, to its adsl string instance (records of the other tables share it).</summary>
    public readonly Dictionary<string, string> Ids = new(StringComparer.Ordinal);

    /// <summary>USUBJID to its index in <see cref="Records"/> (subjects whose adsl row had a problem have none).</summary>
    public readonly Dictionary<string, int> RecordIndex = new(StringComparer.Ordinal);
}
