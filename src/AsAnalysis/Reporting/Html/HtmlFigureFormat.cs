namespace AsAnalysis.Reporting.Html;

/// <summary>Image format of a <see cref="ReportFigure"/>.</summary>
public enum FigureFormat
{
    /// <summary>PNG, embedded as a <c>data:image/png;base64</c> URI.</summary>
    Png,
    /// <summary>SVG, sanitised and inlined.</summary>
    Svg,
}
