namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Checks records built in memory (the public <see cref="TrialData"/> constructor) by the loader's rules for the
/// invariants of <see cref="TrialData"/> (<see cref="TrialDataInvariants"/>) and stores them. Every problem is collected
/// (up to <see cref="LoadOptions.MaxProblems"/> of <see cref="LoadOptions.Default"/>) and thrown as one
/// <see cref="TrialDataException"/>, worded as the loader words it.
/// </summary>
/// <remarks>
/// A problem names a record by its source (file and line) when it has one, otherwise by the constructor argument and
/// the record's 1-based number in it (e.g. <c>assessments:3</c>); "unknown subject" names the first subject's file, or
/// <c>subjects</c>.
/// </remarks>
internal static class RecordConverter
{
    /// <summary>Checks and stores the records.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is null, or a sequence holds a null record.</exception>
    /// <exception cref="TrialDataException">A broken invariant.</exception>
    public static ValidatedRecords Convert(
        IEnumerable<Subject> subjects,
        IEnumerable<Assessment>? assessments,
        IEnumerable<AdverseEvent>? adverseEvents,
        IEnumerable<ExposureRecord>? exposures)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var problems = new ProblemCollector(LoadOptions.Default.MaxProblems);

        var subjectArray = subjects.ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < subjectArray.Length; i++)
        {
            var s = subjectArray[i] ?? throw new ArgumentNullException(nameof(subjects), "The sequence holds a null subject.");
            var (file, line) = Where(s.Position, nameof(subjects), i);
            if (index.TryGetValue(s.UsubjId, out var first))
                problems.Add(file, line, ExportColumns.UsubjId, s.UsubjId, TrialDataInvariants.DuplicateSubject(Where(subjectArray[first].Position, nameof(subjects), first).Line));
            else index.Add(s.UsubjId, i);
        }
        var subjectFile = subjectArray.Length > 0 && subjectArray[0].Position.File is { } f ? f : nameof(subjects);

        var store = new AssessmentStore();
        var duplicates = new DuplicateRecordFinder(store, subjectArray.Length);
        var n = 0;
        foreach (var a in assessments ?? [])
        {
            ArgumentNullException.ThrowIfNull(a, nameof(assessments));
            var (file, line) = Where(a.Position, nameof(assessments), n++);
            if (!index.TryGetValue(a.UsubjId, out var subject))
            {
                problems.Add(file, line, ExportColumns.UsubjId, a.UsubjId, TrialDataInvariants.UnknownSubject(subjectFile));
                continue;
            }
            int param = store.ParamIndex(a.ParamCd), visit = store.VisitIndex(a.VisitWeek);
            if (duplicates.Earlier(subject, param, visit, line) is long earlier)
            {
                var code = a.ParamCd.ToUpperInvariant();
                problems.Add(file, line, ExportColumns.ParamCd, code, TrialDataInvariants.DuplicateRecord(a.UsubjId, NumberText.Normalize(a.VisitWeek), code, earlier));
                continue;
            }
            // A record without a source keeps its number as the row's line, for the duplicate check only (it has no position).
            store.Add(subject, param, visit, a.VisitLabel, a.StudyDay, a.Value, a.Position.File is null ? new SourcePosition(null, line) : a.Position);
            duplicates.Stored();
        }
        store.TrimExcess();

        var events = (adverseEvents ?? []).ToArray();
        for (var i = 0; i < events.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(events[i], nameof(adverseEvents));
            CheckSubject(events[i].UsubjId, events[i].Position, nameof(adverseEvents), i);
        }
        var administrations = (exposures ?? []).ToArray();
        for (var i = 0; i < administrations.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(administrations[i], nameof(exposures));
            CheckSubject(administrations[i].UsubjId, administrations[i].Position, nameof(exposures), i);
        }
        problems.ThrowIfAny();
        return new ValidatedRecords(subjectArray, index, store, events, administrations);

        void CheckSubject(string id, SourcePosition position, string argument, int i)
        {
            if (index.ContainsKey(id)) return;
            var (file, line) = Where(position, argument, i);
            problems.Add(file, line, ExportColumns.UsubjId, id, TrialDataInvariants.UnknownSubject(subjectFile));
        }
    }

    /// <summary>The file and line a problem names: the record's source, else the argument and the record's number (1-based).</summary>
    private static (string File, long Line) Where(SourcePosition position, string argument, int index) =>
        position.File is null ? (argument, index + 1L) : (position.File, position.Line);
}
