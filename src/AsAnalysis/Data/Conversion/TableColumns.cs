using System.Globalization;

namespace AsAnalysis.Data.Conversion;

/// <summary>
/// The columns of a table that a converter knows, found in its header: each canonical column (after
/// <see cref="LoadOptions.ColumnMap"/>, else the name trimmed and in upper case) to its field index. Unknown columns
/// are ignored.
/// </summary>
internal sealed class TableColumns
{
    // Keyed by the canonical-name instances passed in required/optional (the ExportColumns constants), so look-ups by
    // those constants compare references, not characters.
    private readonly Dictionary<string, int> _index = new(ReferenceEqualityComparer.Instance);

    private TableColumns()
    {
    }

    /// <summary>Every known column present, with its field index.</summary>
    public KeyValuePair<string, int>[] Present { get; private set; } = [];

    /// <summary>
    /// Finds the columns of <paramref name="table"/>. Reports a column given twice, a control character in a column name
    /// and a missing required column (in that order, on the header line); <paramref name="complete"/> is false for the
    /// latter two (rows are then not converted).
    /// </summary>
    public static TableColumns Resolve(RawTable table, LoadOptions options, string[] required, string[] optional, ProblemCollector problems, out bool complete)
    {
        var columns = new TableColumns();
        var file = table.FileName;
        var wanted = new HashSet<string>([.. required, .. optional], StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var written = (table.Header[i] ?? "").Trim();
            var canonical = options.ColumnMap.TryGetValue(written, out var mapped) ? mapped : written.ToUpperInvariant();
            if (!wanted.TryGetValue(canonical, out var constant)) continue; // unknown columns are ignored
            canonical = constant;
            if (!columns._index.TryAdd(canonical, i))
                problems.Add(file, table.HeaderLine, canonical, written,
                    $"column {canonical} appears twice (columns {(columns._index[canonical] + 1).ToString(CultureInfo.InvariantCulture)} and {(i + 1).ToString(CultureInfo.InvariantCulture)}{(options.ColumnMap.Count > 0 ? ", after applying the column map" : "")})");
        }
        complete = true;
        foreach (var header in table.Header)
        {
            if (ControlCharacters.First(header) is not { } c) continue;
            complete = false;
            problems.Add(file, table.HeaderLine, "", header ?? "", $"control character U+{(int)c:X4} in a column name: binary data or a damaged header");
        }
        foreach (var name in required)
        {
            if (columns._index.ContainsKey(name)) continue;
            complete = false;
            problems.Add(file, table.HeaderLine, name, "",
                $"required column {name} is missing (columns found: {string.Join(", ", table.Header.Select(h => (h ?? "").Trim()))}; " +
                "a column named differently can be mapped to it with a column map)");
        }
        columns.Present = [.. columns._index];
        return columns;
    }

    /// <summary>The field index of a column (an <see cref="ExportColumns"/> constant), when present.</summary>
    public bool TryGetIndex(string column, out int index) => _index.TryGetValue(column, out index);

    /// <summary>Per header column, whether a known column is there (the reader need not make strings of the others).</summary>
    public bool[] Wanted(int headerCount)
    {
        var wanted = new bool[headerCount];
        foreach (var i in _index.Values) wanted[i] = true;
        return wanted;
    }
}
