namespace AsAnalysis.Endpoints;

/// <summary>Which ASDAS score defines the ASDAS_CII and ASDAS_MI responses.</summary>
public enum AsdasScore
{
    /// <summary>ASDAS-CRP; the default.</summary>
    Crp,
    /// <summary>ASDAS-ESR.</summary>
    Esr,
}
