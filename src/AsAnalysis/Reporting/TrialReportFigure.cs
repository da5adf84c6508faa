using System.Collections.Immutable;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting;

/// <summary>A figure of the report, rendered in both formats.</summary>
public sealed record TrialReportFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="id">Id slug; the file stem of <c>figures/{id}.png</c> and <c>.svg</c>, and the HTML anchor <c>fig-{id}</c>.</param>
    /// <param name="sectionId">Id of the report section that shows it.</param>
    /// <param name="caption">Numbered caption, non-blank.</param>
    /// <param name="png">PNG bytes.</param>
    /// <param name="svg">SVG document.</param>
    /// <exception cref="ArgumentException">An invalid id or section id, a blank caption, or empty image data.</exception>
    public TrialReportFigure(string id, string sectionId, string caption, ImmutableArray<byte> png, string svg)
    {
        ReportTable.ValidateId(id, nameof(id));
        ReportTable.ValidateId(sectionId, nameof(sectionId));
        ReportTable.ValidateText(caption, nameof(caption));
        if (png.IsDefaultOrEmpty) throw new ArgumentException("The PNG is empty.", nameof(png));
        if (string.IsNullOrWhiteSpace(svg)) throw new ArgumentException("The SVG is empty.", nameof(svg));
        Id = id;
        SectionId = sectionId;
        Caption = caption;
        Png = png;
        Svg = svg;
    }

    /// <summary>Id slug (file stem and anchor).</summary>
    public string Id { get; }

    /// <summary>Id of the report section that shows the figure.</summary>
    public string SectionId { get; }

    /// <summary>Numbered caption, e.g. "Figure 1. ...".</summary>
    public string Caption { get; }

    /// <summary>PNG bytes.</summary>
    public ImmutableArray<byte> Png { get; }

    /// <summary>SVG document.</summary>
    public string Svg { get; }

    /// <summary>The figure for the HTML report: the SVG, sanitised and inlined.</summary>
    public HtmlFigure ToHtmlFigure() => HtmlFigure.FromSvg(Id, Caption, Svg);

    /// <summary>Former name of <see cref="ToHtmlFigure"/>.</summary>
    [Obsolete("Use ToHtmlFigure; this name will be removed in 0.3.", false)]
    public HtmlFigure ToReportFigure() => ToHtmlFigure();
}
