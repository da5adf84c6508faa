using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;
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
    /// The standard figure set of a report (and of the docs gallery), with the default settings of each builder:
    /// response rates, ASAS20 and ASAS40 response over time, mean change (BASDAI, BASFI, ASDAS-CRP), response forest,
    /// BASDAI waterfall at week 12 (when the results hold it), ASDAS-CRP trajectories and the AE dot plot. Pass
    /// <c>null</c> for either results to leave its figures out. Every figure shares <paramref name="options"/>; when
    /// it names no colours, one map from the efficacy arms (else the safety arms) is used for all.
    /// </summary>
    /// <param name="efficacy">Efficacy results, or <c>null</c>.</param>
    /// <param name="safety">Safety results, or <c>null</c>.</param>
    /// <param name="options">Options for every figure (a title or size here applies to all of them).</param>
    public static IReadOnlyList<Figure> StandardSet(EfficacyResults? efficacy, SafetyResults? safety, FigureOptions? options = null)
        => StandardSet(efficacy, safety, options, maxAeTerms: null);

    /// <summary>
    /// The standard figure set as <see cref="StandardSet(EfficacyResults?, SafetyResults?, FigureOptions?)"/>, with the
    /// AE dot plot limited to the <paramref name="maxAeTerms"/> most frequent preferred terms (as
    /// <see cref="AeDotPlot(SafetyResults, string?, int?, FigureOptions?)"/>'s <c>maxTerms</c>), e.g. so that a large
    /// export stays legible.
    /// </summary>
    /// <param name="efficacy">Efficacy results, or <c>null</c>.</param>
    /// <param name="safety">Safety results, or <c>null</c>.</param>
    /// <param name="options">Options for every figure.</param>
    /// <param name="maxAeTerms">At most this many preferred terms in the AE dot plot (at least 1); <c>null</c> draws every PT the table shows.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAeTerms"/> below 1.</exception>
    public static IReadOnlyList<Figure> StandardSet(EfficacyResults? efficacy, SafetyResults? safety, FigureOptions? options, int? maxAeTerms)
    {
        if (maxAeTerms is < 1) throw new ArgumentOutOfRangeException(nameof(maxAeTerms), maxAeTerms, "Keep at least one term.");
        options ??= FigureOptions.Default;
        if (options.Colors is null)
        {
            if (efficacy is not null) options = options with { Colors = ArmColors.For(efficacy) };
            else if (safety is not null) options = options with { Colors = ArmColors.For(safety) };
        }
        var list = new List<Figure>();
        if (efficacy is not null)
        {
            list.Add(ResponseRates(efficacy, options: options));
            foreach (var e in new[] { ResponderEndpoint.Asas20, ResponderEndpoint.Asas40 }.Where(e => efficacy.Options.ResponderEndpoints.Contains(e)))
                list.Add(ResponseOverTime(efficacy, e, options: options));
            if (efficacy.Continuous.Count > 0) list.Add(MeanChange(efficacy, options: options));
            if (efficacy.Comparisons.Count > 0) list.Add(ResponseForest(efficacy, options: options));
            if (SubjectData.PercentChange(efficacy, ContinuousEndpoint.Basdai, 12m).Count > 0) list.Add(Waterfall(efficacy, options: options));
            if (SubjectData.Trajectories(efficacy, ContinuousEndpoint.AsdasCrp).Count > 0) list.Add(AsdasTrajectories(efficacy, options: options));
        }
        if (safety is not null && safety.BySocPt.PtsShown > 0)
        {
            var colors = options.Colors;
            bool known = colors is not null && safety.Arms.All(a => colors.Contains(a.Arm));
            list.Add(AeDotPlot(safety, maxTerms: maxAeTerms, options: known ? options : options with { Colors = ArmColors.For(safety) }));
        }
        return list;
    }

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
        double maxPct = incidence.Markers.Values.SelectMany(m => m.Data.GetScatterPoints()).Max(p => p.X);
        double xMax = PlotText.CeilingTo(maxPct * 1.08, 10);
        left.Axes.SetLimitsX(-xMax * 0.025, xMax);
        left.Axes.SetLimitsY(-0.7, terms.Count - 0.3);
        left.Axes.Left.SetTicks(incidence.TermTicks.Select(t => t.Position).ToArray(), incidence.TermTicks.Select(t => t.Label).ToArray());
        left.XLabel("Subjects with event (%)");
        left.Title("Incidence by arm");
        style.Apply(left);
        left.HideLegend();

        // both panels get the same fixed top and bottom margins so that their rows line up
        float labelWidth = Plots.AeDotPlot.TermLabels(terms).Max(l => PlotText.Width(style, l, style.TickLabelFontSize));
        float top = MathF.Round(style.TitleFontSize * 2.2f);
        float bottom = MathF.Round(style.TickLabelFontSize + style.AxisLabelFontSize + 30);
        left.Layout.Fixed(new PixelPadding(MathF.Round(labelWidth + 22), 12, bottom, top));
        string? title = options.TitleOr("Adverse events by preferred term: incidence and risk difference");
        int height = options.Height ?? Math.Max(380, 170 + 26 * terms.Count);
        int width = options.Width ?? 1100;

        if (!hasComparisons)
            return Figure.Create("ae-dot-plot", options.Width ?? (int)(width * 0.6), height, [left], null, title, left, style);

        var right = new Plot();
        var rd = right.Add.AeRiskDifference(results, terms, colors, style);
        right.Axes.SetLimitsY(-0.7, terms.Count - 0.3);
        right.Axes.Left.SetTicks(rd.TermTicks.Select(t => t.Position).ToArray(), rd.TermTicks.Select(_ => "").ToArray());
        var first = results.TermComparisons.First(c => treatmentArm is null || c.TreatmentArm == treatmentArm);
        string level = ValueFormatter.ConfidenceLevel(first.Difference.Ci.Level);
        right.XLabel($"Risk difference (percentage points), {level} CI");
        right.Title(rd.Estimates.Count == 1
            ? $"{rd.Estimates.Keys.Single()} {PlotText.Minus} {results.ControlArm} ({first.Difference.Method.ShortLabel()})"
            : $"Difference from {results.ControlArm} ({first.Difference.Method.ShortLabel()})");
        style.Apply(right);
        right.HideLegend();
        right.Layout.Fixed(new PixelPadding(12, 24, bottom, top));

        // the legend strip shows the arms (incidence markers) and, with several test arms, the differences
        var legendFrom = new Plot();
        legendFrom.Legend.ManualItems.AddRange(left.Legend.GetItems());
        if (rd.Estimates.Count > 1) legendFrom.Legend.ManualItems.AddRange(right.Legend.GetItems());
        float leftShare = (labelWidth + 22 + 0.45f * (width - labelWidth - 22 - 36)) / width;
        return Figure.Create("ae-dot-plot", width, height, [left, right], new WeightedLayout([leftShare, 1 - leftShare], columns: true), title, legendFrom, style);
    }
}
