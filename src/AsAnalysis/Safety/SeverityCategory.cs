namespace AsAnalysis.Safety;

/// <summary>Maximum severity of a subject within a row.</summary>
/// <remarks>Its code, short label and label: <see cref="SeverityCategoryNames"/>.</remarks>
public enum SeverityCategory
{
    /// <summary>MILD. Code <c>MAX_SEVERITY_MILD</c>.</summary>
    Mild,
    /// <summary>MODERATE. Code <c>MAX_SEVERITY_MODERATE</c>.</summary>
    Moderate,
    /// <summary>SEVERE. Code <c>MAX_SEVERITY_SEVERE</c>.</summary>
    Severe,
    /// <summary>Unknown (only when missing severity is kept apart): no SEVERE record and at least one record without severity. Code <c>MAX_SEVERITY_MISSING</c>.</summary>
    Missing,
}
