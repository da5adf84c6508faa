namespace AsAnalysis.Reporting.Tables;

/// <summary>Horizontal alignment of a column's header and cells.</summary>
/// <remarks>Its code, short label and label: <see cref="ColumnAlignmentNames"/>.</remarks>
public enum ColumnAlignment
{
    /// <summary>Left aligned.</summary>
    Left,
    /// <summary>Centred (the default for statistics columns).</summary>
    Center,
    /// <summary>Right aligned.</summary>
    Right,
}
