namespace AsAnalysis.Reporting.Html;

/// <summary>A block of a <see cref="ReportSection"/>: a paragraph, a table or a figure (closed set).</summary>
public abstract class ReportBlock
{
    private protected ReportBlock() { }
}
