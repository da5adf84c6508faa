namespace AsAnalysis.Reporting.Tables;

/// <summary>
/// One body row of a <see cref="ReportTable"/>: a row label (stub), an indentation level
/// (e.g. 0 for a system organ class, 1 for its preferred terms) and one formatted text cell per data column.
/// </summary>
public sealed class TableRow
{
    /// <summary>The deepest indentation level supported.</summary>
    public const int MaxIndent = 6;

    /// <summary>Creates a row.</summary>
    /// <param name="label">Row label; may be empty, not null.</param>
    /// <param name="cells">Formatted cell texts, one per data column; none null.</param>
    /// <param name="indent">Indentation level of the label, 0..<see cref="MaxIndent"/>.</param>
    /// <param name="startsGroup">True when a row-group separator is drawn before this row.</param>
    /// <param name="bold">True to emphasise the row label (e.g. "Any TEAE").</param>
    /// <exception cref="ArgumentNullException">The label or the cell list is null.</exception>
    /// <exception cref="ArgumentException">A cell is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The indent is outside 0..<see cref="MaxIndent"/>.</exception>
    public TableRow(string label, IEnumerable<string> cells, int indent = 0, bool startsGroup = false, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(cells);
        if (indent < 0 || indent > MaxIndent) throw new ArgumentOutOfRangeException(nameof(indent), indent, $"The indentation level must lie in 0..{MaxIndent}.");
        var array = cells.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null) throw new ArgumentException($"Cell {i} is null; use an empty string for an empty cell.", nameof(cells));
        }
        Label = label;
        Cells = Array.AsReadOnly(array);
        Indent = indent;
        StartsGroup = startsGroup;
        Bold = bold;
    }

    /// <summary>Row label (stub column text).</summary>
    public string Label { get; }

    /// <summary>Formatted cell texts, one per data column.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>Indentation level of the label (0 = flush left).</summary>
    public int Indent { get; }

    /// <summary>True when a row-group separator is drawn before this row.</summary>
    public bool StartsGroup { get; }

    /// <summary>True when the row label is emphasised.</summary>
    public bool Bold { get; }

    /// <summary>A copy with another indentation level.</summary>
    /// <param name="indent">Indentation level, 0..<see cref="MaxIndent"/>.</param>
    public TableRow WithIndent(int indent) => new(Label, Cells, indent, StartsGroup, Bold);

    /// <summary>A copy that starts a row group (a separator is drawn before it).</summary>
    public TableRow AsGroupStart() => new(Label, Cells, Indent, true, Bold);

    /// <summary>A copy with an emphasised label.</summary>
    public TableRow AsBold() => new(Label, Cells, Indent, StartsGroup, true);
}
