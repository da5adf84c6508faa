using System.Globalization;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Statistics;
using ScottPlot;

namespace AsAnalysis.Plots;

public static partial class Figures
{
    /// <summary>
    /// Response rates per arm as grouped bars with interval whiskers and n/N labels: one panel per visit (default the
    /// analysis weeks, e.g. 12 and 48), one group per responder endpoint (default all analysed, e.g. ASAS20, ASAS40,
    /// ASAS 5/6, ASAS PR, BASDAI50, ASDAS CII, ASDAS MI). Name <c>response-rates</c>.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="endpoints">Endpoints, in group order; default <see cref="EfficacyOptions.ResponderEndpoints"/>.</param>
    /// <param name="weeks">Visits, one panel each; default <see cref="EfficacyOptions.AnalysisWeeks"/>.</param>
    /// <param name="imputation">Missing-data handling; default NRI.</param>
    /// <param name="interval">Wilson (default) or Clopper-Pearson.</param>
    /// <param name="options">Figure options.</param>
    /// <exception cref="ArgumentException">No endpoint or visit, or a combination the results do not hold.</exception>
    public static Figure ResponseRates(EfficacyResults results, IReadOnlyList<ResponderEndpoint>? endpoints = null, IReadOnlyList<decimal>? weeks = null,
        Imputation imputation = Imputation.NonResponderImputation, ProportionCiMethod interval = ProportionCiMethod.Wilson, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= FigureOptions.Default;
        var style = options.Style;
        var colors = options.Colors ?? ArmColors.For(results);
        endpoints ??= results.Options.ResponderEndpoints;
        weeks ??= results.Options.AnalysisWeeks;
        if (endpoints.Count == 0) throw new ArgumentException("No endpoint.", nameof(endpoints));
        if (weeks.Count == 0) throw new ArgumentException("No visit.", nameof(weeks));

        var panels = new List<Plot>();
        var elements = new List<ResponseBarsPlot>();
        foreach (var week in weeks)
        {
            var responses = new List<ArmResponse>();
            foreach (var e in endpoints)
                foreach (var arm in colors.Arms)
                    responses.Add(Find(results, imputation, e, week, arm, nameof(weeks)));
            var plot = new Plot();
            var bars = plot.Add.ResponseBars(responses, colors, style, interval);
            plot.Axes.Bottom.SetTicks(bars.GroupTicks.Select(t => t.Position).ToArray(), bars.GroupTicks.Select(t => t.Label).ToArray());
            plot.Title(VisitLabels.Week(week));
            plot.YLabel("Responders (%)");
            panels.Add(plot);
            elements.Add(bars);
        }
        double yMax = Math.Min(110, PlotText.CeilingTo(elements.Max(b => b.MaxUpper) + 12, 10));
        foreach (var p in panels)
        {
            p.Axes.SetLimits(-0.55, endpoints.Count - 0.45, 0, yMax);
            p.Axes.Margins(0, 0);
            p.Axes.SetLimits(-0.55, endpoints.Count - 0.45, 0, yMax);
            p.HideLegend();
            style.Apply(p);
            p.Grid.XAxisStyle.IsVisible = false;
        }
        string? title = options.TitleOr($"Response by arm ({imputation.ShortLabel()}), {ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel)} {interval.ShortLabel()} CI");
        int width = options.Width ?? Math.Max(900, 130 * endpoints.Count + 120);
        int height = options.Height ?? 80 + 340 * weeks.Count;
        return Figure.Create("response-rates", width, height, panels, new WeightedLayout([.. Enumerable.Repeat(1.0, panels.Count)], columns: false),
            title, panels[0], style);
    }

    /// <summary>
    /// Response rate of one endpoint over all visits, one line per arm with interval whiskers. Name
    /// <c>response-over-time-{endpoint}</c>, e.g. <c>response-over-time-asas20</c>.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="endpoint">The endpoint; default ASAS20.</param>
    /// <param name="imputation">Missing-data handling; default NRI.</param>
    /// <param name="interval">Wilson (default) or Clopper-Pearson.</param>
    /// <param name="options">Figure options.</param>
    /// <exception cref="ArgumentException">An endpoint or handling the results do not hold.</exception>
    public static Figure ResponseOverTime(EfficacyResults results, ResponderEndpoint endpoint = ResponderEndpoint.Asas20,
        Imputation imputation = Imputation.NonResponderImputation, ProportionCiMethod interval = ProportionCiMethod.Wilson, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= FigureOptions.Default;
        var style = options.Style;
        var colors = options.Colors ?? ArmColors.For(results);
        var responses = colors.Arms.SelectMany(a => results.ResponseOverTime(imputation, endpoint, a)).ToList();
        if (responses.Count == 0)
            throw new ArgumentException($"The results hold no {imputation.Code()} {endpoint.Code()} responses.", nameof(endpoint));

        var plot = new Plot();
        var series = plot.Add.ResponseOverTime(responses, colors, style, interval);
        double maxUpper = responses.Where(r => r.N > 0).Select(r => (interval == ProportionCiMethod.Wilson ? r.Wilson : r.ClopperPearson).Ci.Upper * 100).DefaultIfEmpty(0).Max();
        WeekAxis(plot, results.VisitWeeks.Prepend(0m));
        double yMax = Math.Min(100, PlotText.CeilingTo(maxUpper + 5, 10));
        plot.Axes.SetLimitsY(-yMax * 0.025, yMax * 1.015); // room for markers at 0% and 100%
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        plot.XLabel("Week");
        plot.YLabel($"{endpoint.ShortLabel()} responders (%)");
        style.Apply(plot);
        plot.HideLegend();
        string? title = options.TitleOr($"{endpoint.ShortLabel()} response over time ({imputation.ShortLabel()}), {ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel)} {interval.ShortLabel()} CI");
        return Figure.Create("response-over-time-" + endpoint.Code().ToLowerInvariant().Replace('_', '-'),
            options.Width ?? 900, options.Height ?? 560, [plot], null, title, plot, style);
    }

    /// <summary>
    /// Mean change from baseline over the visits per arm with ± SE (or ± SD) bars, one panel per endpoint (default
    /// BASDAI, BASFI and ASDAS-CRP), and a line at no change. Name <c>mean-change</c>.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="endpoints">Endpoints, one panel each; default BASDAI, BASFI, ASDAS-CRP (those the results hold).</param>
    /// <param name="errorBars">The spread; default ± SE.</param>
    /// <param name="options">Figure options.</param>
    /// <exception cref="ArgumentException">No endpoint, or one the results do not hold.</exception>
    public static Figure MeanChange(EfficacyResults results, IReadOnlyList<ContinuousEndpoint>? endpoints = null,
        ChangeErrorBars errorBars = ChangeErrorBars.StandardError, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= FigureOptions.Default;
        var style = options.Style;
        var colors = options.Colors ?? ArmColors.For(results);
        endpoints ??= new[] { ContinuousEndpoint.Basdai, ContinuousEndpoint.Basfi, ContinuousEndpoint.AsdasCrp }
            .Where(e => results.Continuous.Any(c => c.Endpoint == e)).ToList();
        if (endpoints.Count == 0) throw new ArgumentException("No endpoint.", nameof(endpoints));
        string spread = errorBars.ShortLabel();

        var panels = new List<Plot>();
        foreach (var e in endpoints)
        {
            var summaries = results.Continuous.Where(c => c.Endpoint == e && colors.Contains(c.Arm)).ToList();
            if (summaries.Count == 0) throw new ArgumentException($"The results hold no {e.Code()} summaries.", nameof(endpoints));
            var plot = new Plot();
            plot.Add.HorizontalLine(0, style.ThinLineWidth, style.ReferenceLineColor, LinePattern.Dashed);
            plot.Add.MeanChange(summaries, colors, style, errorBars);
            WeekAxis(plot, results.VisitWeeks.Prepend(0m));
            plot.Title(e.ShortLabel());
            plot.XLabel("Week");
            plot.YLabel($"Mean change \u00B1 {spread} ({e.Unit()})");
            style.Apply(plot);
            plot.HideLegend();
            panels.Add(plot);
        }
        foreach (var p in panels) p.Axes.AutoScaleY();
        string? title = options.TitleOr($"Mean change from baseline by arm (\u00B1 {spread}), observed cases");
        int width = options.Width ?? Math.Max(700, 440 * panels.Count);
        return Figure.Create("mean-change", width, options.Height ?? 500, panels,
            new WeightedLayout([.. Enumerable.Repeat(1.0, panels.Count)], columns: true), title, panels[0], style);
    }

    /// <summary>
    /// Forest plot of the between-arm differences in response rate (treatment − control, percentage points) with their
    /// intervals across endpoints and visits, the counts and the numbers beside each row, a line at no difference and
    /// the side each arm is favoured on. Name <c>response-forest</c>.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="endpoints">Endpoints; default all analysed.</param>
    /// <param name="weeks">Visits; default the analysis weeks.</param>
    /// <param name="imputation">Missing-data handling; default NRI.</param>
    /// <param name="method">Newcombe (default) or Miettinen-Nurminen.</param>
    /// <param name="treatmentArm">The treatment arm; default the first.</param>
    /// <param name="options">Figure options.</param>
    /// <exception cref="ArgumentException">A comparison the results do not hold, or another method.</exception>
    public static Figure ResponseForest(EfficacyResults results, IReadOnlyList<ResponderEndpoint>? endpoints = null, IReadOnlyList<decimal>? weeks = null,
        Imputation imputation = Imputation.NonResponderImputation, DifferenceCiMethod method = DifferenceCiMethod.Newcombe, string? treatmentArm = null,
        FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= FigureOptions.Default;
        var style = options.Style;
        endpoints ??= results.Options.ResponderEndpoints;
        weeks ??= results.Options.AnalysisWeeks;
        treatmentArm ??= results.TreatmentArms.FirstOrDefault() ?? throw new ArgumentException("The results have no treatment arm.", nameof(results));
        var comparisons = new List<ArmComparison>();
        foreach (var e in endpoints)
            foreach (var w in weeks)
            {
                try { comparisons.Add(results.Comparison(imputation, e, w, treatmentArm)); }
                catch (KeyNotFoundException ex) { throw new ArgumentException(ex.Message, nameof(weeks), ex); }
            }
        if (comparisons.Count == 0) throw new ArgumentException("No comparison to draw.", nameof(endpoints));
        var rows = comparisons.Select(c => ForestRow.From(c, method)).ToList();

        var plot = new Plot();
        int n = rows.Count;
        // pale bands behind every other endpoint group
        for (int g = 0, i = 0; g < endpoints.Count; g++, i += weeks.Count)
        {
            if (g % 2 == 1) continue;
            var band = plot.Add.VerticalSpan(n - i - weeks.Count - 0.5, n - i - 0.5, style.GridColor.WithAlpha(0.45));
            band.LineWidth = 0;
        }
        var forest = plot.Add.Forest(rows, style, scale: 100);
        var ticks = forest.RowTicks;
        plot.Axes.Left.SetTicks(ticks.Select(t => t.Position).ToArray(), ticks.Select(t => t.Label).ToArray());
        var right = plot.Axes.Right;
        right.SetTicks(ticks.Select(t => t.Position).ToArray(), rows.Select(r => NumbersColumn(r)).ToArray());
        right.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        double extent = rows.SelectMany(r => new[] { r.Ci.Lower, r.Ci.Upper, r.Estimate }).Where(double.IsFinite).Select(v => Math.Abs(v * 100)).DefaultIfEmpty(10).Max();
        double xMax = PlotText.CeilingTo(extent * 1.05, 10);
        plot.Axes.SetLimits(-xMax, xMax, -0.6, n - 0.4);
        plot.Axes.SetLimitsY(-0.6, n - 0.4, right);
        string control = results.ControlArm;
        plot.XLabel($"\u2190 favours {control}        Difference in response rate, {treatmentArm} {PlotText.Minus} {control} (percentage points)        favours {treatmentArm} \u2192");
        style.Apply(plot);
        plot.Grid.YAxisStyle.IsVisible = false;
        right.TickLabelStyle.FontName = style.ResolvedFontName;
        string? title = options.TitleOr($"Difference in response rate ({imputation.ShortLabel()}), {ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel)} {method.ShortLabel()} CI");
        return Figure.Create("response-forest", options.Width ?? 1100, options.Height ?? Math.Max(360, 130 + 30 * n), [plot], null, title, null, style);
    }

    /// <summary>
    /// Waterfall of the percent change from baseline in BASDAI (or another continuous endpoint) per ITT subject at a
    /// visit, coloured by arm, with lines at no change and at −50% (the BASDAI50 threshold). Subjects without a value
    /// are not drawn (n per arm in the legend). With more subjects than <see cref="FigureOptions.MaxWaterfallBars"/>, that
    /// many evenly spaced in the sorted order are drawn and the axis label says so. Name
    /// <c>waterfall-{endpoint}-week{week}</c>, e.g. <c>waterfall-basdai-week12</c>.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="week">The visit; default week 12.</param>
    /// <param name="endpoint">The endpoint; default BASDAI.</param>
    /// <param name="options">Figure options.</param>
    /// <exception cref="ArgumentException">No subject has a value at the visit.</exception>
    public static Figure Waterfall(EfficacyResults results, decimal week = 12m, ContinuousEndpoint endpoint = ContinuousEndpoint.Basdai, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= FigureOptions.Default;
        var style = options.Style;
        var colors = options.Colors ?? ArmColors.For(results);
        var values = SubjectData.PercentChange(results, endpoint, week);
        if (values.Count == 0) throw new ArgumentException($"No subject has a {endpoint.Code()} percent change at {VisitLabels.Week(week)}.", nameof(week));

        var plot = new Plot();
        var waterfall = plot.Add.Waterfall(values, colors, style, options.MaxWaterfallBars);
        plot.Add.HorizontalLine(0, style.ThinLineWidth, style.TextColor);
        if (endpoint == ContinuousEndpoint.Basdai)
        {
            plot.Add.HorizontalLine(-50, style.ThinLineWidth, style.ReferenceLineColor, LinePattern.Dashed);
            var t = PlotText.Add(plot.Add, "BASDAI50 (\u221250%)", -0.5, -50, style, Alignment.LowerLeft);
            t.LabelOffsetY = -3;
        }
        double low = Math.Min(-60, waterfall.Order[^1].Value);
        double high = Math.Max(20, waterfall.Order[0].Value);
        plot.Axes.SetLimits(-1, values.Count, PlotText.CeilingTo(-low, 10) * -1, PlotText.CeilingTo(high, 10));
        plot.Axes.Bottom.SetTicks([], []);
        plot.XLabel(waterfall.IsThinned
            ? $"Subjects, ordered by percent change (n = {values.Count}; {waterfall.Drawn.Count} evenly spaced in this order drawn)"
            : $"Subjects, ordered by percent change (n = {values.Count})");
        plot.YLabel($"Change from baseline in {endpoint.ShortLabel()} (%)");
        style.Apply(plot);
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.HideLegend();
        string? title = options.TitleOr($"{endpoint.ShortLabel()} percent change from baseline at {VisitLabels.Week(week)} by subject");
        string name = $"waterfall-{endpoint.Code().ToLowerInvariant().Replace('_', '-')}-week{week.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', '-')}";
        return Figure.Create(name, options.Width ?? 1000, options.Height ?? 520, [plot], null, title, plot, style);
    }

    /// <summary>
    /// Subject-level ASDAS-CRP over the visits (spaghetti plot), one panel per arm, over the ASDAS disease-activity
    /// bands (inactive &lt; 1.3, low &lt; 2.1, high ≤ 3.5, very high &gt; 3.5). With more subjects in an arm than
    /// <see cref="FigureOptions.MaxTrajectoriesPerArm"/>, that many evenly spaced in subject-id order are drawn and the
    /// panel titles and axis labels say so. Name <c>asdas-crp-trajectories</c>.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="options">Figure options.</param>
    /// <exception cref="ArgumentException">No subject has an ASDAS-CRP value.</exception>
    public static Figure AsdasTrajectories(EfficacyResults results, FigureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        options ??= FigureOptions.Default;
        var style = options.Style;
        var colors = options.Colors ?? ArmColors.For(results);
        var trajectories = SubjectData.Trajectories(results, ContinuousEndpoint.AsdasCrp);
        if (trajectories.Count == 0) throw new ArgumentException("No subject has an ASDAS-CRP value.", nameof(results));
        double top = Math.Max(5, Math.Ceiling(trajectories.SelectMany(t => t.Points).Max(p => p.Value) + 0.3));
        var arms = colors.Arms.Where(a => trajectories.Any(t => t.Arm == a)).ToList();

        var panels = new List<Plot>();
        for (int k = 0; k < arms.Count; k++)
        {
            var plot = new Plot();
            var bands = plot.Add.AsdasBands(style, 0, top);
            var lines = plot.Add.SubjectTrajectories(trajectories.Where(t => t.Arm == arms[k]), colors, style, maxPerArm: options.MaxTrajectoriesPerArm);
            WeekAxis(plot, results.VisitWeeks.Prepend(0m));
            plot.Axes.SetLimitsY(0, top);
            int n = lines.Subjects[arms[k]];
            bool thinned = lines.Lines.Count < n;
            plot.Title(thinned ? $"{arms[k]} (n = {n}; {lines.Lines.Count} drawn)" : $"{arms[k]} (n = {n})");
            plot.XLabel(thinned ? "Week (subjects drawn evenly spaced by subject id)" : "Week");
            plot.YLabel("ASDAS-CRP (units)");
            if (k == arms.Count - 1)
            {
                plot.Axes.Right.SetTicks(bands.BandTicks.Select(t => t.Position).ToArray(), bands.BandTicks.Select(t => t.Label).ToArray());
                plot.Axes.SetLimitsY(0, top, plot.Axes.Right);
                plot.Axes.Right.MajorTickStyle.Length = 0;
            }
            style.Apply(plot);
            plot.HideLegend();
            panels.Add(plot);
        }
        string? title = options.TitleOr("ASDAS-CRP by subject over time, with disease-activity states (Machado 2011)");
        int width = options.Width ?? Math.Max(700, 520 * panels.Count);
        return Figure.Create("asdas-crp-trajectories", width, options.Height ?? 520, panels,
            new WeightedLayout([.. Enumerable.Repeat(1.0, panels.Count)], columns: true), title, null, style);
    }

    private static ArmResponse Find(EfficacyResults results, Imputation imputation, ResponderEndpoint endpoint, decimal week, string arm, string param)
    {
        try { return results.Response(imputation, endpoint, week, arm); }
        catch (KeyNotFoundException ex) { throw new ArgumentException(ex.Message, param, ex); }
    }

    /// <summary>X axis in weeks with a tick at every visit.</summary>
    private static void WeekAxis(Plot plot, IEnumerable<decimal> weeks)
    {
        var w = weeks.Distinct().Order().ToList();
        plot.Axes.Bottom.SetTicks(w.Select(x => (double)x).ToArray(), w.Select(x => x.ToString("0.##", CultureInfo.InvariantCulture)).ToArray());
        double max = (double)w[^1];
        plot.Axes.SetLimitsX(-max * 0.03, max * 1.03);
    }

    /// <summary>
    /// The right-hand text of a forest row: counts, then estimate and interval in percentage points as the tables show
    /// them (<see cref="ValueFormatter.PercentagePointsWithCi"/>, "NE" when not estimable), with the typographic minus.
    /// </summary>
    private static string NumbersColumn(ForestRow r) =>
        $"{r.Detail}   {ValueFormatter.Default.PercentagePointsWithCi(r.Estimate, r.Ci.Lower, r.Ci.Upper).Replace("-", PlotText.Minus, StringComparison.Ordinal)}";
}
