namespace AsAnalysis.Endpoints;

/// <summary>Which ASDAS score defines the ASDAS_CII and ASDAS_MI responses.</summary>
/// <remarks>Its code, short label and label: <see cref="AsdasScoreNames"/>.</remarks>
public enum AsdasScore
{
    /// <summary>ASDAS-CRP; the default.</summary>
    Crp,
    /// <summary>ASDAS-ESR.</summary>
    Esr,
}
