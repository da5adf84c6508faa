namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Converts the efficacy table (adeff) into the <see cref="AssessmentStore"/>: USUBJID known to adsl, PARAMCD and AVISITN
/// present, AVAL of a 0-10 rating scale within [0, 10] (or [0, 100] for <see cref="LoadOptions.VasParameters"/>, then
/// divided by 10), CRP, ESR and LATFLEX not negative, at most one record per subject, parameter and visit
/// (<see cref="DuplicateRecordFinder"/>). Parameter codes are stored in upper case, visits with trailing zeros dropped.
/// </summary>
internal static class AdeffConverter
{
    private static readonly HashSet<string> KnownParams = new(ParamCodes.All, StringComparer.Ordinal);

    /// <summary>What the converter knows of a PARAMCD as written: its upper-case code, store index and checks.</summary>
    private sealed record ParamInfo(string Code, int Index, bool Known, bool RatingScale, bool Vas);

    /// <summary>Reads the efficacy records of the subjects in <paramref name="subjects"/>.</summary>
    public static AssessmentStore Read(TableSource source, SubjectIndex subjects, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var store = new AssessmentStore();
        var duplicates = new DuplicateRecordFinder(store, subjects.Records.Count);
        // Consecutive records repeat the subject and the visit (a subject's records come visit by visit) and cycle through
        // a few parameter codes: what was worked out for the same text on an earlier row is reused (same result, no
        // second look-up or parse; a value with a problem is never reused, so each such row reports its own).
        var paramInfo = new Dictionary<string, ParamInfo>(StringComparer.Ordinal);
        var unlisted = new Dictionary<string, int>(StringComparer.Ordinal);
        // When records are not grouped, the previous row rarely helps: known subject and visit texts are looked up once.
        var subjectInfo = new Dictionary<string, (string Id, int Number)>(StringComparer.Ordinal);
        var visitInfo = new Dictionary<string, (decimal Week, int Index)>(StringComparer.Ordinal);
        string? lastIdText = null, lastId = null;
        var lastSubject = -1;
        string? lastVisitText = null;
        decimal lastWeek = 0;
        var lastVisitIndex = -1;
        TableConversion.Run(source, options, p, files,
            required: [ExportColumns.UsubjId, ExportColumns.ParamCd, ExportColumns.AvisitN, ExportColumns.Aval],
            optional: [ExportColumns.Avisit, ExportColumns.Ady],
            r =>
            {
                string? id;
                var idText = r.Raw(ExportColumns.UsubjId);
                if (idText is not null && lastIdText is not null && (ReferenceEquals(idText, lastIdText) || idText == lastIdText)) id = lastId;
                else if (idText is not null && subjectInfo.TryGetValue(idText, out var known)) // records not grouped by subject
                    (lastIdText, lastId, id, lastSubject) = (idText, known.Id, known.Id, known.Number);
                else
                {
                    id = r.Subject(subjects);
                    if (id is not null)
                    {
                        (lastIdText, lastId) = (idText, id);
                        // A subject whose adsl row had a problem has no index: it gets a number of its own past the subject
                        // list, for the duplicate check (the load fails with that problem anyway).
                        if (!subjects.RecordIndex.TryGetValue(id, out lastSubject))
                        {
                            if (!unlisted.TryGetValue(id, out lastSubject)) unlisted[id] = lastSubject = subjects.Records.Count + unlisted.Count;
                        }
                        if (idText is not null) subjectInfo[idText] = (id, lastSubject);
                    }
                }

                ParamInfo? param = null;
                var paramText = r.Text(ExportColumns.ParamCd, required: true);
                if (paramText is not null && !paramInfo.TryGetValue(paramText, out param))
                {
                    var code = r.InternUpper(paramText);
                    var known = KnownParams.Contains(code);
                    paramInfo[paramText] = param = new ParamInfo(code, store.ParamIndex(code), known, known && ParamCodes.IsRatingScale(code), options.VasParameters.Contains(code));
                }

                decimal? week;
                var visitText = r.Raw(ExportColumns.AvisitN);
                if (visitText is not null && lastVisitText is not null && (ReferenceEquals(visitText, lastVisitText) || visitText == lastVisitText)) week = lastWeek;
                else if (visitText is not null && visitInfo.TryGetValue(visitText, out var seen)) // records not grouped by visit
                    (lastVisitText, lastWeek, week, lastVisitIndex) = (visitText, seen.Week, seen.Week, seen.Index);
                else
                {
                    week = r.Number(ExportColumns.AvisitN, required: true, normalized: true);
                    if (week is decimal w)
                    {
                        (lastVisitText, lastWeek) = (visitText, w);
                        lastVisitIndex = store.VisitIndex(w);
                        if (visitText is not null && visitInfo.Count < 100_000) visitInfo[visitText] = (w, lastVisitIndex);
                    }
                }

                var value = r.Number(ExportColumns.Aval, required: false, normalized: true);
                if (param is not null && value is decimal v)
                {
                    if (param.RatingScale)
                    {
                        if (param.Vas)
                        {
                            if (v is < 0 or > 100) r.Problem(ExportColumns.Aval, r.Raw(ExportColumns.Aval), $"outside 0-100 for {param.Code} (declared a 0-100 VAS in LoadOptions.VasParameters)");
                            else value = NumberText.Normalize(v / 10m);
                        }
                        else if (v is < 0 or > 10)
                            r.Problem(ExportColumns.Aval, r.Raw(ExportColumns.Aval), $"outside 0-10 for the rating scale {param.Code}" + (v is > 10 and <= 100 ? " (if it is a 0-100 VAS, list it in LoadOptions.VasParameters)" : ""));
                    }
                    else if (param.Known && v < 0)
                        r.Problem(ExportColumns.Aval, r.Raw(ExportColumns.Aval), $"negative value for {param.Code}");
                }
                var day = r.Integer(ExportColumns.Ady);
                if (id is null || param is null || week is null) return;
                if (duplicates.Earlier(lastSubject, param.Index, lastVisitIndex, r.Line) is long first)
                {
                    r.Problem(ExportColumns.ParamCd, param.Code, TrialDataInvariants.DuplicateRecord(id, week.Value, param.Code, first));
                    return;
                }
                if (!r.Ok)
                {
                    duplicates.Dropped();
                    return;
                }
                store.Add(lastSubject, param.Index, lastVisitIndex, r.Intern(r.Text(ExportColumns.Avisit, false)), day, value, r.Position);
                duplicates.Stored();
            },
            out _);
        store.TrimExcess();
        return store;
    }
}
