using AsAnalysis.Reporting.Html;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Interactive;

/// <summary>Notebook HTML of the reporting types, through the library's own renderers (the same output as the HTML report).</summary>
public static class ReportHtml
{
    private static readonly HtmlTableRenderer Renderer = new();

    /// <summary>A report table as rendered by <see cref="HtmlTableRenderer"/>, with its style sheet (outer element has class <c>asanalysis-table</c>).</summary>
    /// <param name="table">The table.</param>
    public static string RenderTable(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Wrap("table", Renderer.Render(table));
    }

    /// <summary>A report figure as in the HTML report (outer element has class <c>asanalysis-report-figure</c>).</summary>
    /// <param name="figure">The figure.</param>
    public static string RenderFigure(HtmlFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Wrap("report-figure", figure.RenderHtml());
    }

    private static string Wrap(string kind, string fragment) =>
        $"<div class=\"{AsAnalysisFormatters.CssClass} {AsAnalysisFormatters.CssClass}-{kind}\"><style>{HtmlTableRenderer.Stylesheet}</style>{fragment}</div>";
}
