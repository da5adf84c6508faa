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
// below (the single hook). Without a reader (null), a folder holding <name>.xpt yields a DataProblem saying
// that SAS transport files are not supported by this build.
// ---------------------------------------------------------------------------------------------

/// <summary>One data row of a <see cref="RawTable"/>: raw text fields, null or empty meaning missing.</summary>
/// <param name="Line">1-based line of the row (CSV: physical line where the record starts; XPT: observation number).</param>
/// <param name="Fields">One field per header column; a different count is reported as a problem.</param>
/// <param name="ReadError">A structural problem the reader found in this row (e.g. malformed quoting), or null.</param>
internal readonly record struct RawRow(long Line, string?[] Fields, string? ReadError = null);

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

/// <summary>Which columns of a <see cref="RawTable"/> are read (see <see cref="RawTable.Columns"/>).</summary>
internal sealed class ColumnSelection
{
    /// <summary>Per header column, whether it is read; null = all.</summary>
    public bool[]? Wanted { get; set; }
}

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

/// <summary>The table readers the folder loader knows.</summary>
internal static class TableReaders
{
    /// <summary>CSV reader (always available).</summary>
    public static readonly IRawTableReader Csv = new CsvTableReader();

    /// <summary>XPT HOOK: the SAS transport (version 5) reader (src/AsAnalysis/Data/Xpt/).</summary>
    public static readonly IRawTableReader? Xpt = new Xpt.XptTableReader();
}
