namespace AsAnalysis.Data;

/// <summary>Reads one export file into a <see cref="RawTable"/>.</summary>
internal interface IRawTableReader
{
    /// <summary>File extension handled, with the dot and lower case, e.g. <c>.xpt</c>.</summary>
    string Extension { get; }

    /// <summary>Opens <paramref name="path"/> and returns its table. The rows may be read lazily; the file name in problems is <paramref name="fileName"/>.</summary>
    /// <param name="path">Full path of the file.</param>
    /// <param name="fileName">Name to report, e.g. <c>adsl.xpt</c>.</param>
    /// <exception cref="TrialDataException">The file is structurally unreadable (not a SAS transport file, truncated...).</exception>
    RawTable Read(string path, string fileName);
}
