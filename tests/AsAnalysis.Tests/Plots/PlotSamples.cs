using System.Buffers.Binary;
using System.Xml.Linq;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Safety;

namespace AsAnalysis.Tests.Plots;

/// <summary>The sample export (data-samples/) analysed once for the figure tests, and image checks.</summary>
internal static class PlotSamples
{
    private static readonly Lazy<TrialData> LazyData = new(() => TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples")));
    private static readonly Lazy<SafetyResults> LazySafety = new(() => SafetyAnalysis.Run(Data, new SafetyOptions { ControlArm = "Etanercept" }));

    private static readonly Lazy<EfficacyResults> LazyEfficacy = new(() => EfficacyAnalysis.Run(Data, new EfficacyOptions("Etanercept")));

    public static TrialData Data => LazyData.Value;
    public static EfficacyResults Efficacy => LazyEfficacy.Value;
    public static SafetyResults Safety => LazySafety.Value;

    /// <summary>Checks the PNG signature and returns the IHDR width and height.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 1000, $"PNG of {png.Length} bytes is too small to hold a figure.");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Parses the SVG (well-formed XML, svg root) and returns the root.</summary>
    public static XElement ParseSvg(string svg)
    {
        var doc = XDocument.Parse(svg);
        Assert.NotNull(doc.Root);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        return doc.Root;
    }

    /// <summary>The repository root (the folder holding AsAnalysis.sln), found upwards from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AsAnalysis.sln"))) return dir.FullName;
            throw new InvalidOperationException("AsAnalysis.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Every font-family attribute value in an SVG.</summary>
    public static IReadOnlyList<string> FontFamilies(XElement svg) =>
        svg.DescendantsAndSelf().Select(e => (string?)e.Attribute("font-family")).OfType<string>().Distinct().ToList();

    /// <summary>The text content of every text element.</summary>
    public static IReadOnlyList<string> Texts(XElement svg) =>
        svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
}
