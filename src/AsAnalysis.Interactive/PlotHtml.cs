using AsAnalysis.Plots;

namespace AsAnalysis.Interactive;

/// <summary>Inline notebook images of ScottPlot plots and AsAnalysis figures (PNG through <see cref="FigureExport"/>, as in reports).</summary>
public static class PlotHtml
{
    /// <summary>Width in pixels of a plain ScottPlot plot displayed in a notebook.</summary>
    public const int Width = 720;

    /// <summary>Height in pixels of a plain ScottPlot plot displayed in a notebook.</summary>
    public const int Height = 440;

    /// <summary>The plot rendered to PNG at <see cref="Width"/> x <see cref="Height"/> as an inline base64 <c>&lt;img&gt;</c> (outer element has class <c>asanalysis-plot</c>).</summary>
    /// <param name="plot">The plot.</param>
    public static string Render(ScottPlot.Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Image("plot", "plot", FigureExport.GetPngBytes(plot, Width, Height), Width, Height);
    }

    /// <summary>The figure rendered to PNG at its design size as an inline base64 <c>&lt;img&gt;</c> (outer element has class <c>asanalysis-figure</c>).</summary>
    /// <param name="figure">The figure.</param>
    public static string RenderFigure(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Image("figure", figure.Name, figure.GetPngBytes(), figure.Width, figure.Height);
    }

    private static string Image(string kind, string alt, byte[] png, int width, int height) =>
        $"<div class=\"{AsAnalysisFormatters.CssClass} {AsAnalysisFormatters.CssClass}-{kind}\"><img alt=\"{NotebookHtml.Encode(alt)}\" " +
        $"width=\"{NotebookHtml.Int(width)}\" height=\"{NotebookHtml.Int(height)}\" style=\"max-width:100%;height:auto\" " +
        $"src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"/></div>";
}
