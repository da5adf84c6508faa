namespace AsAnalysis.Reporting.Tables;

/// <summary>
/// One data column of a <see cref="ReportTable"/> (the row-label "stub" column is not a data column).
/// A column may sit under one or more spanners (outermost first), e.g. <c>["MSC (N=20)"]</c> over the
/// columns <c>n (%)</c> and <c>Events</c>; adjacent columns whose spanner paths agree share the spanner cell.
/// </summary>
public sealed class TableColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="label">Column label (bottom header row); may be empty, not null.</param>
    /// <param name="alignment">Alignment of the header and cells.</param>
    /// <param name="spanners">Spanner labels above the column, outermost first; each non-blank. Null or empty for none.</param>
    /// <exception cref="ArgumentNullException">The label is null.</exception>
    /// <exception cref="ArgumentException">A spanner label is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The alignment is not a defined value.</exception>
    public TableColumn(string label, ColumnAlignment alignment = ColumnAlignment.Center, IEnumerable<string>? spanners = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!Enum.IsDefined(alignment)) throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "Unknown alignment.");
        var list = spanners?.ToArray() ?? [];
        foreach (var s in list)
        {
            if (string.IsNullOrWhiteSpace(s)) throw new ArgumentException("A spanner label must not be null or blank.", nameof(spanners));
        }
        Label = label;
        Alignment = alignment;
        Spanners = Array.AsReadOnly(list);
    }

    /// <summary>Column label shown in the bottom header row.</summary>
    public string Label { get; }

    /// <summary>Alignment of the header and cells.</summary>
    public ColumnAlignment Alignment { get; }

    /// <summary>Spanner labels above the column, outermost first (empty when the column has no spanner).</summary>
    public IReadOnlyList<string> Spanners { get; }

    /// <summary>The spanners and the label joined with <c>": "</c>, e.g. <c>MSC (N=20): n (%)</c>
    /// (used where a format has a single header row: Markdown and CSV).</summary>
    public string CompositeLabel
    {
        get
        {
            var parts = Spanners.Concat(Label.Length > 0 ? [Label] : Array.Empty<string>());
            return string.Join(": ", parts);
        }
    }
}
