using System.Text;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>A CSV file as header + rows of cells (the sample files use minimal RFC 4180 quoting and no embedded newlines).</summary>
internal sealed record CsvFile(string Name, string[] Header, IReadOnlyList<string[]> Rows)
{
    private string[]? _lines;

    /// <summary>Copy constructor used by <c>with</c>: the copy re-serializes its lines (its cells may differ).</summary>
    private CsvFile(CsvFile original)
    {
        Name = original.Name;
        Header = original.Header;
        Rows = original.Rows;
    }

    /// <summary>1-based physical line of data row <paramref name="row"/> (the header is line 1).</summary>
    public static long LineOf(int row) => row + 2;

    public int Column(string name) => Array.FindIndex(Header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Quote));

    /// <summary>The lines without terminators, header first (cached; <see cref="WithCell"/> re-serializes only the edited row).</summary>
    public IReadOnlyList<string> Lines() => _lines ??= [Line(Header), .. Rows.Select(Line)];

    public string Text(string newline = "\n") => string.Concat(Lines().Select(l => l + newline));

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Text());

    public CsvFile WithCell(int row, int column, string value)
    {
        var rows = Rows.ToArray();
        rows[row] = (string[])rows[row].Clone();
        rows[row][column] = value;
        var lines = Lines().ToArray();
        lines[row + 1] = Line(rows[row]);
        return new CsvFile(Name, Header, rows) { _lines = lines };
    }

    /// <summary>Splits one line of minimal-quoted CSV (no embedded newlines).</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        cells.Add(sb.ToString());
        return cells.ToArray();
    }

    public static CsvFile Parse(string name, string text)
    {
        var lines = text.Split('\n');
        if (lines[^1].Length == 0) lines = lines[..^1];
        return new CsvFile(name, Split(lines[0]), lines.Skip(1).Select(Split).ToArray());
    }
}
