using AsAnalysis.Safety;
using ScottPlot;
using ScottPlot.Plottables;

namespace AsAnalysis.Plots;

/// <summary>
/// <c>plot.Add.*</c> methods for safety figures. They draw values of <see cref="SafetyResults"/> and compute no
/// statistic; percentages are the results' proportions times 100.
/// </summary>
public static class SafetyPlotExtensions
{
    /// <summary>
    /// Adds the incidence panel of an AE dot plot: for each PT (row y = 0, 1, ... bottom to top) a marker per arm at
    /// the percentage of subjects with the PT (legend: arm and N); the arms are offset slightly within the row so that
    /// equal values stay visible, and differ in marker shape as well as colour. Set the y ticks from <see cref="AeIncidencePlot.TermTicks"/>.
    /// </summary>
    /// <param name="add">The plot's adder.</param>
    /// <param name="results">The safety results.</param>
    /// <param name="terms">PT rows bottom to top, e.g. from <see cref="AeDotPlot.Terms"/>.</param>
    /// <param name="colors">Arm colours; must know every arm of the results.</param>
    /// <param name="style">The style; default <see cref="FigureStyle.Default"/>.</param>
    /// <exception cref="ArgumentException">A term that is not a shown PT row, or an arm without a colour.</exception>
    public static AeIncidencePlot AeIncidence(this PlottableAdder add, SafetyResults results, IReadOnlyList<SafetyTerm> terms, ArmColors colors, FigureStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(colors);
        style ??= FigureStyle.Default;
        var rows = AeDotPlot.RowsByTerm(results);
        foreach (var t in terms)
            if (t is null || !rows.ContainsKey(t)) throw new ArgumentException($"'{t}' is not a PT row of the safety table.", nameof(terms));

        var parts = new List<IPlottable>();
        var markers = new Dictionary<string, Markers>(StringComparer.Ordinal);
        var arms = OrderedArms(results, colors).ToList();
        for (int k = 0; k < arms.Count; k++)
        {
            string arm = arms[k];
            double offset = -PlotText.Dodge(k, arms.Count, 0.5); // the first arm on top within the row
            int armIndex = results.Arms.ToList().FindIndex(a => a.Arm == arm);
            var xs = terms.Select(t => rows[t].Cells[armIndex].Proportion * 100).ToArray();
            var ys = Enumerable.Range(0, terms.Count).Select(i => i + offset).ToArray();
            int shape = IndexIn(colors, arm);
            var m = add.Markers(xs, ys, AeDotPlot.Shapes[shape % AeDotPlot.Shapes.Length], style.MarkerSize, colors[arm]);
            m.LegendText = $"{arm} (N = {results.Arms[armIndex].N})";
            markers[arm] = m;
            parts.Add(m);
        }
        return new AeIncidencePlot(add.Plot, parts, terms, markers, Ticks(terms));
    }

    /// <summary>
    /// Adds the risk-difference panel of an AE dot plot: for each PT row (y = 0, 1, ... bottom to top) and each test
    /// arm, the difference (test minus control, percentage points) with its interval from
    /// <see cref="SafetyResults.TermComparisons"/> (<see cref="ForestRow.From(TermComparison)"/>), drawn as the forest
    /// plot draws its rows (an estimate that is not finite draws nothing), and a dashed line at zero. A single
    /// comparison is drawn in the text colour; several are drawn in their test arm's colour, side by side within the row.
    /// </summary>
    /// <param name="add">The plot's adder.</param>
    /// <param name="results">The safety results (with a control arm).</param>
    /// <param name="terms">PT rows bottom to top, e.g. from <see cref="AeDotPlot.Terms"/>.</param>
    /// <param name="colors">Arm colours.</param>
    /// <param name="style">The style; default <see cref="FigureStyle.Default"/>.</param>
    /// <exception cref="ArgumentException">Results without comparisons (no control arm), or an arm without a colour.</exception>
    public static AeRiskDifferencePlot AeRiskDifference(this PlottableAdder add, SafetyResults results, IReadOnlyList<SafetyTerm> terms, ArmColors colors, FigureStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(colors);
        style ??= FigureStyle.Default;
        var testArms = colors.Arms.Where(a => results.TermComparisons.Any(c => c.TreatmentArm == a)).ToList();
        if (testArms.Count == 0) throw new ArgumentException("The safety results have no between-arm comparisons (no control arm).", nameof(results));
        var byKey = results.TermComparisons.ToLookup(c => (c.Key.Term, c.TreatmentArm));

        var parts = new List<IPlottable>();
        var nullLine = add.VerticalLine(0, style.ThinLineWidth, style.ReferenceLineColor, LinePattern.Dashed);
        parts.Add(nullLine);
        var intervals = new Dictionary<string, ErrorBar>(StringComparer.Ordinal);
        var estimates = new Dictionary<string, Markers>(StringComparer.Ordinal);
        for (int k = 0; k < testArms.Count; k++)
        {
            string arm = testArms[k];
            double offset = -PlotText.Dodge(k, testArms.Count, 0.6); // the first test arm on top within the row
            var rows = terms.Select((t, i) => (Y: i + offset, Comparison: byKey[(t, arm)].FirstOrDefault()))
                .Where(r => r.Comparison is not null)
                .Select(r => (r.Y, ForestRow.From(r.Comparison!)));
            var color = testArms.Count == 1 ? style.TextColor : colors[arm];
            var (bar, m) = ForestPlotExtensions.Intervals(add, rows, 100, color, AeDotPlot.Shapes[IndexIn(colors, arm) % AeDotPlot.Shapes.Length], style.MarkerSize, style);
            if (testArms.Count > 1) m.LegendText = $"{arm} {PlotText.Minus} {results.ControlArm}";
            intervals[arm] = bar;
            estimates[arm] = m;
            parts.Add(bar);
            parts.Add(m);
        }
        return new AeRiskDifferencePlot(add.Plot, parts, terms, intervals, estimates, nullLine, Ticks(terms));
    }

    private static IEnumerable<string> OrderedArms(SafetyResults results, ArmColors colors)
    {
        foreach (var a in results.Arms)
            if (!colors.Contains(a.Arm)) throw new ArgumentException($"Arm '{a.Arm}' has no colour.", nameof(colors));
        return colors.Arms.Where(a => results.Arms.Any(x => x.Arm == a));
    }

    private static int IndexIn(ArmColors colors, string arm) => colors.Arms.ToList().IndexOf(arm);

    private static Tick[] Ticks(IReadOnlyList<SafetyTerm> terms)
    {
        var labels = AeDotPlot.TermLabels(terms);
        return labels.Select((l, i) => new Tick(i, l)).ToArray();
    }
}
