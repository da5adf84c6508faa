using AsAnalysis.Plots;
using ScottPlot;

namespace AsAnalysis.Tests.Plots;

public class PlotStyleTests
{
    [Fact]
    public void OkabeItoHasThePublishedHexValues()
    {
        // Okabe & Ito 2008 / Wong 2011 Nature Methods 8:441, Fig. 2
        Assert.Equal(["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"],
            OkabeIto.All.Select(c => c.ToHex()[..7].ToUpperInvariant()));
        Assert.Equal(8, OkabeIto.Palette.Colors.Length);
    }

    [Fact]
    public void ControlArmIsBlueAndOtherArmsFollowTheirOrder()
    {
        var c = ArmColors.Create(["Etanercept", "MSC", "Placebo"], "Etanercept");
        Assert.Equal(["MSC", "Placebo", "Etanercept"], c.Arms);
        Assert.Equal(OkabeIto.Blue, c["Etanercept"]);
        Assert.Equal(OkabeIto.Vermillion, c["MSC"]);
        Assert.Equal(OkabeIto.BluishGreen, c["Placebo"]);
        // the same arms in another order keep the control colour; the others follow the given order
        var d = ArmColors.Create(["MSC", "Etanercept"], "Etanercept");
        Assert.Equal(c["Etanercept"], d["Etanercept"]);
        Assert.Equal(c["MSC"], d["MSC"]);
    }

    [Fact]
    public void ArmColoursWithoutControlOverridesAndErrors()
    {
        var c = ArmColors.Create(["A", "B"]);
        Assert.Null(c.ControlArm);
        Assert.Equal(["A", "B"], c.Arms);
        Assert.Equal(OkabeIto.Vermillion, c["A"]);
        Assert.Equal(OkabeIto.BluishGreen, c["B"]);

        var o = ArmColors.Create(["A", "B"], "B", new Dictionary<string, Color> { ["A"] = OkabeIto.Orange });
        Assert.Equal(OkabeIto.Orange, o["A"]);
        Assert.Equal(OkabeIto.ReddishPurple, o.With("B", OkabeIto.ReddishPurple)["B"]);
        Assert.Equal(OkabeIto.Blue, o["B"]); // With returns a copy

        Assert.Equal("arm", Assert.Throws<ArgumentException>(() => c["C"]).ParamName);
        Assert.Equal("arms", Assert.Throws<ArgumentException>(() => ArmColors.Create([])).ParamName);
        Assert.Equal("arms", Assert.Throws<ArgumentException>(() => ArmColors.Create(["A", "A"])).ParamName);
        Assert.Equal("arms", Assert.Throws<ArgumentException>(() => ArmColors.Create(["A", ""])).ParamName);
        Assert.Equal("controlArm", Assert.Throws<ArgumentException>(() => ArmColors.Create(["A"], "B")).ParamName);
        Assert.Equal("overrides", Assert.Throws<ArgumentException>(() => ArmColors.Create(["A"], null, new Dictionary<string, Color> { ["Z"] = OkabeIto.Black })).ParamName);
        Assert.False(c.Contains("C"));
    }

    [Fact]
    public void ManyArmsCycleThroughTheTreatmentColours()
    {
        var arms = Enumerable.Range(1, 9).Select(i => "T" + i).ToList();
        var c = ArmColors.Create(arms);
        Assert.Equal(c["T1"], c["T8"]);
        Assert.Equal(ArmColors.TreatmentColors.Count, arms.Take(7).Select(a => c[a]).Distinct().Count());
    }

    [Fact]
    public void SafetyArmsGetTheControlColour()
    {
        var c = ArmColors.For(PlotSamples.Safety);
        Assert.Equal(["MSC", "Etanercept"], c.Arms);
        Assert.Equal(ArmColors.ControlColor, c["Etanercept"]);
    }

    [Fact]
    public void StyleRejectsBadValues()
    {
        Assert.Equal("TitleFontSize", Assert.Throws<ArgumentOutOfRangeException>(() => FigureStyle.Default with { TitleFontSize = 0 }).ParamName);
        Assert.Equal("LineWidth", Assert.Throws<ArgumentOutOfRangeException>(() => FigureStyle.Default with { LineWidth = float.NaN }).ParamName);
        Assert.Equal("FontName", Assert.Throws<ArgumentException>(() => FigureStyle.Default with { FontName = " " }).ParamName);
        Assert.Equal("Width", Assert.Throws<ArgumentOutOfRangeException>(() => new FigureOptions { Width = 0 }).ParamName);
        Assert.Equal("Style", Assert.Throws<ArgumentNullException>(() => new FigureOptions { Style = null! }).ParamName);
    }

    [Fact]
    public void ApplySetsTheFontOnEveryTextElement()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 1, 2 }, new double[] { 3, 4 }).LegendText = "x";
        plot.Axes.AddRightAxis();
        plot.Title("T");
        plot.XLabel("X");
        plot.YLabel("Y");
        FigureStyle.Default.Apply(plot);

        var font = FigureStyle.Default.ResolvedFontName;
        Assert.Equal(font, plot.Axes.Title.Label.FontName);
        Assert.All(plot.Axes.GetAxes(), a =>
        {
            Assert.Equal(font, a.Label.FontName);
            Assert.Equal(font, a.TickLabelStyle.FontName);
        });
        Assert.Equal(font, plot.Legend.FontName);
        Assert.False(plot.Legend.SetBestFontOnEachRender);

        // the name resolves to the embedded DejaVu Sans, regular and bold, whatever the system has
        Assert.Equal("DejaVu Sans", Fonts.GetTypeface(font, false, false).FamilyName);
        var bold = Fonts.GetTypeface(font, true, false);
        Assert.Equal("DejaVu Sans", bold.FamilyName);
        Assert.True(bold.FontWeight >= 700);

        var system = FigureStyle.Default with { UseBundledFont = false };
        Assert.Equal("DejaVu Sans", system.ResolvedFontName);
        Assert.Equal("Arial", (FigureStyle.Default with { FontName = "Arial" }).ResolvedFontName);
    }

    [Fact]
    public void SvgTextIsSansSerifOnly()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 1, 2 }, new double[] { 3, 4 });
        plot.Title("Title");
        plot.XLabel("Week");
        FigureStyle.Default.Apply(plot);
        var svg = PlotSamples.ParseSvg(FigureExport.GetSvg(plot, 400, 300));
        Assert.Equal(["'DejaVu Sans', sans-serif"], PlotSamples.FontFamilies(svg));
        Assert.Contains("Week", PlotSamples.Texts(svg));
    }
}
