using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Html;

/// <summary>A table block.</summary>
public sealed class TableBlock : ReportBlock
{
    /// <summary>Creates a table block.</summary>
    /// <param name="table">The table.</param>
    public TableBlock(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
    }

    /// <summary>The table.</summary>
    public ReportTable Table { get; }
}
