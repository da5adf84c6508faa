namespace AsAnalysis.Reporting;

/// <summary>Which analyses a report runs.</summary>
/// <remarks>Its code, short label and label: <see cref="ReportAnalysesNames"/>.</remarks>
public enum ReportAnalyses
{
    /// <summary>
    /// Efficacy when the efficacy table was supplied, safety when the adverse-event table was
    /// (<see cref="Data.TrialData.SuppliedTables"/>; a folder without adeff gives the safety analyses only, and the
    /// reverse). Default.
    /// </summary>
    Auto,
    /// <summary>Efficacy only.</summary>
    EfficacyOnly,
    /// <summary>Safety (with exposure) only.</summary>
    SafetyOnly,
    /// <summary>Both, even when one of them has no records.</summary>
    Both,
}
