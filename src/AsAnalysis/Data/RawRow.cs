namespace AsAnalysis.Data;

/// <summary>One data row of a <see cref="RawTable"/>: raw text fields, null or empty meaning missing.</summary>
/// <param name="Line">1-based line of the row (CSV: physical line where the record starts; XPT: observation number).</param>
/// <param name="Fields">One field per header column; a different count is reported as a problem.</param>
/// <param name="ReadError">A structural problem the reader found in this row (e.g. malformed quoting), or null.</param>
internal readonly record struct RawRow(long Line, string?[] Fields, string? ReadError = null);
