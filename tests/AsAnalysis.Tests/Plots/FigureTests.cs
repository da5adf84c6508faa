using AsAnalysis.Endpoints;
using AsAnalysis.Plots;

namespace AsAnalysis.Tests.Plots;

/// <summary>Every ready-made figure renders from the sample data, at its size, identically on rerun.</summary>
public class FigureTests
{
    public static TheoryData<string> Names => new(StandardSet().Select(f => f.Name));

    private static IReadOnlyList<Figure> StandardSet() => Figures.StandardSet(PlotSamples.Efficacy, PlotSamples.Safety);

    [Fact]
    public void StandardSetHasEveryFigure()
    {
        Assert.Equal(
            ["response-rates", "response-over-time-asas20", "response-over-time-asas40", "mean-change", "response-forest",
             "waterfall-basdai-week12", "asdas-crp-trajectories", "ae-dot-plot"],
            StandardSet().Select(f => f.Name));
        Assert.Equal(["ae-dot-plot"], Figures.StandardSet(null, PlotSamples.Safety).Select(f => f.Name));
        Assert.Empty(Figures.StandardSet(null, null));
    }

    [Fact]
    public void StandardSetCapsTheAeDotPlotAsAeDotPlotDoes()
    {
        // The report draws its figures through StandardSet with a cap on the AE terms: the capped dot plot must be the
        // one AeDotPlot draws with the same cap, and a cap above the number of PTs must change nothing.
        var capped = Figures.StandardSet(null, PlotSamples.Safety, null, maxAeTerms: 2).Single();
        Assert.Equal(Figures.AeDotPlot(PlotSamples.Safety, maxTerms: 2).GetSvg(), capped.GetSvg());
        Assert.Equal(Figures.StandardSet(null, PlotSamples.Safety).Single().GetSvg(),
            Figures.StandardSet(null, PlotSamples.Safety, null, maxAeTerms: 10_000).Single().GetSvg());
        Assert.Equal("maxAeTerms", Assert.Throws<ArgumentOutOfRangeException>(() => Figures.StandardSet(null, PlotSamples.Safety, null, maxAeTerms: 0)).ParamName);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FigureRendersAtItsSizeAndIdenticallyOnRerun(string name)
    {
        var a = StandardSet().Single(f => f.Name == name);
        var b = StandardSet().Single(f => f.Name == name);
        var png = a.GetPngBytes();
        Assert.Equal((a.Width, a.Height), PlotSamples.PngSize(png));
        Assert.True(a.Width >= 600 && a.Height >= 300, $"{name}: {a.Width}x{a.Height} is too small for a report");
        Assert.Equal(png, b.GetPngBytes());
        Assert.Equal(png, a.GetPngBytes());
        var svg = a.GetSvg();
        Assert.Equal(svg, b.GetSvg());
        var root = PlotSamples.ParseSvg(svg);
        Assert.Equal(a.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)root.Attribute("width"));
        Assert.Equal(["'DejaVu Sans', sans-serif"], PlotSamples.FontFamilies(root));
        Assert.True(PlotSamples.Texts(root).Count >= 10, $"{name}: too little text (axis titles, ticks, legend)");
        // the HTML report inlines the SVG through its allow-list sanitiser and embeds the PNG
        Assert.Equal(AsAnalysis.Reporting.Html.HtmlFigureFormat.Svg, AsAnalysis.Reporting.Html.HtmlFigure.FromSvg(name, name, svg).Format);
        Assert.Equal(AsAnalysis.Reporting.Html.HtmlFigureFormat.Png, AsAnalysis.Reporting.Html.HtmlFigure.FromPng(name, name, png).Format);
    }

    [Fact]
    public void FiguresCarryTitlesAxisTitlesAndLegends()
    {
        var set = StandardSet().ToDictionary(f => f.Name);
        string[] Texts(string n) => [.. PlotSamples.Texts(PlotSamples.ParseSvg(set[n].GetSvg()))];

        var rates = Texts("response-rates");
        Assert.Contains("Response by arm (NRI), 95% Wilson CI", rates);
        Assert.Contains("Week 12", rates);
        Assert.Contains("Week 48", rates);
        Assert.Contains("Responders (%)", rates);
        Assert.Contains("MSC", rates);
        Assert.Contains("Etanercept", rates);
        Assert.Contains("ASAS 5/6", rates);
        // sample data: ASAS20 week 12 NRI 17/30 (MSC) and 18/30 (Etanercept)
        Assert.Contains("17/30", rates);
        Assert.Contains("18/30", rates);

        var change = Texts("mean-change");
        Assert.Contains("Mean change \u00B1 SE (points, 0\u201310)", change);
        Assert.Contains("Mean change \u00B1 SE (units)", change);
        Assert.Contains("Week", change);

        var forest = Texts("response-forest");
        Assert.Contains("ASAS20, Week 12", forest);
        Assert.Contains(forest, t => t.StartsWith("17/30 vs 18/30", StringComparison.Ordinal));
        Assert.Contains(forest, t => t.Contains("favours Etanercept", StringComparison.Ordinal));

        var waterfall = Texts("waterfall-basdai-week12");
        Assert.Contains("Change from baseline in BASDAI (%)", waterfall);
        Assert.Contains(waterfall, t => t.StartsWith("MSC (n = ", StringComparison.Ordinal));

        var asdas = Texts("asdas-crp-trajectories");
        Assert.Contains("ASDAS-CRP (units)", asdas);
        Assert.Contains("Very high", asdas);
        Assert.Contains("Inactive", asdas);
    }

    [Fact]
    public void OptionsSetTitleSizeAndColours()
    {
        var r = PlotSamples.Efficacy;
        var untitled = Figures.ResponseOverTime(r, options: new FigureOptions { Title = "" });
        Assert.Null(untitled.Title);
        Assert.DoesNotContain(PlotSamples.Texts(PlotSamples.ParseSvg(untitled.GetSvg())), t => t.Contains("response over time", StringComparison.Ordinal));
        var custom = Figures.ResponseOverTime(r, ResponderEndpoint.Asas40, options: new FigureOptions { Title = "Figure 2", Width = 640, Height = 400 });
        Assert.Equal("Figure 2", custom.Title);
        Assert.Equal("response-over-time-asas40", custom.Name);
        Assert.Equal((640, 400), PlotSamples.PngSize(custom.GetPngBytes()));

        var colors = ArmColors.For(r).With("MSC", OkabeIto.ReddishPurple);
        var svg = Figures.ResponseOverTime(r, options: new FigureOptions { Colors = colors }).GetSvg();
        Assert.Contains("#CC79A7", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("#D55E00", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BuildersRejectWhatTheResultsDoNotHold()
    {
        var r = PlotSamples.Efficacy;
        Assert.Equal("weeks", Assert.Throws<ArgumentException>(() => Figures.ResponseRates(r, weeks: [13m])).ParamName);
        Assert.Equal("weeks", Assert.Throws<ArgumentException>(() => Figures.ResponseForest(r, weeks: [24m])).ParamName);
        Assert.Equal("endpoints", Assert.Throws<ArgumentException>(() => Figures.ResponseRates(r, endpoints: [])).ParamName);
        Assert.Equal("week", Assert.Throws<ArgumentException>(() => Figures.Waterfall(r, week: 5m)).ParamName);
        var only = EfficacyAnalysis.Run(PlotSamples.Data, new EfficacyOptions("Etanercept") { ContinuousEndpoints = [ContinuousEndpoint.Crp] });
        Assert.Equal("endpoints", Assert.Throws<ArgumentException>(() => Figures.MeanChange(only)).ParamName);
        Assert.Equal("endpoints", Assert.Throws<ArgumentException>(() => Figures.MeanChange(only, [ContinuousEndpoint.Basdai])).ParamName);
    }
}
