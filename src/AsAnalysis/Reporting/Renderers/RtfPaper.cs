namespace AsAnalysis.Reporting.Renderers;

/// <summary>Paper size of RTF output (always landscape).</summary>
/// <remarks>Its code, short label and label: <see cref="RtfPaperNames"/>.</remarks>
public enum RtfPaper
{
    /// <summary>US Letter, 11 × 8.5 in landscape (15840 × 12240 twips).</summary>
    Letter,
    /// <summary>ISO A4, 297 × 210 mm landscape (16838 × 11906 twips).</summary>
    A4,
}
