using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Renderers;

/// <summary>Renders a <see cref="ReportTable"/> to text. Output is byte-deterministic: no timestamps, "\n" line ends, input order kept.</summary>
public interface ITableRenderer
{
    /// <summary>File extension of the format, without the dot (e.g. <c>html</c>).</summary>
    string FileExtension { get; }

    /// <summary>Renders one table.</summary>
    /// <param name="table">The table.</param>
    string Render(ReportTable table);
}
