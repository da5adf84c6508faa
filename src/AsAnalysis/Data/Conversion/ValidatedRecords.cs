namespace AsAnalysis.Data.Conversion;

/// <summary>
/// The records of a <see cref="TrialData"/>, known to keep its invariants (<see cref="TrialDataInvariants"/>): made by
/// the loader (<see cref="TrialDataConverter"/>) after its checks and by <see cref="RecordConverter"/> for the public
/// constructor, so that <see cref="TrialData"/> takes them as they are and nothing checks them twice.
/// </summary>
/// <param name="subjects">The subjects, ids unique.</param>
/// <param name="subjectIndex">Each subject's id to its index in <paramref name="subjects"/>.</param>
/// <param name="assessments">The efficacy records, of listed subjects, at most one per subject, parameter and visit.</param>
/// <param name="adverseEvents">Adverse events of listed subjects.</param>
/// <param name="exposures">Administrations of listed subjects.</param>
internal sealed class ValidatedRecords(
    Subject[] subjects,
    Dictionary<string, int> subjectIndex,
    AssessmentStore assessments,
    AdverseEvent[] adverseEvents,
    ExposureRecord[] exposures)
{
    /// <summary>The subjects, ids unique.</summary>
    public Subject[] Subjects { get; } = subjects;
    /// <summary>Each subject's id to its index in <see cref="Subjects"/> (ordinal).</summary>
    public Dictionary<string, int> SubjectIndex { get; } = subjectIndex;
    /// <summary>The efficacy records.</summary>
    public AssessmentStore Assessments { get; } = assessments;
    /// <summary>Adverse events.</summary>
    public AdverseEvent[] AdverseEvents { get; } = adverseEvents;
    /// <summary>Administrations.</summary>
    public ExposureRecord[] Exposures { get; } = exposures;
}
