using System.Runtime.InteropServices;
using AsAnalysis.Plots;

namespace AsAnalysis.Tests.Plots;

/// <summary>
/// docs/gallery holds the standard figure set rendered from data-samples/ (PNG). This test regenerates it into a
/// temporary folder and compares bytes, so the committed gallery cannot go stale. To update it after a deliberate
/// change, run the Plots tests with ASANALYSIS_UPDATE_GALLERY=1 (writes docs/gallery) and commit the images.
/// Byte comparison runs on Linux x64, where the gallery is rendered (Skia's native build and the embedded font fix
/// the pixels there); elsewhere only names and sizes are compared.
/// </summary>
public class GalleryTests
{
    private static string GalleryFolder => Path.Combine(PlotSamples.RepositoryRoot, "docs", "gallery");

    [Fact]
    public void CommittedGalleryMatchesAFreshRender()
    {
        var figures = Figures.StandardSet(PlotSamples.Efficacy, PlotSamples.Safety);
        if (Environment.GetEnvironmentVariable("ASANALYSIS_UPDATE_GALLERY") == "1")
        {
            foreach (var old in Directory.EnumerateFiles(GalleryFolder, "*.png")) File.Delete(old);
            FigureExport.SaveAll(figures, GalleryFolder, FigureFormats.Png);
        }

        var temp = Directory.CreateTempSubdirectory("asplots-gallery-");
        try
        {
            var fresh = FigureExport.SaveAll(figures, temp.FullName, FigureFormats.Png);
            Assert.Equal(
                fresh.Select(Path.GetFileName).Order(StringComparer.Ordinal),
                Directory.EnumerateFiles(GalleryFolder, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal));
            bool compareBytes = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;
            foreach (var path in fresh)
            {
                var committed = File.ReadAllBytes(Path.Combine(GalleryFolder, Path.GetFileName(path)));
                var now = File.ReadAllBytes(path);
                Assert.Equal(PlotSamples.PngSize(now), PlotSamples.PngSize(committed));
                if (compareBytes)
                    Assert.True(now.AsSpan().SequenceEqual(committed),
                        $"docs/gallery/{Path.GetFileName(path)} is stale: rerun the Plots tests with ASANALYSIS_UPDATE_GALLERY=1 and commit the images.");
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Fact]
    public void PlotsDocShowsEveryGalleryImage()
    {
        var doc = File.ReadAllText(Path.Combine(PlotSamples.RepositoryRoot, "docs", "plots.md"));
        foreach (var png in Directory.EnumerateFiles(GalleryFolder, "*.png"))
            Assert.Contains($"(gallery/{Path.GetFileName(png)})", doc, StringComparison.Ordinal);
    }
}
