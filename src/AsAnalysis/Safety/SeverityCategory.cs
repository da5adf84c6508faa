namespace AsAnalysis.Safety;

/// <summary>Maximum severity of a subject within a row.</summary>
public enum SeverityCategory
{
    /// <summary>MILD. Endpoint name <c>MAX_SEVERITY_MILD</c>.</summary>
    Mild,
    /// <summary>MODERATE. Endpoint name <c>MAX_SEVERITY_MODERATE</c>.</summary>
    Moderate,
    /// <summary>SEVERE. Endpoint name <c>MAX_SEVERITY_SEVERE</c>.</summary>
    Severe,
    /// <summary>Unknown (only when missing severity is kept apart): no SEVERE record and at least one record without severity. Endpoint name <c>MAX_SEVERITY_MISSING</c>.</summary>
    Missing,
}
