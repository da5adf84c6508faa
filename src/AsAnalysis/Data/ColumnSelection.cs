namespace AsAnalysis.Data;

/// <summary>Which columns of a <see cref="RawTable"/> are read (see <see cref="RawTable.Columns"/>).</summary>
internal sealed class ColumnSelection
{
    /// <summary>Per header column, whether it is read; null = all.</summary>
    public bool[]? Wanted { get; set; }
}
