namespace AsAnalysis.Reporting.Tables;

/// <summary>A cell of a spanner header row: a label over <see cref="ColumnCount"/> adjacent data columns, or an empty cell.</summary>
public sealed class SpannerCell
{
    internal SpannerCell(string label, int firstColumn, int columnCount)
    {
        Label = label;
        FirstColumn = firstColumn;
        ColumnCount = columnCount;
    }

    /// <summary>Spanner label; empty for a column that has no spanner at this level.</summary>
    public string Label { get; }

    /// <summary>Zero-based index of the first data column covered.</summary>
    public int FirstColumn { get; }

    /// <summary>Number of adjacent data columns covered (at least 1).</summary>
    public int ColumnCount { get; }

    /// <summary>True when the cell has no label (the column has no spanner at this level).</summary>
    public bool IsEmpty => Label.Length == 0;
}
