namespace AsAnalysis.Data;

/// <summary>
/// The tables of a trial export, as a set of flags: which ones a <see cref="TrialData"/> was built from
/// (<see cref="TrialData.SuppliedTables"/>). A supplied table may hold no record.
/// </summary>
[Flags]
public enum TrialTables
{
    /// <summary>No table.</summary>
    None = 0,
    /// <summary>The subject-level table (adsl); every <see cref="TrialData"/> has it.</summary>
    Subjects = 1,
    /// <summary>The efficacy table (adeff).</summary>
    Assessments = 2,
    /// <summary>The adverse-event table (adae).</summary>
    AdverseEvents = 4,
    /// <summary>The exposure table (adex).</summary>
    Exposures = 8,
}
