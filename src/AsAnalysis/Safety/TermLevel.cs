namespace AsAnalysis.Safety;

/// <summary>Level of a row of the SOC/PT table.</summary>
/// <remarks>Its code, short label and label: <see cref="TermLevelNames"/>.</remarks>
public enum TermLevel
{
    /// <summary>All TEAEs (the overview level).</summary>
    Overall,
    /// <summary>A system organ class (AEBODSYS).</summary>
    Soc,
    /// <summary>A preferred term (AEDECOD) within its SOC.</summary>
    Pt,
}
