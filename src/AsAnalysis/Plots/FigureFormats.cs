namespace AsAnalysis.Plots;

/// <summary>File formats of <see cref="FigureExport.SaveAll"/>.</summary>
/// <remarks>Its code, short label and label: <see cref="FigureFormatsNames"/>.</remarks>
[Flags]
public enum FigureFormats
{
    /// <summary>PNG (raster).</summary>
    Png = 1,
    /// <summary>SVG (vector).</summary>
    Svg = 2,
    /// <summary>Both.</summary>
    PngAndSvg = Png | Svg,
}
