namespace AsAnalysis.Interactive;

/// <summary>Inline notebook image of a ScottPlot <see cref="ScottPlot.Plot"/>.</summary>
public static class PlotHtml
{
    /// <summary>Width in pixels of a plot displayed in a notebook.</summary>
    public const int Width = 720;

    /// <summary>Height in pixels of a plot displayed in a notebook.</summary>
    public const int Height = 440;

    /// <summary>The plot rendered to PNG as an inline base64 <c>&lt;img&gt;</c> (outer element has class <c>asanalysis-plot</c>).</summary>
    /// <param name="plot">The plot.</param>
    public static string Render(ScottPlot.Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var png = plot.GetImageBytes(Width, Height, ScottPlot.ImageFormat.Png);
        return $"<div class=\"{AsAnalysisFormatters.CssClass} {AsAnalysisFormatters.CssClass}-plot\"><img alt=\"plot\" width=\"{Width}\" height=\"{Height}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"/></div>";
    }
}
