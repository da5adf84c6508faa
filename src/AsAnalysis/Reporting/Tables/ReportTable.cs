using System.Collections.Immutable;
using System.Text;
using AsAnalysis.Formatting;

namespace AsAnalysis.Reporting.Tables;

/// <summary>
/// An immutable display table: id, title, optional subtitle and population line, a stub (row-label) column,
/// data columns with optional spanners, body rows of formatted text, and footnotes.
/// Every <c>With…</c>/<c>Add…</c> method returns a new table; the original is unchanged.
/// Cells are already-formatted text (see <see cref="ValueFormatter"/>); renderers only escape them.
/// </summary>
/// <example>
/// <code>
/// var t = ReportTable.Create("t-teae", "Table 14.3.1 TEAEs by SOC and PT")
///     .WithPopulation("Safety population")
///     .WithStubHeader("System organ class\nPreferred term")
///     .AddColumnGroup("MSC (N=20)", "n (%)", "Events")
///     .AddColumnGroup("Etanercept (N=20)", "n (%)", "Events")
///     .AddRow(new TableRow("Infections", ["3 (15.0)", "4", "2 (10.0)", "2"], bold: true))
///     .AddRow(new TableRow("Nasopharyngitis", ["2 (10.0)", "2", "1 (5.0)", "1"], indent: 1))
///     .AddFootnote("Subjects are counted once per SOC and PT.");
/// </code>
/// </example>
public sealed class ReportTable
{
    /// <summary>The longest allowed id.</summary>
    public const int MaxIdLength = 64;

    private readonly ImmutableList<TableColumn> _columns;
    private readonly ImmutableList<TableRow> _rows;
    private readonly ImmutableList<string> _footnotes;

    private ReportTable(string id, string title, string? subtitle, string? population, string stubHeader,
        ImmutableList<TableColumn> columns, ImmutableList<TableRow> rows, ImmutableList<string> footnotes)
    {
        Id = id;
        Title = title;
        Subtitle = subtitle;
        Population = population;
        StubHeader = stubHeader;
        _columns = columns;
        _rows = rows;
        _footnotes = footnotes;
        SpannerRows = BuildSpannerRows(columns);
    }

    /// <summary>Creates an empty table (no columns, rows or footnotes).</summary>
    /// <param name="id">File-name-safe slug (see <see cref="IsValidId"/>), e.g. <c>t-asas20</c>; used for file names and HTML anchors.</param>
    /// <param name="title">Title, non-blank.</param>
    /// <exception cref="ArgumentException">The id is not a valid slug or the title is blank.</exception>
    public static ReportTable Create(string id, string title)
    {
        ValidateId(id, nameof(id));
        ValidateText(title, nameof(title));
        return new ReportTable(id, title, null, null, "", [], [], []);
    }

    /// <summary>File-name-safe slug: 1..64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit.</summary>
    public string Id { get; }

    /// <summary>Title.</summary>
    public string Title { get; }

    /// <summary>Optional subtitle (e.g. the imputation rule), or null.</summary>
    public string? Subtitle { get; }

    /// <summary>Optional population / denominator line (e.g. "Safety population; percentages are of N"), or null.</summary>
    public string? Population { get; }

    /// <summary>Header of the stub (row-label) column; may be empty.</summary>
    public string StubHeader { get; }

    /// <summary>Data columns, left to right (the stub column excluded).</summary>
    public IReadOnlyList<TableColumn> Columns => _columns;

    /// <summary>Body rows, top to bottom.</summary>
    public IReadOnlyList<TableRow> Rows => _rows;

    /// <summary>Footnotes, in order.</summary>
    public IReadOnlyList<string> Footnotes => _footnotes;

    /// <summary>
    /// The spanner header rows above the column-label row, outermost first, computed from the columns' spanner paths.
    /// Each row covers every data column exactly once, left to right; adjacent columns merge at a level when their
    /// spanner paths agree on that level and every level above it. Empty when no column has a spanner.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SpannerCell>> SpannerRows { get; }

    /// <summary>Number of header rows: the spanner rows plus the column-label row.</summary>
    public int HeaderRowCount => SpannerRows.Count + 1;

    /// <summary>A copy with a subtitle (null removes it).</summary>
    /// <param name="subtitle">Subtitle; null or non-blank.</param>
    public ReportTable WithSubtitle(string? subtitle)
    {
        if (subtitle is not null) ValidateText(subtitle, nameof(subtitle));
        return new(Id, Title, subtitle, Population, StubHeader, _columns, _rows, _footnotes);
    }

    /// <summary>A copy with a population / denominator line (null removes it).</summary>
    /// <param name="population">Population line; null or non-blank.</param>
    public ReportTable WithPopulation(string? population)
    {
        if (population is not null) ValidateText(population, nameof(population));
        return new(Id, Title, Subtitle, population, StubHeader, _columns, _rows, _footnotes);
    }

    /// <summary>A copy with another title.</summary>
    /// <param name="title">Title, non-blank.</param>
    public ReportTable WithTitle(string title)
    {
        ValidateText(title, nameof(title));
        return new(Id, title, Subtitle, Population, StubHeader, _columns, _rows, _footnotes);
    }

    /// <summary>A copy with a stub (row-label column) header.</summary>
    /// <param name="stubHeader">Header text; may be empty, not null.</param>
    public ReportTable WithStubHeader(string stubHeader)
    {
        ArgumentNullException.ThrowIfNull(stubHeader);
        return new(Id, Title, Subtitle, Population, stubHeader, _columns, _rows, _footnotes);
    }

    /// <summary>A copy whose data columns are replaced.</summary>
    /// <param name="columns">The columns; when the table already has rows, their number must equal each row's cell count.</param>
    /// <exception cref="ArgumentException">A column is null, or the count does not match existing rows.</exception>
    public ReportTable WithColumns(IEnumerable<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.ToImmutableList();
        if (list.Any(c => c is null)) throw new ArgumentException("A column is null.", nameof(columns));
        if (!_rows.IsEmpty && _rows[0].Cells.Count != list.Count)
            throw new ArgumentException($"The table has rows with {_rows[0].Cells.Count} cells; {list.Count} columns do not match.", nameof(columns));
        return new(Id, Title, Subtitle, Population, StubHeader, list, _rows, _footnotes);
    }

    /// <summary>A copy with one more data column on the right.</summary>
    /// <param name="column">The column.</param>
    /// <exception cref="ArgumentException">The table already has rows (add all columns first).</exception>
    public ReportTable AddColumn(TableColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (!_rows.IsEmpty) throw new ArgumentException("Columns must be added before rows.", nameof(column));
        return new(Id, Title, Subtitle, Population, StubHeader, _columns.Add(column), _rows, _footnotes);
    }

    /// <summary>A copy with one more centred data column on the right, without a spanner.</summary>
    /// <param name="label">Column label.</param>
    /// <param name="alignment">Alignment.</param>
    public ReportTable AddColumn(string label, ColumnAlignment alignment = ColumnAlignment.Center)
        => AddColumn(new TableColumn(label, alignment));

    /// <summary>A copy with columns added under one spanner, e.g. <c>AddColumnGroup("MSC (N=20)", "n (%)", "Events")</c>.</summary>
    /// <param name="spanner">Spanner label, non-blank.</param>
    /// <param name="labels">Column labels (at least one).</param>
    /// <exception cref="ArgumentException">No labels, or a blank spanner.</exception>
    public ReportTable AddColumnGroup(string spanner, params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0) throw new ArgumentException("A column group needs at least one column.", nameof(labels));
        var t = this;
        foreach (var label in labels) t = t.AddColumn(new TableColumn(label, ColumnAlignment.Center, [spanner]));
        return t;
    }

    /// <summary>A copy with one more body row at the bottom.</summary>
    /// <param name="row">The row; its cell count must equal the number of data columns.</param>
    /// <exception cref="ArgumentException">The cell count does not match the columns.</exception>
    public ReportTable AddRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Cells.Count != _columns.Count)
            throw new ArgumentException($"Row '{row.Label}' has {row.Cells.Count} cells but the table has {_columns.Count} data columns.", nameof(row));
        return new(Id, Title, Subtitle, Population, StubHeader, _columns, _rows.Add(row), _footnotes);
    }

    /// <summary>A copy with one more body row (indent 0, no group separator, not bold).</summary>
    /// <param name="label">Row label.</param>
    /// <param name="cells">Formatted cells, one per data column.</param>
    public ReportTable AddRow(string label, params string[] cells) => AddRow(new TableRow(label, cells));

    /// <summary>A copy with more body rows at the bottom.</summary>
    /// <param name="rows">The rows.</param>
    public ReportTable AddRows(IEnumerable<TableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var t = this;
        foreach (var r in rows) t = t.AddRow(r);
        return t;
    }

    /// <summary>A copy with one more footnote at the end.</summary>
    /// <param name="footnote">Footnote text, non-blank.</param>
    public ReportTable AddFootnote(string footnote)
    {
        ValidateText(footnote, nameof(footnote));
        return new(Id, Title, Subtitle, Population, StubHeader, _columns, _rows, _footnotes.Add(footnote));
    }

    /// <summary>True when <paramref name="id"/> is a valid table id: 1..64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit.</summary>
    /// <param name="id">Candidate id.</param>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength) return false;
        if (!IsSlugChar(id[0]) || id[0] is '-' or '_') return false;
        foreach (var c in id)
        {
            if (!IsSlugChar(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// Makes a valid id from free text: ASCII letters lower-cased, every run of other characters replaced by one '-',
    /// leading/trailing '-' removed, cut to 64 characters. E.g. <c>"Table 2: ASAS20 (NRI)"</c> gives <c>table-2-asas20-nri</c>.
    /// </summary>
    /// <param name="text">Free text with at least one ASCII letter or digit.</param>
    /// <exception cref="ArgumentException">The text has no ASCII letter or digit.</exception>
    public static string Slugify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var ch in text)
        {
            var c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }
        if (sb.Length == 0) throw new ArgumentException("The text has no ASCII letter or digit to make an id from.", nameof(text));
        var s = sb.ToString();
        if (s.Length > MaxIdLength) s = s[..MaxIdLength].TrimEnd('-');
        return s;
    }

    private static bool IsSlugChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_';

    internal static void ValidateId(string id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        if (!IsValidId(id))
            throw new ArgumentException($"'{id}' is not a valid id: use 1..{MaxIdLength} characters of a-z, 0-9, '-' and '_', starting with a letter or digit.", paramName);
    }

    internal static void ValidateText(string text, string paramName)
    {
        ArgumentNullException.ThrowIfNull(text, paramName);
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("The text must not be blank.", paramName);
    }

    private static IReadOnlyList<IReadOnlyList<SpannerCell>> BuildSpannerRows(ImmutableList<TableColumn> columns)
    {
        var depth = columns.Count == 0 ? 0 : columns.Max(c => c.Spanners.Count);
        var rows = new IReadOnlyList<SpannerCell>[depth];
        for (var level = 0; level < depth; level++)
        {
            var cells = new List<SpannerCell>();
            var i = 0;
            while (i < columns.Count)
            {
                var c = columns[i];
                if (c.Spanners.Count <= level)
                {
                    cells.Add(new SpannerCell("", i, 1));
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < columns.Count && SamePath(c, columns[j], level)) j++;
                cells.Add(new SpannerCell(c.Spanners[level], i, j - i));
                i = j;
            }
            rows[level] = cells.AsReadOnly();
        }
        return Array.AsReadOnly(rows);
    }

    private static bool SamePath(TableColumn a, TableColumn b, int level)
    {
        if (b.Spanners.Count <= level) return false;
        for (var k = 0; k <= level; k++)
        {
            if (!string.Equals(a.Spanners[k], b.Spanners[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
