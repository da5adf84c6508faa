using System.Globalization;
using AsAnalysis.Endpoints;
using AsAnalysis.Statistics;
using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary>
/// <c>plot.Add.*</c> methods for efficacy figures. They draw the values of the result records (rates and intervals of
/// <see cref="ArmResponse"/>, means and spreads of <see cref="ContinuousArmSummary"/>, per-subject derived values) and
/// compute no statistic; percentages are the results' proportions times 100.
/// </summary>
public static class EfficacyPlotExtensions
{
    /// <summary>
    /// Adds grouped bars of response rates (percent): one group per endpoint and visit (in order of first appearance,
    /// group g at x = g), one bar per arm in <see cref="ArmColors.Arms"/> order, whiskers for the interval and an
    /// <c>n/N</c> label above each whisker. Arms with N = 0 draw no bar. Set the x ticks from
    /// <see cref="ResponseBarsPlot.GroupTicks"/>.
    /// </summary>
    /// <param name="add">The plot's adder.</param>
    /// <param name="responses">Responses of one missing-data handling.</param>
    /// <param name="colors">Arm colours; must know every arm.</param>
    /// <param name="style">The style; default <see cref="FigureStyle.Default"/>.</param>
    /// <param name="interval">Wilson (default) or Clopper-Pearson, the intervals the responses hold.</param>
    /// <param name="groupLabel">Group tick label; default the endpoint's display name, plus the visit when the responses span several visits.</param>
    /// <exception cref="ArgumentException">No response, several handlings, an arm without a colour, or another interval.</exception>
    public static ResponseBarsPlot ResponseBars(this PlottableAdder add, IEnumerable<ArmResponse> responses, ArmColors colors,
        FigureStyle? style = null, ProportionCiMethod interval = ProportionCiMethod.Wilson, Func<ArmResponse, string>? groupLabel = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(colors);
        style ??= FigureStyle.Default;
        var list = CheckResponses(responses, colors, nameof(responses));
        CheckInterval(interval);
        var groups = list.Select(r => (r.Endpoint, r.VisitWeek)).Distinct().ToList();
        bool severalVisits = list.Select(r => r.VisitWeek).Distinct().Count() > 1;
        groupLabel ??= r => severalVisits ? $"{r.Endpoint.ShortLabel()}\n{r.VisitLabel}" : r.Endpoint.ShortLabel();
        var arms = colors.Arms.Where(a => list.Any(r => r.Arm == a)).ToList();
        double slot = 0.8 / arms.Count;

        var parts = new List<IPlottable>();
        var barsByArm = new Dictionary<string, BarPlot>(StringComparer.Ordinal);
        var whiskersByArm = new Dictionary<string, ErrorBar>(StringComparer.Ordinal);
        var labels = new List<Text>();
        double maxUpper = 0;
        for (int k = 0; k < arms.Count; k++)
        {
            string arm = arms[k];
            var bars = new List<Bar>();
            var xs = new List<double>();
            var ys = new List<double>();
            var up = new List<double>();
            var down = new List<double>();
            var pending = new List<(double X, double Y, string Text)>();
            for (int g = 0; g < groups.Count; g++)
            {
                var r = list.FirstOrDefault(x => x.Arm == arm && x.Endpoint == groups[g].Endpoint && x.VisitWeek == groups[g].VisitWeek);
                if (r is null || r.N == 0) continue;
                var est = Interval(r, interval);
                double x = g - 0.4 + slot * (k + 0.5);
                bars.Add(new Bar { Position = x, Value = est.Estimate * 100, Size = slot * 0.92, FillColor = colors[arm], LineWidth = 0 });
                xs.Add(x);
                ys.Add(est.Estimate * 100);
                up.Add((est.Ci.Upper - est.Estimate) * 100);
                down.Add((est.Estimate - est.Ci.Lower) * 100);
                maxUpper = Math.Max(maxUpper, est.Ci.Upper * 100);
                pending.Add((x, est.Ci.Upper * 100, $"{r.Responders}/{r.N}"));
            }
            var barPlot = add.Bars(bars);
            barPlot.LegendText = arm;
            barsByArm[arm] = barPlot;
            parts.Add(barPlot);
            var zeros = new double[xs.Count];
            var whiskers = new ErrorBar(xs, ys, xErrorsPositive: zeros, xErrorsNegative: zeros, yErrorsPositive: up, yErrorsNegative: down)
            {
                Color = style.TextColor,
                LineWidth = style.ThinLineWidth + 0.5f,
                CapSize = Math.Min(style.CapSize, 8),
            };
            add.Plottable(whiskers);
            whiskersByArm[arm] = whiskers;
            parts.Add(whiskers);
            foreach (var (x, y, text) in pending)
            {
                var t = PlotText.Add(add, text, x, y, style, Alignment.LowerCenter, style.AnnotationFontSize - 1);
                t.LabelOffsetY = -3;
                labels.Add(t);
                parts.Add(t);
            }
        }
        var ticks = groups.Select((grp, g) => new Tick(g, groupLabel(list.First(r => r.Endpoint == grp.Endpoint && r.VisitWeek == grp.VisitWeek)))).ToArray();
        return new ResponseBarsPlot(add.Plot, parts, barsByArm, whiskersByArm, labels, ticks, maxUpper);
    }

    /// <summary>
    /// Adds the response rate (percent) of one endpoint over the visits: per arm a line with markers and interval
    /// whiskers, arms offset slightly along x so that the whiskers do not overlap. Arms with N = 0 at a visit skip it.
    /// </summary>
    /// <param name="add">The plot's adder.</param>
    /// <param name="responses">Responses of one endpoint and one handling (e.g. <see cref="EfficacyResults.ResponseOverTime"/> of each arm).</param>
    /// <param name="colors">Arm colours.</param>
    /// <param name="style">The style.</param>
    /// <param name="interval">Wilson (default) or Clopper-Pearson.</param>
    /// <exception cref="ArgumentException">No response, several endpoints or handlings, an arm without a colour, or another interval.</exception>
    public static ArmSeriesPlot ResponseOverTime(this PlottableAdder add, IEnumerable<ArmResponse> responses, ArmColors colors,
        FigureStyle? style = null, ProportionCiMethod interval = ProportionCiMethod.Wilson)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(colors);
        style ??= FigureStyle.Default;
        var list = CheckResponses(responses, colors, nameof(responses));
        CheckInterval(interval);
        if (list.Select(r => r.Endpoint).Distinct().Count() > 1) throw new ArgumentException("The responses mix endpoints.", nameof(responses));
        var series = colors.Arms.Where(a => list.Any(r => r.Arm == a))
            .Select(a => (a, list.Where(r => r.Arm == a && r.N > 0).OrderBy(r => r.VisitWeek)
                .Select(r => (Week: (double)r.VisitWeek, Est: Interval(r, interval))).ToList()))
            .ToList();
        return Series(add, series.Select(s => (s.a, s.Item2.Select(p => (p.Week, p.Est.Estimate * 100, (p.Est.Estimate - p.Est.Ci.Lower) * 100, (p.Est.Ci.Upper - p.Est.Estimate) * 100)).ToList())).ToList(), colors, style);
    }

    /// <summary>
    /// Adds the mean change from baseline of one continuous endpoint over the visits: per arm a line with markers and
    /// ± SE (default) or ± SD bars from the summaries, arms offset slightly along x. A visit with n = 0 is skipped;
    /// with n = 1 it has no bar.
    /// </summary>
    /// <param name="add">The plot's adder.</param>
    /// <param name="summaries">Summaries of one endpoint (<see cref="EfficacyResults.Continuous"/> filtered).</param>
    /// <param name="colors">Arm colours.</param>
    /// <param name="style">The style.</param>
    /// <param name="errorBars">The spread drawn.</param>
    /// <exception cref="ArgumentException">No summary, several endpoints, or an arm without a colour.</exception>
    public static ArmSeriesPlot MeanChange(this PlottableAdder add, IEnumerable<ContinuousArmSummary> summaries, ArmColors colors,
        FigureStyle? style = null, ChangeErrorBars errorBars = ChangeErrorBars.StandardError)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(colors);
        if (!Enum.IsDefined(errorBars)) throw new ArgumentOutOfRangeException(nameof(errorBars), errorBars, null);
        style ??= FigureStyle.Default;
        var list = summaries.ToList();
        if (list.Count == 0) throw new ArgumentException("No summary to draw.", nameof(summaries));
        if (list.Select(s => s.Endpoint).Distinct().Count() > 1) throw new ArgumentException("The summaries mix endpoints.", nameof(summaries));
        foreach (var s in list)
            if (!colors.Contains(s.Arm)) throw new ArgumentException($"Arm '{s.Arm}' has no colour.", nameof(colors));
        var series = colors.Arms.Where(a => list.Any(s => s.Arm == a))
            .Select(a => (a, list.Where(s => s.Arm == a && s.Change.N > 0).OrderBy(s => s.VisitWeek).Select(s =>
            {
                double spread = errorBars == ChangeErrorBars.StandardError ? s.Change.StandardError : s.Change.StandardDeviation;
                if (!double.IsFinite(spread)) spread = 0;
                return ((double)s.VisitWeek, s.Change.Mean, spread, spread);
            }).ToList()))
            .ToList();
        return Series(add, series, colors, style);
    }

    /// <summary>
    /// Adds a waterfall plot: one bar per subject, sorted from the largest value (left) to the smallest, ties by
    /// subject id, coloured by arm (legend: arm and n). Bar i of the order stands at x = i.
    /// </summary>
    /// <remarks>
    /// With more subjects than <paramref name="maxBars"/>, bars would be thinner than a pixel and an SVG would hold one
    /// element per subject (90,000 subjects made an 8 MB file). Then <paramref name="maxBars"/> subjects evenly spaced
    /// in the sorted order are drawn (the first and the last always), each bar as wide as the gap to the next: the
    /// outline of the waterfall is kept and nothing is computed. <see cref="WaterfallPlot.Drawn"/> lists them; the
    /// legend still gives every arm's n.
    /// </remarks>
    /// <param name="add">The plot's adder.</param>
    /// <param name="values">Per-subject values, e.g. <see cref="SubjectData.PercentChange"/>.</param>
    /// <param name="colors">Arm colours.</param>
    /// <param name="style">The style.</param>
    /// <param name="maxBars">At most this many bars (at least 2); <c>null</c> (default) draws every subject.</param>
    /// <exception cref="ArgumentException">No value, a duplicate subject, or an arm without a colour.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBars"/> below 2.</exception>
    public static WaterfallPlot Waterfall(this PlottableAdder add, IEnumerable<SubjectValue> values, ArmColors colors, FigureStyle? style = null, int? maxBars = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(colors);
        if (maxBars is < 2) throw new ArgumentOutOfRangeException(nameof(maxBars), maxBars, "At least 2 bars.");
        style ??= FigureStyle.Default;
        var order = values.OrderByDescending(v => v.Value).ThenBy(v => v.SubjectId, StringComparer.Ordinal).ToList();
        if (order.Count == 0) throw new ArgumentException("No value to draw.", nameof(values));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in order)
        {
            if (!ids.Add(v.SubjectId)) throw new ArgumentException("A subject occurs twice.", nameof(values));
            if (!colors.Contains(v.Arm)) throw new ArgumentException($"Arm '{v.Arm}' has no colour.", nameof(colors));
        }
        var ranks = EvenlySpaced(order.Count, maxBars);
        double width = 0.8 * order.Count / ranks.Length; // 0.8 when every subject is drawn
        var parts = new List<IPlottable>();
        var byArm = new Dictionary<string, BarPlot>(StringComparer.Ordinal);
        var counts = order.GroupBy(v => v.Arm, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var arm in colors.Arms.Where(counts.ContainsKey))
        {
            var bars = ranks.Where(i => order[i].Arm == arm)
                .Select(i => new Bar { Position = i, Value = order[i].Value, Size = width, FillColor = colors[arm], LineWidth = 0 })
                .ToList();
            var plot = add.Bars(bars);
            plot.LegendText = $"{arm} (n = {counts[arm]})";
            byArm[arm] = plot;
            parts.Add(plot);
        }
        return new WaterfallPlot(add.Plot, parts, order, Array.AsReadOnly(ranks), byArm);
    }

    /// <summary>
    /// The indices 0..<paramref name="count"/>−1 when <paramref name="max"/> is null or not exceeded; otherwise
    /// <paramref name="max"/> indices evenly spaced from 0 to <paramref name="count"/>−1 (both included), ascending.
    /// </summary>
    internal static int[] EvenlySpaced(int count, int? max)
    {
        if (max is not int m || count <= m) return Enumerable.Range(0, count).ToArray();
        var picked = new int[m];
        for (var j = 0; j < m; j++) picked[j] = (int)((long)j * (count - 1) / (m - 1)); // integer arithmetic: exact, distinct, ends included
        return picked;
    }

    /// <summary>
    /// Adds one thin, semi-transparent line per subject (x = week, y = value) in the arm's colour, with small markers;
    /// the first line of each arm carries the legend entry (arm and n).
    /// </summary>
    /// <remarks>
    /// With more subjects in an arm than <paramref name="maxPerArm"/>, a spaghetti plot turns into a solid blot and an
    /// SVG into one path per subject (100,000 subjects made a 119 MB file). Then <paramref name="maxPerArm"/> of the
    /// arm's subjects, evenly spaced in input order (first and last included), are drawn, and the legend says so:
    /// <c>MSC (n = 50000; 200 drawn)</c>. Pass the subjects in a fixed order (e.g. <see cref="SubjectData.Trajectories"/>,
    /// by subject id) and the selection is the same on every run.
    /// </remarks>
    /// <param name="add">The plot's adder.</param>
    /// <param name="trajectories">Per-subject values over visits, e.g. <see cref="SubjectData.Trajectories"/>.</param>
    /// <param name="colors">Arm colours.</param>
    /// <param name="style">The style.</param>
    /// <param name="opacity">Line opacity in (0, 1]; default 0.55.</param>
    /// <param name="maxPerArm">At most this many lines per arm (at least 2); <c>null</c> (default) draws every subject.</param>
    /// <exception cref="ArgumentException">An arm without a colour.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An opacity outside (0, 1], or <paramref name="maxPerArm"/> below 2.</exception>
    public static TrajectoriesPlot SubjectTrajectories(this PlottableAdder add, IEnumerable<SubjectTrajectory> trajectories, ArmColors colors, FigureStyle? style = null,
        double opacity = 0.55, int? maxPerArm = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(trajectories);
        ArgumentNullException.ThrowIfNull(colors);
        if (!(opacity > 0 && opacity <= 1)) throw new ArgumentOutOfRangeException(nameof(opacity), opacity, "The opacity must lie in (0, 1].");
        if (maxPerArm is < 2) throw new ArgumentOutOfRangeException(nameof(maxPerArm), maxPerArm, "At least 2 lines per arm.");
        style ??= FigureStyle.Default;
        var list = trajectories.ToList();
        foreach (var t in list)
            if (!colors.Contains(t.Arm)) throw new ArgumentException($"Arm '{t.Arm}' has no colour.", nameof(colors));
        var byArm = list.GroupBy(t => t.Arm, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var drawn = new HashSet<SubjectTrajectory>(ReferenceEqualityComparer.Instance);
        foreach (var (_, members) in byArm)
            foreach (var i in EvenlySpaced(members.Count, maxPerArm)) drawn.Add(members[i]);
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<Scatter>();
        foreach (var t in list)
        {
            if (!drawn.Contains(t)) continue;
            var line = add.Scatter(t.Points.Select(p => (double)p.Week).ToArray(), t.Points.Select(p => p.Value).ToArray(), colors[t.Arm].WithAlpha(opacity));
            line.LineWidth = style.ThinLineWidth;
            line.MarkerSize = Math.Max(2, style.MarkerSize / 2.5f);
            if (labelled.Add(t.Arm))
            {
                int n = byArm[t.Arm].Count, shown = Math.Min(n, maxPerArm ?? n);
                line.LegendText = shown < n ? $"{t.Arm} (n = {n}; {shown} drawn)" : $"{t.Arm} (n = {n})";
            }
            lines.Add(line);
        }
        var subjects = byArm.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal);
        return new TrajectoriesPlot(add.Plot, lines, lines, subjects);
    }

    /// <summary>
    /// Adds the four ASDAS disease-activity states as pale horizontal bands (<see cref="AsdasCutoffs"/>: Machado 2011
    /// cut-offs 1.3, 2.1 and 3.5; named by <see cref="AsdasCategoryNames.ShortLabel"/>), from <paramref name="bottom"/> to <paramref name="top"/>, behind the data. Name the bands with
    /// <see cref="AsdasBandsPlot.BandTicks"/>, e.g. on the right axis.
    /// </summary>
    /// <param name="add">The plot's adder.</param>
    /// <param name="style">The style.</param>
    /// <param name="bottom">Lower end of the inactive band; default 0.</param>
    /// <param name="top">Upper end of the very-high band; default 6.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bottom"/> not below 1.3 or <paramref name="top"/> not above 3.5.</exception>
    public static AsdasBandsPlot AsdasBands(this PlottableAdder add, FigureStyle? style = null, double bottom = 0, double top = 6)
    {
        ArgumentNullException.ThrowIfNull(add);
        if (!(bottom < AsdasCutoffs.LowLower)) throw new ArgumentOutOfRangeException(nameof(bottom), bottom, $"The bands start below {AsdasCutoffs.LowLower.ToString(CultureInfo.InvariantCulture)}.");
        if (!(top > AsdasCutoffs.VeryHighAbove)) throw new ArgumentOutOfRangeException(nameof(top), top, $"The bands end above {AsdasCutoffs.VeryHighAbove.ToString(CultureInfo.InvariantCulture)}.");
        style ??= FigureStyle.Default;
        var edges = new[] { bottom, AsdasCutoffs.LowLower, AsdasCutoffs.HighLower, AsdasCutoffs.VeryHighAbove, top };
        var tints = new[] { OkabeIto.BluishGreen, OkabeIto.SkyBlue, OkabeIto.Orange, OkabeIto.Vermillion };
        var names = Enum.GetValues<AsdasCategory>().Select(c => c.ShortLabel()).ToArray(); // Inactive, Low, High, Very high
        var parts = new List<IPlottable>();
        for (int i = 0; i < 4; i++)
        {
            var span = add.VerticalSpan(edges[i], edges[i + 1], tints[i].WithAlpha(0.14));
            span.LineWidth = 0;
            span.IsDraggable = false;
            parts.Add(span);
        }
        foreach (var p in parts) add.Plot.MoveToBack(p);
        var ticks = Enumerable.Range(0, 4).Select(i => new Tick((edges[i] + edges[i + 1]) / 2, names[i])).ToArray();
        return new AsdasBandsPlot(add.Plot, parts, ticks);
    }

    private static ArmSeriesPlot Series(PlottableAdder add, List<(string Arm, List<(double X, double Y, double Down, double Up)> Points)> series, ArmColors colors, FigureStyle style)
    {
        var parts = new List<IPlottable>();
        var lines = new Dictionary<string, Scatter>(StringComparer.Ordinal);
        var bars = new Dictionary<string, ErrorBar>(StringComparer.Ordinal);
        int n = series.Count;
        for (int k = 0; k < n; k++)
        {
            var (arm, points) = series[k];
            double dodge = PlotText.Dodge(k, n, 0.9);
            var xs = points.Select(p => p.X + dodge).ToArray();
            var ys = points.Select(p => p.Y).ToArray();
            var zeros = new double[xs.Length];
            var err = new ErrorBar(xs, ys, xErrorsPositive: zeros, xErrorsNegative: zeros,
                yErrorsPositive: points.Select(p => p.Up).ToArray(), yErrorsNegative: points.Select(p => p.Down).ToArray())
            {
                Color = colors[arm],
                LineWidth = style.ThinLineWidth + 0.5f,
                CapSize = style.CapSize,
            };
            add.Plottable(err);
            var line = add.Scatter(xs, ys, colors[arm]);
            line.LineWidth = style.LineWidth;
            line.MarkerSize = style.MarkerSize;
            line.MarkerShape = AeDotPlot.Shapes[colors.Arms.ToList().IndexOf(arm) % AeDotPlot.Shapes.Length];
            line.LegendText = arm;
            lines[arm] = line;
            bars[arm] = err;
            parts.Add(err);
            parts.Add(line);
        }
        return new ArmSeriesPlot(add.Plot, parts, lines, bars);
    }

    private static List<ArmResponse> CheckResponses(IEnumerable<ArmResponse> responses, ArmColors colors, string name)
    {
        ArgumentNullException.ThrowIfNull(responses, name);
        var list = responses.ToList();
        if (list.Count == 0) throw new ArgumentException("No response to draw.", name);
        if (list.Select(r => r.Imputation).Distinct().Count() > 1) throw new ArgumentException("The responses mix missing-data handlings.", name);
        foreach (var r in list)
            if (!colors.Contains(r.Arm)) throw new ArgumentException($"Arm '{r.Arm}' has no colour.", nameof(colors));
        return list;
    }

    private static void CheckInterval(ProportionCiMethod interval)
    {
        if (interval is not (ProportionCiMethod.Wilson or ProportionCiMethod.ClopperPearson))
            throw new ArgumentException($"The responses hold Wilson and Clopper-Pearson intervals, not {interval}.", nameof(interval));
    }

    private static ProportionEstimate Interval(ArmResponse r, ProportionCiMethod interval) =>
        interval == ProportionCiMethod.Wilson ? r.Wilson : r.ClopperPearson;
}
