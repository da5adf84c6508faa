using System.Diagnostics.CodeAnalysis;

namespace AsAnalysis.Data.Conversion;

/// <summary>
/// The current row of a table, with typed accessors by canonical column name (an <see cref="ExportColumns"/> constant)
/// that report what they cannot read as a problem of this row (file, line, column, value, reason). A row with a
/// problem is not <see cref="Ok"/>: its converter adds no record for it.
/// </summary>
internal sealed class RowScope(string file, TableColumns columns, ProblemCollector problems)
{
    private readonly Dictionary<string, string> _upperPool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly HashSet<string> _damaged = new(ReferenceEqualityComparer.Instance);
    private RawRow _row;

    /// <summary>Whether the row has no problem so far.</summary>
    public bool Ok { get; private set; }

    /// <summary>The row's line (CSV) or observation number (XPT).</summary>
    public long Line => _row.Line;

    /// <summary>The row's file and line, for the record made of it.</summary>
    public SourcePosition Position => new(file, _row.Line);

    /// <summary>Moves to the next row.</summary>
    public void Begin(RawRow row)
    {
        _row = row;
        Ok = true;
        _damaged.Clear();
    }

    /// <summary>Reports the fields of known columns that hold a control character (one problem per field).</summary>
    public void CheckControlCharacters()
    {
        foreach (var (column, i) in columns.Present)
        {
            if (i < _row.Fields.Length && ControlCharacters.First(_row.Fields[i]) is { } c)
            {
                Problem(column, _row.Fields[i], $"control character U+{(int)c:X4} in the value: binary data or a damaged file");
                _damaged.Add(column); // the accessors do not report the field again
            }
        }
    }

    /// <summary>Reports a problem of the row (none for a field already reported as damaged) and marks the row not <see cref="Ok"/>.</summary>
    public void Problem(string column, string? value, string reason)
    {
        if (_damaged.Count == 0 || !_damaged.Contains(column)) problems.Add(file, _row.Line, column, value, reason);
        Ok = false;
    }

    /// <summary>The trimmed field, or null when the column is absent or the field empty.</summary>
    public string? Raw(string column)
    {
        if (!columns.TryGetIndex(column, out var i) || i >= _row.Fields.Length) return null;
        var s = _row.Fields[i];
        if (string.IsNullOrEmpty(s)) return null;
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) s = s.Trim();
        return s.Length == 0 ? null : s;
    }

    /// <summary>One string instance per distinct text of the table (up to 100,000 texts), so that repeated values share it.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public string? Intern(string? s)
    {
        if (s is null) return null;
        if (_pool.TryGetValue(s, out var pooled)) return pooled;
        if (_pool.Count < 100_000) _pool[s] = s;
        return s;
    }

    /// <summary>The upper-case form of a code, pooled (one string per distinct code).</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public string? InternUpper(string? s)
    {
        if (s is null) return null;
        if (_upperPool.TryGetValue(s, out var upper)) return upper;
        upper = Intern(s.ToUpperInvariant());
        if (_upperPool.Count < 100_000) _upperPool[s] = upper;
        return upper;
    }

    /// <summary>The field as text; a missing required one is a problem (<paramref name="missingReason"/>, or "missing value").</summary>
    public string? Text(string column, bool required, string? missingReason = null)
    {
        var s = Raw(column);
        if (s is null && required) Problem(column, "", missingReason ?? "missing value");
        return s;
    }

    /// <summary>The field as a Y/N flag (see <see cref="FieldText.TryParseFlag"/>).</summary>
    public bool? Flag(string column, bool required)
    {
        var s = Raw(column);
        if (s is null)
        {
            if (required) Problem(column, "", "missing Y/N flag");
            return null;
        }
        if (FieldText.TryParseFlag(s, out var flag)) return flag;
        Problem(column, s, "not a Y/N flag");
        return null;
    }

    /// <summary>The field as an exact decimal; <paramref name="normalized"/> also drops trailing zeros (see <see cref="NumberText"/>).</summary>
    public decimal? Number(string column, bool required, bool normalized = false)
    {
        var s = Raw(column);
        if (s is null)
        {
            if (required) Problem(column, "", "missing number");
            return null;
        }
        if (NumberText.TryParseDecimal(s, normalized, out var d, out var reason)) return d;
        Problem(column, s, reason);
        return null;
    }

    /// <summary>The field as a whole number (see <see cref="NumberText.TryParseInteger"/>).</summary>
    public int? Integer(string column)
    {
        var s = Raw(column);
        if (s is null) return null;
        if (NumberText.TryParseInteger(s, out var n)) return n;
        Problem(column, s, "not a whole number");
        return null;
    }

    /// <summary>The field as a date (see <see cref="FieldText.TryParseDate"/>).</summary>
    public DateOnly? Date(string column)
    {
        var s = Raw(column);
        if (s is null) return null;
        if (FieldText.TryParseDate(s, out var d)) return d;
        Problem(column, s, "not a date in ISO 8601 form YYYY-MM-DD");
        return null;
    }

    /// <summary>The USUBJID of a record of adeff, adae or adex: required and known to adsl (the adsl string instance is returned).</summary>
    public string? Subject(SubjectIndex subjects)
    {
        var id = Text(ExportColumns.UsubjId, required: true);
        if (id is null || subjects.Lines is null) return id;
        if (subjects.Ids.TryGetValue(id, out var known)) return known;
        Problem(ExportColumns.UsubjId, id, TrialDataInvariants.UnknownSubject(subjects.FileName));
        return null;
    }
}
