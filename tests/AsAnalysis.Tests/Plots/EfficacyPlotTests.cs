using AsAnalysis.Endpoints;
using AsAnalysis.Plots;
using AsAnalysis.Statistics;
using ScottPlot;

namespace AsAnalysis.Tests.Plots;

/// <summary>The efficacy plot elements draw the numbers of the result records (and only those).</summary>
public class EfficacyPlotTests
{
    private static readonly EfficacyResults R = PlotSamples.Efficacy;
    private static readonly ArmColors Colors = ArmColors.For(R);
    private const Imputation Nri = Imputation.NonResponderImputation;

    [Fact]
    public void EfficacyArmsGetTheSameColoursAsSafetyArms()
    {
        Assert.Equal(["MSC", "Etanercept"], Colors.Arms);
        var safety = ArmColors.For(PlotSamples.Safety);
        Assert.All(Colors.Arms, a => Assert.Equal(safety[a], Colors[a]));
    }

    [Fact]
    public void ResponseBarsDrawRatesIntervalsAndCounts()
    {
        var responses = new[] { ResponderEndpoint.Asas20, ResponderEndpoint.Asas40 }
            .SelectMany(e => Colors.Arms.Select(a => R.Response(Nri, e, 12m, a))).ToList();
        var plot = new Plot();
        var el = plot.Add.ResponseBars(responses, Colors);
        Assert.Equal(["ASAS20", "ASAS40"], el.GroupTicks.Select(t => t.Label));
        for (int g = 0; g < 2; g++)
        {
            foreach (var arm in Colors.Arms)
            {
                var r = responses.Single(x => x.Arm == arm && x.Endpoint == (g == 0 ? ResponderEndpoint.Asas20 : ResponderEndpoint.Asas40));
                var bar = el.Bars[arm].Bars[g];
                Assert.Equal(r.Wilson.Estimate * 100, bar.Value);
                Assert.InRange(bar.Position, g - 0.4, g + 0.4);
                var w = el.Whiskers[arm];
                Assert.Equal(r.Wilson.Ci.Upper * 100, w.Ys[g] + w.YErrorPositive![g], 10);
                Assert.Equal(r.Wilson.Ci.Lower * 100, w.Ys[g] - w.YErrorNegative![g], 10);
                Assert.Contains(el.CountLabels, t => t.LabelText == $"{r.Responders}/{r.N}" && t.Location.X == bar.Position);
                Assert.Equal(Colors[arm], bar.FillColor);
            }
        }
        // MSC is left of Etanercept within each group (ArmColors order)
        Assert.True(el.Bars["MSC"].Bars[0].Position < el.Bars["Etanercept"].Bars[0].Position);

        var cp = new Plot().Add.ResponseBars(responses, Colors, interval: ProportionCiMethod.ClopperPearson);
        var first = responses.First(x => x.Arm == "MSC");
        Assert.Equal(first.ClopperPearson.Ci.Upper * 100, cp.Whiskers["MSC"].Ys[0] + cp.Whiskers["MSC"].YErrorPositive![0], 10);
    }

    [Fact]
    public void ResponseBarsRejectMixedOrUnknownInput()
    {
        var plot = new Plot();
        var mixed = new[] { R.Response(Nri, ResponderEndpoint.Asas20, 12m, "MSC"), R.Response(Imputation.ObservedCases, ResponderEndpoint.Asas20, 12m, "MSC") };
        Assert.Equal("responses", Assert.Throws<ArgumentException>(() => plot.Add.ResponseBars(mixed, Colors)).ParamName);
        Assert.Equal("responses", Assert.Throws<ArgumentException>(() => plot.Add.ResponseBars([], Colors)).ParamName);
        Assert.Equal("colors", Assert.Throws<ArgumentException>(() => plot.Add.ResponseBars([mixed[0]], ArmColors.Create(["X"]))).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => plot.Add.ResponseBars([mixed[0]], Colors, interval: ProportionCiMethod.Jeffreys)).ParamName);
    }

    [Fact]
    public void ResponseOverTimeDrawsEachVisit()
    {
        var responses = Colors.Arms.SelectMany(a => R.ResponseOverTime(Nri, ResponderEndpoint.Asas20, a)).ToList();
        var el = new Plot().Add.ResponseOverTime(responses, Colors);
        foreach (var arm in Colors.Arms)
        {
            var expected = R.ResponseOverTime(Nri, ResponderEndpoint.Asas20, arm);
            var points = el.Lines[arm].Data.GetScatterPoints();
            Assert.Equal(expected.Count, points.Count);
            for (int i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Wilson.Estimate * 100, points[i].Y);
                Assert.Equal((double)expected[i].VisitWeek, points[i].X, 0.5); // arms offset by less than half a week
                Assert.Equal(expected[i].Wilson.Ci.Lower * 100, el.ErrorBars[arm].Ys[i] - el.ErrorBars[arm].YErrorNegative![i], 10);
            }
            Assert.Equal(arm, el.Lines[arm].LegendText);
        }
        var two = responses.Concat(R.ResponseOverTime(Nri, ResponderEndpoint.Asas40, "MSC"));
        Assert.Equal("responses", Assert.Throws<ArgumentException>(() => new Plot().Add.ResponseOverTime(two, Colors)).ParamName);
    }

    [Fact]
    public void MeanChangeDrawsMeansWithSeOrSd()
    {
        var summaries = R.Continuous.Where(c => c.Endpoint == ContinuousEndpoint.Basdai).ToList();
        var se = new Plot().Add.MeanChange(summaries, Colors);
        var sd = new Plot().Add.MeanChange(summaries, Colors, errorBars: ChangeErrorBars.StandardDeviation);
        foreach (var arm in Colors.Arms)
        {
            var expected = summaries.Where(s => s.Arm == arm).OrderBy(s => s.VisitWeek).ToList();
            var pts = se.Lines[arm].Data.GetScatterPoints();
            Assert.Equal(expected.Select(s => s.Change.Mean), pts.Select(p => p.Y));
            Assert.Equal(expected.Select(s => s.Change.StandardError), se.ErrorBars[arm].YErrorPositive!);
            Assert.Equal(expected.Select(s => s.Change.StandardDeviation), sd.ErrorBars[arm].YErrorNegative!);
        }
        var mixed = summaries.Concat(R.Continuous.Where(c => c.Endpoint == ContinuousEndpoint.Basfi));
        Assert.Equal("summaries", Assert.Throws<ArgumentException>(() => new Plot().Add.MeanChange(mixed, Colors)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Plot().Add.MeanChange(summaries, Colors, errorBars: (ChangeErrorBars)9));
    }

    [Fact]
    public void ForestRowsCopyTheComparisons()
    {
        var c = R.Comparison(Nri, ResponderEndpoint.Asas20, 12m, "MSC");
        var newcombe = ForestRow.From(c);
        Assert.Equal("ASAS20, Week 12", newcombe.Label);
        Assert.Equal(c.Newcombe.Estimate, newcombe.Estimate);
        Assert.Equal(c.Newcombe.Ci, newcombe.Ci);
        // sample data: 17/30 MSC vs 18/30 Etanercept responders at week 12 (NRI)
        Assert.Equal("17/30 vs 18/30", newcombe.Detail);
        Assert.Equal(c.MiettinenNurminen.Ci, ForestRow.From(c, DifferenceCiMethod.MiettinenNurminen).Ci);
        Assert.Equal("method", Assert.Throws<ArgumentException>(() => ForestRow.From(c, DifferenceCiMethod.Wald)).ParamName);

        var cc = R.ContinuousComparisons.First(x => x.Endpoint == ContinuousEndpoint.Basdai && x.VisitWeek == 12m);
        var row = ForestRow.From(cc);
        Assert.Equal("BASDAI, Week 12", row.Label);
        Assert.Equal(cc.Ancova.Difference, row.Estimate);
        Assert.Equal(cc.Ancova.Ci, row.Ci);

        var t = PlotSamples.Safety.TermComparisons.First(x => x.Key.Term.Level == AsAnalysis.Safety.TermLevel.Pt);
        Assert.Equal(t.Key.Term.Pt, ForestRow.From(t).Label);
        Assert.Equal(t.Difference.Ci, ForestRow.From(t).Ci);
        Assert.Equal("Label", Assert.Throws<ArgumentException>(() => new ForestRow("", 0, new ConfidenceInterval(-1, 1, 0.95))).ParamName);
    }

    [Fact]
    public void SeriesAreDodgedSymmetricallyByOneRule()
    {
        Assert.Equal(0, PlotText.Dodge(0, 1, 0.9));
        Assert.Equal([-0.225, 0.225], new[] { 0, 1 }.Select(k => Math.Round(PlotText.Dodge(k, 2, 0.9), 12)));
        Assert.Equal([-0.2, 0.0, 0.2], new[] { 0, 1, 2 }.Select(k => Math.Round(PlotText.Dodge(k, 3, 0.6), 12)));
        // mean change over time: series k of the arms drawn stands at its week + Dodge(k, n, 0.9)
        var basdai = PlotSamples.Efficacy.Continuous.Where(c => c.Endpoint == ContinuousEndpoint.Basdai).ToList();
        var series = new Plot().Add.MeanChange(basdai, Colors);
        var arms = Colors.Arms.Where(a => basdai.Any(c => c.Arm == a)).ToList();
        for (int k = 0; k < arms.Count; k++)
        {
            var first = basdai.Where(c => c.Arm == arms[k] && c.Change.N > 0).OrderBy(c => c.VisitWeek).First();
            Assert.Equal((double)first.VisitWeek + PlotText.Dodge(k, arms.Count, 0.9), series.Lines[arms[k]].Data.GetScatterPoints()[0].X);
        }
    }

    [Fact]
    public void ForestDrawsRowsTopDownWithTheNullLine()
    {
        var rows = new[]
        {
            new ForestRow("a", 0.10, new ConfidenceInterval(-0.05, 0.30, 0.95)),
            new ForestRow("b", double.NaN, ConfidenceInterval.Undefined(0.95)),
            new ForestRow("c", -0.20, new ConfidenceInterval(-0.40, double.NaN, 0.95)),
        };
        var el = new Plot().Add.Forest(rows, scale: 100);
        Assert.Equal([(2.0, "a"), (1.0, "b"), (0.0, "c")], el.RowTicks.Select(t => (t.Position, t.Label)));
        Assert.Equal([10.0, -20.0], el.Intervals.Xs.Select(x => Math.Round(x, 10)));
        Assert.Equal([2.0, 0.0], el.Intervals.Ys);
        Assert.Equal(-5, el.Intervals.Xs[0] - el.Intervals.XErrorNegative![0], 10);
        Assert.Equal(30, el.Intervals.Xs[0] + el.Intervals.XErrorPositive![0], 10);
        Assert.Equal(0, el.Intervals.XErrorPositive![1]); // undefined upper bound: no bar to the right
        Assert.Equal(0, el.NullLine.X);
        Assert.Equal(1, new Plot().Add.Forest(rows, nullValue: 1).NullLine.X);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new Plot().Add.Forest(rows, scale: 0)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => new Plot().Add.Forest([])).ParamName);
    }

    [Fact]
    public void PercentChangeIsTheSubjectsDerivedChangeOverBaseline()
    {
        var values = SubjectData.PercentChange(R, ContinuousEndpoint.Basdai, 12m);
        var first = values.Single(v => v.SubjectId == "MSCAS-103-0001");
        // data-samples: MSCAS-103-0001 (Etanercept) BASDAI 5.3 at baseline, 2.28 at week 12 (EndpointDerivation):
        // 100 * (2.28 - 5.3) / 5.3 = -56.9811320754717
        Assert.Equal("Etanercept", first.Arm);
        Assert.Equal(-56.9811320754717, first.Value, 1e-10);
        foreach (var v in values)
        {
            var visit = R.Endpoints.Find(v.SubjectId, 12m)!;
            Assert.Equal(100 * visit.Change(ContinuousEndpoint.Basdai)!.Value / visit.Baseline!.Value(ContinuousEndpoint.Basdai)!.Value, v.Value, 1e-12);
        }
        // one subject each at most, ITT subjects with a week-12 BASDAI only
        Assert.Equal(values.Count, values.Select(v => v.SubjectId).Distinct().Count());
        int withValue = R.Endpoints.Visits.Count(v => v.VisitWeek == 12m && v.Change(ContinuousEndpoint.Basdai) is not null);
        Assert.Equal(withValue, values.Count);
        Assert.Equal(["MSC", "Etanercept"], values.Select(v => v.Arm).Distinct());
    }

    [Fact]
    public void TrajectoriesFollowTheVisits()
    {
        var t = SubjectData.Trajectories(R, ContinuousEndpoint.AsdasCrp);
        Assert.Equal(60, t.Count); // sample data: 60 ITT subjects, each with an ASDAS-CRP at some visit
        Assert.Equal(["MSC", "Etanercept"], t.Select(s => s.Arm).Distinct());
        foreach (var s in t)
        {
            var visits = R.Endpoints.ForSubject(s.SubjectId).Where(v => v.Components.AsdasCrp is not null).OrderBy(v => v.VisitWeek).ToList();
            Assert.Equal(visits.Select(v => v.VisitWeek), s.Points.Select(p => p.Week));
            Assert.Equal(visits.Select(v => v.Components.AsdasCrp!.Value), s.Points.Select(p => p.Value));
        }
        // all but one start at baseline: adeff.csv has an empty baseline CRP for MSCAS-101-0002, so no ASDAS-CRP there
        Assert.Equal(["MSCAS-101-0002"], t.Where(s => s.Points[0].Week != 0m).Select(s => s.SubjectId));
        Assert.Throws<ArgumentException>(() => new SubjectTrajectory("s", "a", [new VisitValue(4, 1), new VisitValue(2, 1)]));
    }

    [Theory]
    [InlineData(10, null, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(10, 10, new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(10, 4, new[] { 0, 3, 6, 9 })]        // 9 * j / 3
    [InlineData(7, 2, new[] { 0, 6 })]
    [InlineData(11, 3, new[] { 0, 5, 10 })]
    [InlineData(100, 7, new[] { 0, 16, 33, 49, 66, 82, 99 })] // floor(99 * j / 6)
    public void EvenlySpacedKeepsBothEndsAndTheLimit(int count, int? max, int[] expected) =>
        Assert.Equal(expected, EfficacyPlotExtensions.EvenlySpaced(count, max));

    [Fact]
    public void EvenlySpacedPicksDistinctAscendingIndicesForAnyLimit()
    {
        for (var count = 2; count <= 60; count++)
            for (var max = 2; max < count; max++)
            {
                var picked = EfficacyPlotExtensions.EvenlySpaced(count, max);
                Assert.Equal(max, picked.Length);
                Assert.Equal(0, picked[0]);
                Assert.Equal(count - 1, picked[^1]);
                for (var j = 1; j < picked.Length; j++) Assert.True(picked[j] > picked[j - 1], $"{count}/{max}");
            }
    }

    [Fact]
    public void WaterfallWithABarLimitDrawsEvenlySpacedSubjectsOfTheSortedOrder()
    {
        // 10 subjects, values 9..0 (s0 largest); limit 4 -> ranks 0, 3, 6, 9 drawn, each bar 0.8 * 10 / 4 = 2 wide.
        var values = Enumerable.Range(0, 10).Select(i => new SubjectValue($"s{i}", i % 3 == 0 ? "Etanercept" : "MSC", 9 - i)).ToArray();
        var el = new Plot().Add.Waterfall(values, Colors, maxBars: 4);
        Assert.True(el.IsThinned);
        Assert.Equal(10, el.Order.Count);
        Assert.Equal([0, 3, 6, 9], el.Drawn);
        Assert.Equal([0.0, 3.0, 6.0, 9.0], el.Bars["Etanercept"].Bars.Select(b => b.Position)); // s0, s3, s6, s9
        Assert.Equal([9.0, 6.0, 3.0, 0.0], el.Bars["Etanercept"].Bars.Select(b => b.Value));
        Assert.Empty(el.Bars["MSC"].Bars);
        Assert.All(el.Bars["Etanercept"].Bars, b => Assert.Equal(2.0, b.Size, 12));
        Assert.Equal("Etanercept (n = 4)", el.Bars["Etanercept"].LegendText); // every subject counted, drawn or not
        Assert.Equal("MSC (n = 6)", el.Bars["MSC"].LegendText);

        var all = new Plot().Add.Waterfall(values, Colors, maxBars: 10);
        Assert.False(all.IsThinned);
        Assert.All(all.Bars["MSC"].Bars, b => Assert.Equal(0.8, b.Size, 12));
        Assert.Equal("maxBars", Assert.Throws<ArgumentOutOfRangeException>(() => new Plot().Add.Waterfall(values, Colors, maxBars: 1)).ParamName);
    }

    [Fact]
    public void TrajectoriesWithALimitDrawEvenlySpacedSubjectsOfEachArm()
    {
        static SubjectTrajectory T(string id, string arm) => new(id, arm, [new VisitValue(0, 2), new VisitValue(12, 1)]);
        var list = new[] { T("a1", "MSC"), T("a2", "MSC"), T("b1", "Etanercept"), T("a3", "MSC"), T("a4", "MSC"), T("b2", "Etanercept"), T("a5", "MSC") };
        var el = new Plot().Add.SubjectTrajectories(list, Colors, maxPerArm: 3);
        // MSC: a1..a5 -> positions 0, 2, 4 = a1, a3, a5; Etanercept: both (2 <= 3); drawn in input order
        Assert.Equal(5, el.Lines.Count);
        Assert.Equal([5, 2], new[] { el.Subjects["MSC"], el.Subjects["Etanercept"] });
        Assert.Equal(["MSC (n = 5; 3 drawn)", "Etanercept (n = 2)"], el.Lines.Where(l => !string.IsNullOrEmpty(l.LegendText)).Select(l => l.LegendText));
        Assert.Equal("maxPerArm", Assert.Throws<ArgumentOutOfRangeException>(() => new Plot().Add.SubjectTrajectories(list, Colors, maxPerArm: 1)).ParamName);
        Assert.Equal(7, new Plot().Add.SubjectTrajectories(list, Colors).Lines.Count);
    }

    [Fact]
    public void FigureLimitsSayWhatIsDrawn()
    {
        var options = FigureOptions.Default with { MaxWaterfallBars = 10, MaxTrajectoriesPerArm = 5 };
        var waterfall = Figures.Waterfall(R, options: options);
        var n = SubjectData.PercentChange(R, ContinuousEndpoint.Basdai, 12m).Count;
        Assert.Equal($"Subjects, ordered by percent change (n = {n}; 10 evenly spaced in this order drawn)", waterfall.Plot.Axes.Bottom.Label.Text);
        Assert.Equal(10, waterfall.Plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Sum(b => b.Bars.Count));
        var spaghetti = Figures.AsdasTrajectories(R, options);
        Assert.Equal(["MSC (n = 30; 5 drawn)", "Etanercept (n = 30; 5 drawn)"], spaghetti.Panels.Select(p => p.Axes.Title.Label.Text));
        Assert.All(spaghetti.Panels, p => Assert.Equal("Week (subjects drawn evenly spaced by subject id)", p.Axes.Bottom.Label.Text));
        Assert.All(spaghetti.Panels, p => Assert.Equal(5, p.GetPlottables<ScottPlot.Plottables.Scatter>().Count()));
        // The defaults leave the 60-subject sample whole.
        Assert.Equal($"Subjects, ordered by percent change (n = {n})", Figures.Waterfall(R).Plot.Axes.Bottom.Label.Text);
        Assert.Equal(["MSC (n = 30)", "Etanercept (n = 30)"], Figures.AsdasTrajectories(R).Panels.Select(p => p.Axes.Title.Label.Text));
        Assert.All(Figures.AsdasTrajectories(R).Panels, p => Assert.Equal("Week", p.Axes.Bottom.Label.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureOptions.Default with { MaxWaterfallBars = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureOptions.Default with { MaxTrajectoriesPerArm = 0 });
        Assert.Null((FigureOptions.Default with { MaxWaterfallBars = null }).MaxWaterfallBars);
    }

    [Fact]
    public void WaterfallSortsSubjectsFromLargestToSmallest()
    {
        var values = new[] { new SubjectValue("s1", "MSC", -10), new SubjectValue("s2", "Etanercept", 5), new SubjectValue("s3", "MSC", -60), new SubjectValue("s0", "MSC", -10) };
        var el = new Plot().Add.Waterfall(values, Colors);
        Assert.Equal(["s2", "s0", "s1", "s3"], el.Order.Select(v => v.SubjectId));
        Assert.Equal([1.0, 2.0, 3.0], el.Bars["MSC"].Bars.Select(b => b.Position));
        Assert.Equal([-10.0, -10.0, -60.0], el.Bars["MSC"].Bars.Select(b => b.Value));
        Assert.Equal("MSC (n = 3)", el.Bars["MSC"].LegendText);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => new Plot().Add.Waterfall([values[0], values[0]], Colors)).ParamName);
    }

    [Fact]
    public void AsdasBandsUseTheMachadoCutOffs()
    {
        var plot = new Plot();
        var bands = plot.Add.AsdasBands(top: 6);
        var spans = bands.Parts.Cast<ScottPlot.Plottables.VerticalSpan>().ToList();
        // Machado 2011 (Ann Rheum Dis 70:47): < 1.3 inactive, 1.3-2.1 low, 2.1-3.5 high, > 3.5 very high
        Assert.Equal([(0, 1.3), (1.3, 2.1), (2.1, 3.5), (3.5, 6.0)], spans.Select(s => (s.Bottom, s.Top)));
        Assert.Equal(["Inactive", "Low", "High", "Very high"], bands.BandTicks.Select(t => t.Label));
        // one definition: the bands stand where AsScores.ClassifyAsdas changes state
        Assert.Equal([AsdasCutoffs.LowLower, AsdasCutoffs.HighLower, AsdasCutoffs.VeryHighAbove], spans.Skip(1).Select(s => s.Bottom));
        Assert.Equal(AsdasCategory.InactiveDisease, AsScores.ClassifyAsdas(AsdasCutoffs.LowLower - 0.01));
        Assert.Equal(AsdasCategory.LowDiseaseActivity, AsScores.ClassifyAsdas(AsdasCutoffs.LowLower));
        Assert.Equal(AsdasCategory.HighDiseaseActivity, AsScores.ClassifyAsdas(AsdasCutoffs.HighLower));
        Assert.Equal(AsdasCategory.HighDiseaseActivity, AsScores.ClassifyAsdas(AsdasCutoffs.VeryHighAbove));
        Assert.Equal(AsdasCategory.VeryHighDiseaseActivity, AsScores.ClassifyAsdas(AsdasCutoffs.VeryHighAbove + 0.01));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.Add.AsdasBands(bottom: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.Add.AsdasBands(top: 3));
    }
}
