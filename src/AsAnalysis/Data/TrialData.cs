using AsAnalysis.Data.Conversion;

namespace AsAnalysis.Data;

/// <summary>
/// An immutable, validated trial export: subjects, efficacy assessments, adverse events and exposure. Subject ids are
/// unique, every record's subject is in <see cref="Subjects"/>, and no two efficacy records share subject, parameter
/// code (ignoring case) and visit value (12 and 12.0 are one visit).
/// </summary>
public sealed class TrialData
{
    private readonly Subject[] _subjects;
    private readonly Dictionary<string, int> _subjectIndex;

    /// <summary>
    /// Creates a trial data set from records built in memory. The records are checked by the loader's rules for the
    /// invariants of the class (ids unique, every record's subject listed, one efficacy record per subject, parameter and
    /// visit), and every problem is reported as the loader reports it.
    /// </summary>
    /// <remarks>
    /// A problem names a record by its <c>Source</c> (file and line) when it has one, otherwise by the argument and the
    /// record's 1-based number in it: <c>assessments:3, column PARAMCD, value 'CRP': duplicate record: subject S1,
    /// AVISITN 12 already has CRP on line 2</c>. Values are not range-checked here (the loader checks them; the endpoint
    /// derivation rejects a rating outside [0, 10]).
    /// </remarks>
    /// <param name="subjects">The subjects (adsl).</param>
    /// <param name="assessments">Efficacy records (adeff), or null.</param>
    /// <param name="adverseEvents">Adverse events (adae), or null.</param>
    /// <param name="exposures">Administrations (adex), or null.</param>
    /// <param name="sourceFiles">The files the records came from, or null.</param>
    /// <param name="suppliedTables">
    /// The tables the data stand for (<see cref="SuppliedTables"/>): <see cref="TrialTables.Subjects"/> and every table
    /// that has records, and any other that was supplied without records; null for <see cref="TrialTables.Subjects"/>
    /// and the tables that have records.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is null, or a sequence holds a null record.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="suppliedTables"/> has a flag that is not a member.</exception>
    /// <exception cref="ArgumentException"><paramref name="suppliedTables"/> leaves out the subjects or a table that has records.</exception>
    /// <exception cref="TrialDataException">
    /// A duplicate USUBJID, a record of a subject not in <paramref name="subjects"/>, or an efficacy record with the
    /// subject, parameter and visit of an earlier one; <see cref="TrialDataException.Problems"/> lists every one (up to
    /// <see cref="LoadOptions.MaxProblems"/> of <see cref="LoadOptions.Default"/>) in the loader's words.
    /// </exception>
    public TrialData(
        IEnumerable<Subject> subjects,
        IEnumerable<Assessment>? assessments = null,
        IEnumerable<AdverseEvent>? adverseEvents = null,
        IEnumerable<ExposureRecord>? exposures = null,
        IEnumerable<SourceFile>? sourceFiles = null,
        TrialTables? suppliedTables = null)
        : this(RecordConverter.Convert(subjects, assessments, adverseEvents, exposures), sourceFiles, suppliedTables)
    {
    }

    /// <summary>Takes records that keep the invariants as they are (the loader's path, and the public constructor's after its checks).</summary>
    /// <param name="records">The records.</param>
    /// <param name="sourceFiles">The files read, or null.</param>
    /// <param name="suppliedTables">The tables supplied, or null for the subjects and the tables that have records.</param>
    internal TrialData(ValidatedRecords records, IEnumerable<SourceFile>? sourceFiles, TrialTables? suppliedTables)
    {
        _subjects = records.Subjects;
        _subjectIndex = records.SubjectIndex;
        Store = records.Assessments;
        Assessments = new AssessmentList(Store, _subjects);
        AdverseEvents = records.AdverseEvents;
        Exposures = records.Exposures;
        SourceFiles = (sourceFiles ?? []).ToArray();
        PlannedArms = _subjects.Select(s => s.PlannedArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        ActualArms = _subjects.Select(s => s.ActualArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var withRecords = TrialTables.Subjects
            | (Store.Count > 0 ? TrialTables.Assessments : TrialTables.None)
            | (AdverseEvents.Count > 0 ? TrialTables.AdverseEvents : TrialTables.None)
            | (Exposures.Count > 0 ? TrialTables.Exposures : TrialTables.None);
        SuppliedTables = suppliedTables ?? withRecords;
        if (!SuppliedTables.IsSetOfMembers())
            throw new ArgumentOutOfRangeException(nameof(suppliedTables), SuppliedTables, "Not a set of TrialTables members.");
        if ((withRecords & ~SuppliedTables) is var left && left != TrialTables.None)
            throw new ArgumentException($"The supplied tables leave out {left.Code()}: the subjects and every table that has records must be included.", nameof(suppliedTables));
    }

    /// <summary>Subjects in file order.</summary>
    public IReadOnlyList<Subject> Subjects => _subjects;
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
    /// <summary>
    /// The tables the data were built from. For loaded data: adsl and each of adeff, adae and adex that the loader
    /// was given (a file found in the folder, a reader or stream passed), also when it holds no record. For data built in
    /// memory: what the constructor's caller said, by default the subjects and every table with at least one record.
    /// Always includes <see cref="TrialTables.Subjects"/> and every table that has records.
    /// </summary>
    public TrialTables SuppliedTables { get; }
    /// <summary>The files read, with checksums.</summary>
    public IReadOnlyList<SourceFile> SourceFiles { get; }
    /// <summary>Distinct planned arms (TRT01P), ordinal order.</summary>
    public IReadOnlyList<string> PlannedArms { get; }
    /// <summary>Distinct actual arms (TRT01A), ordinal order.</summary>
    public IReadOnlyList<string> ActualArms { get; }

    /// <summary>Looks a subject up by USUBJID.</summary>
    /// <param name="usubjId">The subject id.</param>
    /// <param name="subject">The subject, when found.</param>
    public bool TryGetSubject(string usubjId, out Subject subject)
    {
        if (_subjectIndex.TryGetValue(usubjId, out var i))
        {
            subject = _subjects[i];
            return true;
        }
        subject = null!;
        return false;
    }

    /// <summary>What the data hold: subjects per arm and population, efficacy records per visit and parameter, AEs and exposure per arm.</summary>
    public TrialDataSummary Summarize() => TrialDataSummary.Of(this);

    /// <summary>The data as Microsoft.Data.Analysis DataFrames (new frames on each call), with canonical ADaM column names and explicit column types.</summary>
    public TrialDataFrames ToDataFrames() => TrialDataFrames.From(this);
}
