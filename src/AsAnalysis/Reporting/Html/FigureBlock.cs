namespace AsAnalysis.Reporting.Html;

/// <summary>A figure block.</summary>
public sealed class FigureBlock : ReportBlock
{
    /// <summary>Creates a figure block.</summary>
    /// <param name="figure">The figure.</param>
    public FigureBlock(HtmlFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Figure = figure;
    }

    /// <summary>The figure.</summary>
    public HtmlFigure Figure { get; }
}
