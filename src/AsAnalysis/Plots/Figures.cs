using AsAnalysis.Safety;
using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>
/// Ready-made report figures built from result records, in the one <see cref="FigureStyle"/>, each returned as a
/// <see cref="Figure"/> with its design size and stable name. They draw the numbers of the results and compute no
/// statistic.
/// </summary>
public static partial class Figures
{
    /// <summary>
    /// AE dot plot (Amit, Heiberger and Lane 2008): per preferred term the percentage of subjects in each arm (left)
    /// and the risk difference with its interval (right, Newcombe by default as the safety options say), terms sorted
    /// by the difference. Without a control arm only the incidence panel is drawn. Name <c>ae-dot-plot</c>.
    /// </summary>
    /// <param name="results">The safety results.</param>
    /// <param name="treatmentArm">The test arm whose difference orders the rows; default the first.</param>
    /// <param name="maxTerms">Keep at most this many PTs (most frequent); <c>null</c> keeps every PT of the table.</param>
    /// <param name="options">Figure options.</param>
    /// <exception cref="ArgumentException">The table shows no PT.</exception>
    public static Figure AeDotPlot(SafetyResults results, string? treatmentArm = null, int? maxTerms = null, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= FigureOptions.Default;
        var style = options.Style;
        var colors = options.Colors ?? ArmColors.For(results);
        var terms = Plots.AeDotPlot.Terms(results, treatmentArm, maxTerms);
        if (terms.Count == 0) throw new ArgumentException("The safety table shows no preferred term.", nameof(results));
        bool hasComparisons = results.TermComparisons.Count > 0;

        var left = new Plot();
        var incidence = left.Add.AeIncidence(results, terms, colors, style);
        double maxPct = terms.Count == 0 ? 0 : incidence.Markers.Values.SelectMany(m => m.Data.GetScatterPoints()).Max(p => p.X);
        double xMax = PlotText.CeilingTo(maxPct * 1.08, 10);
        left.Axes.SetLimitsX(-xMax * 0.025, xMax);
        left.Axes.SetLimitsY(-0.7, terms.Count - 0.3);
        left.Axes.Left.SetTicks(incidence.TermTicks.Select(t => t.Position).ToArray(), incidence.TermTicks.Select(t => t.Label).ToArray());
        left.XLabel("Subjects with event (%)");
        left.Title("Incidence by arm");
        left.ShowLegend(Edge.Bottom);
        style.Apply(left);

        int height = options.Height ?? Math.Max(360, 150 + 26 * terms.Count);
        int width = options.Width ?? 1100;
        float labelWidth = Plots.AeDotPlot.TermLabels(terms).Max(l => PlotText.Width(style, l, style.TickLabelFontSize));
        float top = style.TitleFontSize * 2.2f;
        float bottom = style.TickLabelFontSize + style.AxisLabelFontSize + style.LegendFontSize * 2.6f + 40;
        left.Layout.Fixed(new PixelPadding(labelWidth + 22, 12, bottom, top));

        if (!hasComparisons)
            return Figure.FromPlot(left, "ae-dot-plot", options.Width ?? (int)(width * 0.6), height);

        var right = new Plot();
        var rd = right.Add.AeRiskDifference(results, terms, colors, style);
        right.Axes.SetLimitsY(-0.7, terms.Count - 0.3);
        right.Axes.Left.SetTicks(rd.TermTicks.Select(t => t.Position).ToArray(), rd.TermTicks.Select(_ => "").ToArray());
        var first = results.TermComparisons.First(c => treatmentArm is null || c.TreatmentArm == treatmentArm);
        string level = PlotText.Level(first.Difference.Ci.Level);
        right.XLabel($"Risk difference (percentage points), {level} CI");
        right.Title(rd.Estimates.Count == 1
            ? $"{rd.Estimates.Keys.Single()} {PlotText.Minus} {results.ControlArm} ({first.Difference.Method.Display()})"
            : $"Difference from {results.ControlArm} ({first.Difference.Method.Display()})");
        if (rd.Estimates.Count > 1) right.ShowLegend(Edge.Bottom);
        style.Apply(right);
        right.Layout.Fixed(new PixelPadding(12, 24, bottom, top));

        var multiplot = new Multiplot();
        multiplot.RemovePlot(multiplot.GetPlot(0));
        multiplot.AddPlot(left);
        multiplot.AddPlot(right);
        float leftShare = (labelWidth + 22 + 0.45f * (width - labelWidth - 22 - 36)) / width;
        multiplot.Layout = new WeightedLayout([leftShare, 1 - leftShare], columns: true);
        return Figure.FromMultiplot(multiplot, "ae-dot-plot", width, height);
    }
}
