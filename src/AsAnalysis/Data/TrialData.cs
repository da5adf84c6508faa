namespace AsAnalysis.Data;

/// <summary>An immutable, validated trial export: subjects, efficacy assessments, adverse events and exposure.</summary>
public sealed class TrialData
{
    private readonly Dictionary<string, Subject> _byId;

    /// <summary>Creates a trial data set. Every assessment, AE and exposure record must reference a subject in <paramref name="subjects"/>, and subject ids must be unique.</summary>
    /// <exception cref="ArgumentException">A duplicate USUBJID or a record for an unknown subject.</exception>
    public TrialData(
        IEnumerable<Subject> subjects,
        IEnumerable<Assessment>? assessments = null,
        IEnumerable<AdverseEvent>? adverseEvents = null,
        IEnumerable<ExposureRecord>? exposures = null,
        IEnumerable<SourceFile>? sourceFiles = null)
        : this(subjects, assessments, adverseEvents, exposures, sourceFiles, checkRecordSubjects: true)
    {
    }

    /// <summary>The loader's constructor: the efficacy records are already in a store, every record's subject checked.</summary>
    internal TrialData(
        IEnumerable<Subject> subjects,
        AssessmentStore assessments,
        IEnumerable<AdverseEvent>? adverseEvents,
        IEnumerable<ExposureRecord>? exposures,
        IEnumerable<SourceFile>? sourceFiles)
        : this(subjects, null, adverseEvents, exposures, sourceFiles, checkRecordSubjects: false, store: assessments)
    {
    }

    private TrialData(
        IEnumerable<Subject> subjects,
        IEnumerable<Assessment>? assessments,
        IEnumerable<AdverseEvent>? adverseEvents,
        IEnumerable<ExposureRecord>? exposures,
        IEnumerable<SourceFile>? sourceFiles,
        bool checkRecordSubjects,
        AssessmentStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        Subjects = subjects.ToArray();
        _byId = new Dictionary<string, Subject>(StringComparer.Ordinal);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in Subjects)
        {
            if (!_byId.TryAdd(s.UsubjId, s))
                throw new ArgumentException($"Duplicate USUBJID '{s.UsubjId}'.", nameof(subjects));
            indexOf.Add(s.UsubjId, indexOf.Count);
        }
        if (store is null)
        {
            store = new AssessmentStore();
            foreach (var a in assessments ?? [])
            {
                ArgumentNullException.ThrowIfNull(a, nameof(assessments));
                if (!indexOf.TryGetValue(a.UsubjId, out var subject))
                    throw new ArgumentException($"Record for subject '{a.UsubjId}' that is not in the subject list.", nameof(assessments));
                store.Add(subject, store.ParamIndex(a.ParamCd), store.VisitIndex(a.VisitWeek), a.VisitLabel, a.StudyDay, a.Value, a.Position);
            }
            store.TrimExcess();
        }
        Store = store;
        Assessments = new AssessmentList(store, Subjects);
        AdverseEvents = (adverseEvents ?? []).ToArray();
        Exposures = (exposures ?? []).ToArray();
        SourceFiles = (sourceFiles ?? []).ToArray();
        if (checkRecordSubjects)
        {
            foreach (var e in AdverseEvents) Require(e.UsubjId, nameof(adverseEvents));
            foreach (var x in Exposures) Require(x.UsubjId, nameof(exposures));
        }
        PlannedArms = Subjects.Select(s => s.PlannedArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        ActualArms = Subjects.Select(s => s.ActualArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private void Require(string id, string param)
    {
        if (!_byId.ContainsKey(id))
            throw new ArgumentException($"Record for subject '{id}' that is not in the subject list.", param);
    }

    /// <summary>Subjects in file order.</summary>
    public IReadOnlyList<Subject> Subjects { get; }
    /// <summary>
    /// Efficacy assessments in file order (empty when no efficacy file was given). They are stored compactly and made into
    /// <see cref="Assessment"/> records on access: each access gives a new object, equal (record equality) to the last.
    /// </summary>
    public IReadOnlyList<Assessment> Assessments { get; }

    /// <summary>The efficacy records as stored (for the library's own passes over millions of them).</summary>
    internal AssessmentStore Store { get; }
    /// <summary>Adverse events in file order (empty when no AE file was given).</summary>
    public IReadOnlyList<AdverseEvent> AdverseEvents { get; }
    /// <summary>Exposure records in file order (empty when no exposure file was given).</summary>
    public IReadOnlyList<ExposureRecord> Exposures { get; }
    /// <summary>The files read, with checksums.</summary>
    public IReadOnlyList<SourceFile> SourceFiles { get; }
    /// <summary>Distinct planned arms (TRT01P), ordinal order.</summary>
    public IReadOnlyList<string> PlannedArms { get; }
    /// <summary>Distinct actual arms (TRT01A), ordinal order.</summary>
    public IReadOnlyList<string> ActualArms { get; }

    /// <summary>Looks a subject up by USUBJID.</summary>
    /// <param name="usubjId">The subject id.</param>
    /// <param name="subject">The subject, when found.</param>
    public bool TryGetSubject(string usubjId, out Subject subject) => _byId.TryGetValue(usubjId, out subject!);

    /// <summary>What the data hold: subjects per arm and population, efficacy records per visit and parameter, AEs and exposure per arm.</summary>
    public TrialDataSummary Summarize() => TrialDataSummary.Of(this);

    /// <summary>The data as Microsoft.Data.Analysis DataFrames (new frames on each call), with canonical ADaM column names and explicit column types.</summary>
    public TrialDataFrames ToDataFrames() => TrialDataFrames.From(this);
}
