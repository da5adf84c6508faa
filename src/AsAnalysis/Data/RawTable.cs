namespace AsAnalysis.Data;

// ---------------------------------------------------------------------------------------------
// THE READER / CONVERTER SEAM
//
// Loading is two steps:
//   1. a table reader turns one file (CSV, SAS transport, an in-memory DataFrame) into a RawTable:
//      the header names as written and the rows as raw text fields (null or empty = missing);
//   2. TrialDataConverter validates the RawTables of adsl/adeff/adae/adex and builds typed records.
// Every rule about values (numbers, 0-10 ranges, Y/N flags, dates, duplicate or unknown subjects,
// missing columns, arm count) lives in step 2, so every source gets identical validation and
// identical error messages (file, line, column, value, reason).
//
// A reader must produce:
//   - Header: the variable names as written (the converter trims them, matches them case-insensitively
//     and applies LoadOptions.ColumnMap);
//   - Rows: lazily or eagerly, each with its 1-based line (CSV: physical line where the record starts,
//     the header being line 1; XPT: the observation number) and one text field per header column;
//   - numbers as invariant text that round-trips: double.ToString("R", CultureInfo.InvariantCulture);
//     a SAS missing numeric (., .A-.Z, ._) as null;
//   - dates as yyyy-MM-dd text (SAS dates are days since 1960-01-01);
//   - character values as stored (trailing blanks may stay: the converter trims).
// A reader does not validate values. Structural problems that it finds in a row (bad quoting) go into
// RawRow.ReadError; the converter reports them.
//
// The SAS transport (XPT) reader is src/AsAnalysis/Data/Xpt/XptTableReader.cs, assigned to TableReaders.Xpt
// in TableReaders.cs (the single hook). Without a reader (null), a folder holding <name>.xpt yields a DataProblem saying
// that SAS transport files are not supported by this build.
// ---------------------------------------------------------------------------------------------

/// <summary>A table as read from one file, before any validation. See the seam description above.</summary>
/// <param name="FileName">File name used in problems, e.g. <c>adsl.csv</c>.</param>
/// <param name="Header">Column names as written; an empty header means an empty file.</param>
/// <param name="Rows">The data rows, enumerated once.</param>
internal sealed record RawTable(string FileName, IReadOnlyList<string> Header, IEnumerable<RawRow> Rows)
{
    /// <summary>Line used for header-level problems (missing or duplicate columns): 1 for CSV, 0 when the source has no header line.</summary>
    public long HeaderLine { get; init; } = 1;

    /// <summary>Lower-case hex SHA-256 of the source bytes; called after <see cref="Rows"/> was enumerated. Empty when unknown.</summary>
    public Func<string> Sha256 { get; init; } = static () => "";

    /// <summary>
    /// The columns the converter reads, set by it before it enumerates <see cref="Rows"/>. A reader may leave the other
    /// fields null (the CSV reader then does not make strings of them); a reader may also ignore it.
    /// </summary>
    public ColumnSelection Columns { get; init; } = new();
}
