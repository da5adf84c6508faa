namespace AsAnalysis.Reporting.Html;

/// <summary>Image format of an <see cref="HtmlFigure"/>.</summary>
/// <remarks>Its code, short label and label: <see cref="HtmlFigureFormatNames"/>.</remarks>
public enum HtmlFigureFormat
{
    /// <summary>PNG, embedded as a <c>data:image/png;base64</c> URI.</summary>
    Png,
    /// <summary>SVG, sanitised and inlined.</summary>
    Svg,
}
