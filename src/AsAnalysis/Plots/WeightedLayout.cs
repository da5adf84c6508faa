using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>A multiplot layout: columns (or rows) whose widths (heights) are proportional to weights.</summary>
internal sealed class WeightedLayout(double[] weights, bool columns) : IMultiplotLayout
{
    public PixelRect[] GetSubplotRectangles(SubplotCollection subplots, PixelRect figureRect)
    {
        int n = subplots.Count;
        var w = Enumerable.Range(0, n).Select(i => i < weights.Length ? weights[i] : 1.0).ToArray();
        double total = w.Sum();
        var rects = new PixelRect[n];
        double start = 0;
        for (int i = 0; i < n; i++)
        {
            double end = start + w[i] / total;
            rects[i] = columns
                ? new PixelRect(
                    MathF.Round(figureRect.Left + (float)(start * figureRect.Width)), MathF.Round(figureRect.Left + (float)(end * figureRect.Width)),
                    figureRect.Bottom, figureRect.Top)
                : new PixelRect(
                    figureRect.Left, figureRect.Right,
                    MathF.Round(figureRect.Top + (float)(end * figureRect.Height)), MathF.Round(figureRect.Top + (float)(start * figureRect.Height)));
            start = end;
        }
        return rects;
    }
}
