namespace AsAnalysis.Data;

/// <summary>A table to convert: its file name (for problems) and how to open it (opened lazily, one file at a time).</summary>
/// <param name="FileName">Name reported in problems, e.g. <c>adeff.csv</c>.</param>
/// <param name="Open">Opens the table; IO errors and <see cref="TrialDataException"/> become problems.</param>
internal sealed record TableSource(string FileName, Func<RawTable> Open);
