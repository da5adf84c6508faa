using AsAnalysis.Plots;
using ScottPlot;

namespace AsAnalysis.Tests.Plots;

public class FigureExportTests
{
    private static Plot Sample()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 0, 12, 24, 48 }, new double[] { 0, 0.4, 0.5, 0.45 }, OkabeIto.Vermillion).LegendText = "MSC";
        plot.Title("Determinism");
        plot.XLabel("Week");
        plot.YLabel("Responders (%)");
        plot.ShowLegend();
        FigureStyle.Default.Apply(plot);
        return plot;
    }

    [Fact]
    public void PngHasTheRequestedSizeAndIsIdenticalOnRerun()
    {
        var plot = Sample();
        var a = FigureExport.GetPngBytes(plot, 640, 480);
        var b = FigureExport.GetPngBytes(plot, 640, 480);
        var c = FigureExport.GetPngBytes(Sample(), 640, 480);
        Assert.Equal((640, 480), PlotSamples.PngSize(a));
        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.Equal((300, 200), PlotSamples.PngSize(FigureExport.GetPngBytes(plot, 300, 200)));
    }

    [Fact]
    public void FirstAndLaterRendersGiveTheSameFile()
    {
        // ScottPlot lays a plot out twice on its first render; an export must not depend on earlier renders
        var used = Sample();
        used.GetImageBytes(640, 480, ImageFormat.Png);
        Assert.Equal(FigureExport.GetSvg(Sample(), 640, 480), FigureExport.GetSvg(used, 640, 480));
        Assert.Equal(FigureExport.GetPngBytes(Sample(), 640, 480), FigureExport.GetPngBytes(used, 640, 480));
        var svg = FigureExport.GetSvg(Sample(), 640, 480);
        Assert.Single(PlotSamples.Texts(PlotSamples.ParseSvg(svg)), t => t == "Determinism");
    }

    [Fact]
    public void SvgIsWellFormedSizedAndIdenticalOnRerun()
    {
        var a = FigureExport.GetSvg(Sample(), 640, 480);
        var b = FigureExport.GetSvg(Sample(), 640, 480);
        Assert.Equal(a, b);
        var root = PlotSamples.ParseSvg(a);
        Assert.Equal("640", (string?)root.Attribute("width"));
        Assert.Equal("480", (string?)root.Attribute("height"));
        Assert.Contains("Responders (%)", PlotSamples.Texts(root));
        // no unfilled (black) full-size rect from the canvas clear: the first rect is the white figure background
        var first = root.Elements().First(e => e.Name.LocalName == "rect");
        Assert.Equal("white", (string?)first.Attribute("fill"));
        // clip-path ids are numbered from 1 in each document, whatever was rendered before
        Assert.Equal("cl_1", root.Descendants().First(e => e.Name.LocalName == "clipPath").Attribute("id")!.Value);
        Assert.All(root.Descendants().Select(e => (string?)e.Attribute("clip-path")).OfType<string>(),
            v => Assert.Contains(v[4..^1], root.Descendants().Select(e => "#" + (string?)e.Attribute("id"))));
    }

    [Fact]
    public void SavedFilesEqualTheInMemoryExport()
    {
        var dir = Directory.CreateTempSubdirectory("asplots-");
        try
        {
            var plot = Sample();
            var png = Path.Combine(dir.FullName, "p.png");
            var svg = Path.Combine(dir.FullName, "p.svg");
            FigureExport.SavePng(plot, png, 500, 400);
            FigureExport.SaveSvg(plot, svg, 500, 400);
            Assert.Equal(FigureExport.GetPngBytes(plot, 500, 400), File.ReadAllBytes(png));
            var svgBytes = File.ReadAllBytes(svg);
            Assert.NotEqual(0xEF, svgBytes[0]); // no byte-order mark
            Assert.Equal(FigureExport.GetSvg(plot, 500, 400), File.ReadAllText(svg));

            var fig = Figure.FromPlot(plot, "sample", 500, 400);
            var written = FigureExport.SaveAll([fig], Path.Combine(dir.FullName, "all"));
            Assert.Equal([Path.Combine(dir.FullName, "all", "sample.png"), Path.Combine(dir.FullName, "all", "sample.svg")], written);
            Assert.Equal(File.ReadAllBytes(png), File.ReadAllBytes(written[0]));
            Assert.Single(FigureExport.SaveAll([fig], Path.Combine(dir.FullName, "svg"), FigureFormats.Svg));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void BadArgumentsAreRejected()
    {
        var plot = Sample();
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => FigureExport.GetPngBytes(plot, 0, 10)).ParamName);
        Assert.Equal("height", Assert.Throws<ArgumentOutOfRangeException>(() => FigureExport.GetSvg(plot, 10, FigureExport.MaxSize + 1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Figure.FromPlot(plot, "Bad Name", 10, 10)).ParamName);
        var f = Figure.FromPlot(plot, "a", 10, 10);
        Assert.Equal("figures", Assert.Throws<ArgumentException>(() => FigureExport.SaveAll([f, f], Path.GetTempPath())).ParamName);
        Assert.Equal("formats", Assert.Throws<ArgumentException>(() => FigureExport.SaveAll([f], Path.GetTempPath(), 0)).ParamName);
    }
}
