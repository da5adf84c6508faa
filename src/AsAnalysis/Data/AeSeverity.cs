namespace AsAnalysis.Data;

/// <summary>Adverse event severity (AESEV), ordered from mildest to most severe.</summary>
public enum AeSeverity
{
    /// <summary>MILD.</summary>
    Mild = 1,
    /// <summary>MODERATE.</summary>
    Moderate = 2,
    /// <summary>SEVERE.</summary>
    Severe = 3,
}
