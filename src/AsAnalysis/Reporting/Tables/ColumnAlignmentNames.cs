namespace AsAnalysis.Reporting.Tables;

/// <summary>
/// The names of <see cref="ColumnAlignment"/> (column alignments): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class ColumnAlignmentNames
{
    /// <summary>The code: <c>left</c>, <c>center</c> or <c>right</c>.</summary>
    /// <param name="alignment">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ColumnAlignment"/>.</exception>
    public static string Code(this ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Left => "left",
        ColumnAlignment.Center => "center",
        ColumnAlignment.Right => "right",
        _ => throw new ArgumentOutOfRangeException(nameof(alignment), alignment, null),
    };

    /// <summary>The compact label: <c>Left</c>, <c>Center</c> or <c>Right</c>.</summary>
    /// <param name="alignment">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ColumnAlignment"/>.</exception>
    public static string ShortLabel(this ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Left => "Left",
        ColumnAlignment.Center => "Center",
        ColumnAlignment.Right => "Right",
        _ => throw new ArgumentOutOfRangeException(nameof(alignment), alignment, null),
    };

    /// <summary>The words for messages: <c>left aligned</c>, <c>centred</c> or <c>right aligned</c>.</summary>
    /// <param name="alignment">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ColumnAlignment"/>.</exception>
    public static string Label(this ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Left => "left aligned",
        ColumnAlignment.Center => "centred",
        ColumnAlignment.Right => "right aligned",
        _ => throw new ArgumentOutOfRangeException(nameof(alignment), alignment, null),
    };
}
