using AsAnalysis.Plots;
using AsAnalysis.Safety;
using ScottPlot;

namespace AsAnalysis.Tests.Plots;

public class AeDotPlotTests
{
    private static readonly SafetyResults Safety = PlotSamples.Safety;

    private static double Difference(SafetyTerm t) =>
        Safety.TermComparisons.Single(c => c.Key == new SafetyRowKey(OverviewCategory.AnyTeae, t)).Difference.Estimate;

    [Fact]
    public void TermsAreTheShownPtsSortedByRiskDifference()
    {
        var terms = AeDotPlot.Terms(Safety);
        var pts = Safety.BySocPt.Rows.Where(r => r.Term.Level == TermLevel.Pt).Select(r => r.Term).ToList();
        Assert.Equal(pts.Count, terms.Count);
        Assert.Equal(pts.ToHashSet(), terms.ToHashSet());
        var d = terms.Select(Difference).ToList();
        Assert.Equal(d.Order(), d);
        // sample data: Injection site reaction (MSC 0/29, Etanercept 4/30) at the bottom, Infusion site reaction (4/29, 0/30) on top
        Assert.Equal("Injection site reaction", terms[0].Pt);
        Assert.Equal("Infusion site reaction", terms[^1].Pt);
    }

    [Fact]
    public void MaxTermsKeepsTheMostFrequent()
    {
        var terms = AeDotPlot.Terms(Safety, maxTerms: 3);
        Assert.Equal(3, terms.Count);
        // sample data: Nasopharyngitis 6, Upper respiratory tract infection 6, then Arthralgia 5 and Headache 5 subjects
        // over both arms; the tie goes to the first SOC|PT key ("Musculoskeletal ...|Arthralgia")
        Assert.Equal(["Arthralgia", "Nasopharyngitis", "Upper respiratory tract infection"], terms.Select(t => t.Pt).Order());
        Assert.Throws<ArgumentOutOfRangeException>(() => AeDotPlot.Terms(Safety, maxTerms: 0));
        Assert.Equal("treatmentArm", Assert.Throws<ArgumentException>(() => AeDotPlot.Terms(Safety, "Etanercept")).ParamName);
    }

    [Fact]
    public void DuplicatePtNamesShowTheirSoc()
    {
        var labels = AeDotPlot.TermLabels([SafetyTerm.ForPt("A", "Pain"), SafetyTerm.ForPt("B", "Pain"), SafetyTerm.ForPt("A", "Rash")]);
        Assert.Equal(["Pain (A)", "Pain (B)", "Rash"], labels);
    }

    [Fact]
    public void PanelsDrawTheResultValues()
    {
        var terms = AeDotPlot.Terms(Safety);
        var colors = ArmColors.For(Safety);
        var plot = new Plot();
        var inc = plot.Add.AeIncidence(Safety, terms, colors);
        Assert.Equal(["MSC", "Etanercept"], inc.Markers.Keys);
        Assert.Equal("MSC (N = 29)", inc.Markers["MSC"].LegendText);
        Assert.Equal(colors["Etanercept"], inc.Markers["Etanercept"].MarkerStyle.FillColor);
        var rows = Safety.BySocPt.Rows.ToDictionary(r => r.Term);
        var msc = inc.Markers["MSC"].Data.GetScatterPoints();
        for (int i = 0; i < terms.Count; i++)
        {
            Assert.Equal(rows[terms[i]].Cells.Single(c => c.Arm == "MSC").Proportion * 100, msc[i].X);
            Assert.Equal(i, msc[i].Y, 0.2);
        }
        Assert.Equal(terms.Select(t => t.Pt), inc.TermTicks.Select(t => t.Label));

        var rdPlot = new Plot();
        var rd = rdPlot.Add.AeRiskDifference(Safety, terms, colors);
        var bars = rd.Intervals["MSC"];
        for (int i = 0; i < terms.Count; i++)
        {
            var c = Safety.TermComparisons.Single(x => x.Key == new SafetyRowKey(OverviewCategory.AnyTeae, terms[i]));
            Assert.Equal(c.Difference.Estimate * 100, bars.Xs[i], 12);
            Assert.Equal(c.Difference.Ci.Lower * 100, bars.Xs[i] - bars.XErrorNegative![i], 10);
            Assert.Equal(c.Difference.Ci.Upper * 100, bars.Xs[i] + bars.XErrorPositive![i], 10);
        }
        Assert.Equal(0, rd.NullLine.X);
        Assert.Equal(1 + 2, rd.Parts.Count);
        rd.IsVisible = false;
        Assert.All(rd.Parts, p => Assert.False(p.IsVisible));
        rd.Remove();
        Assert.Empty(rdPlot.GetPlottables());
    }

    [Fact]
    public void UnknownTermsOrArmsAreRejected()
    {
        var plot = new Plot();
        Assert.Equal("terms", Assert.Throws<ArgumentException>(() => plot.Add.AeIncidence(Safety, [SafetyTerm.ForPt("X", "Y")], ArmColors.For(Safety))).ParamName);
        Assert.Equal("colors", Assert.Throws<ArgumentException>(() => plot.Add.AeIncidence(Safety, [], ArmColors.Create(["MSC"]))).ParamName);
        var noControl = SafetyAnalysis.Run(PlotSamples.Data);
        Assert.Equal("results", Assert.Throws<ArgumentException>(() => plot.Add.AeRiskDifference(noControl, [], ArmColors.For(noControl))).ParamName);
    }

    [Fact]
    public void FigureRendersDeterministically()
    {
        var fig = Figures.AeDotPlot(Safety);
        Assert.Equal("ae-dot-plot", fig.Name);
        Assert.Equal(2, fig.Panels.Count);
        var png = fig.GetPngBytes();
        Assert.Equal((fig.Width, fig.Height), PlotSamples.PngSize(png));
        Assert.Equal(png, Figures.AeDotPlot(Safety).GetPngBytes());
        Assert.Equal(fig.GetSvg(), Figures.AeDotPlot(Safety).GetSvg());
        var svg = PlotSamples.ParseSvg(fig.GetSvg());
        var texts = PlotSamples.Texts(svg);
        Assert.Contains("Injection site reaction", texts);
        Assert.Contains("MSC (N = 29)", texts);
        Assert.Contains("Subjects with event (%)", texts);
        Assert.Contains("Risk difference (percentage points), 95% CI", texts);
        Assert.Equal(["'DejaVu Sans', sans-serif"], PlotSamples.FontFamilies(svg));
    }

    [Fact]
    public void WithoutControlOnlyTheIncidencePanelIsDrawn()
    {
        var fig = Figures.AeDotPlot(SafetyAnalysis.Run(PlotSamples.Data), options: new FigureOptions { Height = 500 });
        Assert.Single(fig.Panels);
        Assert.Equal(500, PlotSamples.PngSize(fig.GetPngBytes()).Height);
    }
}
