namespace AsAnalysis.Data;

/// <summary>Adverse event severity (AESEV), ordered from mildest to most severe.</summary>
/// <remarks>Its code, short label and label: <see cref="AeSeverityNames"/>.</remarks>
public enum AeSeverity
{
    /// <summary>MILD.</summary>
    Mild = 1,
    /// <summary>MODERATE.</summary>
    Moderate = 2,
    /// <summary>SEVERE.</summary>
    Severe = 3,
}
