using System.Globalization;
using CsvHelper;

namespace AsAnalysis.Data;

/// <summary>
/// Validates raw tables (see <see cref="RawTable"/>) and converts them into a <see cref="TrialData"/>.
/// Collects every problem (up to <see cref="LoadOptions.MaxProblems"/>) and throws one <see cref="TrialDataException"/>.
/// </summary>
internal static class TrialDataConverter
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Converts the tables. <paramref name="problems"/> may already hold problems (e.g. missing files); they are reported together.</summary>
    public static TrialData Convert(TableSource adsl, TableSource? adeff, TableSource? adae, TableSource? adex, LoadOptions options, ProblemCollector? problems = null)
    {
        ArgumentNullException.ThrowIfNull(adsl);
        ArgumentNullException.ThrowIfNull(options);
        var p = problems ?? new ProblemCollector(options.MaxProblems);
        foreach (var s in new[] { adsl, adeff, adae, adex }) if (s is not null) p.DeclareFile(s.FileName);

        var files = new List<SourceFile>();
        var subjects = ReadSubjects(adsl, options, p, files);

        // adae and adex are read on a second thread while adeff (by far the largest file) is read on this one. Their
        // problems and files are collected apart and added after adeff's, so every result and problem list is exactly
        // the one of reading the files one after the other.
        var side = adae is null && adex is null ? null : Task.Run(() =>
        {
            var sideProblems = new ProblemCollector(options.MaxProblems);
            var sideFiles = new List<SourceFile>();
            var events = adae is null ? [] : ReadAdverseEvents(adae, subjects, options, sideProblems, sideFiles);
            var exposures = adex is null ? [] : ReadExposures(adex, subjects, options, sideProblems, sideFiles);
            return (Events: events, Exposures: exposures, Problems: sideProblems, Files: sideFiles);
        });
        AssessmentStore assessments;
        try
        {
            assessments = adeff is null ? new AssessmentStore() : ReadAssessments(adeff, subjects, options, p, files);
        }
        catch
        {
            try { side?.Wait(); } catch (AggregateException) { } // this failure is the one a sequential read would report
            throw;
        }
        var (events, exposures) = (new List<AdverseEvent>(), new List<ExposureRecord>());
        if (side is not null)
        {
            var result = side.GetAwaiter().GetResult(); // rethrows the side's own exception unwrapped
            (events, exposures) = (result.Events, result.Exposures);
            p.AddFrom(result.Problems);
            files.AddRange(result.Files);
        }
        p.ThrowIfAny();
        // Every record's USUBJID was checked against adsl above (RowScope.Subject): no second check.
        return new TrialData(subjects.Records, assessments, events, exposures, files);
    }

    // ----------------------------------------------------------------------------------------- adsl

    private sealed class SubjectIndex(string fileName)
    {
        public readonly string FileName = fileName;
        public readonly List<Subject> Records = [];
        /// <summary>Every USUBJID seen (also on rows with problems), to the line it was first seen on; null when adsl could not be read.</summary>
        public Dictionary<string, long>? Lines;
        public readonly Dictionary<string, string> Ids = new(StringComparer.Ordinal);
        /// <summary>USUBJID to its index in <see cref="Records"/> (subjects whose adsl row had a problem have none).</summary>
        public readonly Dictionary<string, int> RecordIndex = new(StringComparer.Ordinal);
    }

    private static SubjectIndex ReadSubjects(TableSource source, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var index = new SubjectIndex(source.FileName);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var arms = new List<(string Arm, long Line)>();
        var armSet = new HashSet<string>(StringComparer.Ordinal);
        var ok = ReadTable(source, options, p, files,
            required: [ExportColumns.UsubjId, ExportColumns.Trt01P, ExportColumns.IttFl, ExportColumns.SafFl],
            optional: [ExportColumns.Trt01A, ExportColumns.PprotFl, ExportColumns.TrtSdt, ExportColumns.TrtEdt, ExportColumns.Age, ExportColumns.Sex,
                ExportColumns.HlaB27, ExportColumns.Strat1, ExportColumns.EosStt, ExportColumns.DcsReas, ExportColumns.EosDt, ExportColumns.DthFl],
            (RowScope r) =>
            {
                var id = r.Text(ExportColumns.UsubjId, required: true);
                if (id is not null)
                {
                    if (lines.TryGetValue(id, out var first))
                        r.Problem(ExportColumns.UsubjId, id, $"duplicate USUBJID: the subject is already on line {first.ToString(Inv)}");
                    else
                    {
                        lines.Add(id, r.Line);
                        index.Ids[id] = id;
                    }
                }
                var planned = r.Text(ExportColumns.Trt01P, required: true);
                if (planned is not null && armSet.Add(planned)) arms.Add((planned, r.Line));
                var actual = r.Text(ExportColumns.Trt01A, required: false) ?? planned;
                var itt = r.Flag(ExportColumns.IttFl, required: true);
                var saf = r.Flag(ExportColumns.SafFl, required: true);
                var pp = r.Flag(ExportColumns.PprotFl, required: false);
                var start = r.Date(ExportColumns.TrtSdt);
                var end = r.Date(ExportColumns.TrtEdt);
                if (start is not null && end is not null && end < start)
                    r.Problem(ExportColumns.TrtEdt, r.Raw(ExportColumns.TrtEdt), $"last treatment date is before the first treatment date {start.Value.ToString("yyyy-MM-dd", Inv)}");
                var age = r.Number(ExportColumns.Age, required: false);
                if (age is < 0 or > 150) r.Problem(ExportColumns.Age, r.Raw(ExportColumns.Age), "age outside 0-150 years");
                var died = r.Flag(ExportColumns.DthFl, required: false);
                var eosDate = r.Date(ExportColumns.EosDt);
                if (!r.Ok) return;
                index.RecordIndex[id!] = index.Records.Count;
                index.Records.Add(new Subject
                {
                    UsubjId = id!,
                    PlannedArm = r.Intern(planned!),
                    ActualArm = r.Intern(actual!),
                    Itt = itt!.Value,
                    Safety = saf!.Value,
                    PerProtocol = pp,
                    TreatmentStart = start,
                    TreatmentEnd = end,
                    Age = age,
                    Sex = r.Intern(r.Text(ExportColumns.Sex, false)),
                    HlaB27 = r.Intern(r.Text(ExportColumns.HlaB27, false)),
                    Stratum = r.Intern(r.Text(ExportColumns.Strat1, false)),
                    EndOfStudyStatus = r.Intern(r.Text(ExportColumns.EosStt, false)),
                    DiscontinuationReason = r.Intern(r.Text(ExportColumns.DcsReas, false)),
                    EndOfStudyDate = eosDate,
                    Died = died,
                    Position = r.Position,
                });
            },
            out var rowCount,
            salvage: r =>
            {
                // A row with the wrong field count or bad quoting is reported as such; its USUBJID (when readable) still
                // counts as known, so that the subject's other records do not pile up "unknown subject" problems.
                if (r.Raw(ExportColumns.UsubjId) is string id && lines.TryAdd(id, r.Line)) index.Ids[id] = id;
            });
        if (!ok) return index; // unreadable or missing required columns: subject checks of other files are skipped
        if (rowCount == 0)
        {
            // Subject checks of the other files are skipped: every record would be "unknown".
            p.Add(source.FileName, 0, "", "", "the file has a header but no subject rows");
            return index;
        }
        index.Lines = lines;
        var required = options.RequiredArmCount;
        if (required is int n && arms.Count > n)
            p.Add(source.FileName, arms[n].Line, ExportColumns.Trt01P, arms[n].Arm,
                $"{ArmWord(arms.Count)} ({ArmList(arms)}); exactly {n} are required (LoadOptions.RequiredArmCount)");
        else if (arms.Count > 0 && arms.Count < (required ?? 2))
            p.Add(source.FileName, 0, ExportColumns.Trt01P, ArmList(arms),
                $"only {ArmWord(arms.Count)}; {(required is int m ? $"exactly {m} are" : "at least 2 are")} required (LoadOptions.RequiredArmCount)");
        return index;

        static string ArmWord(int count) => count == 1 ? "1 planned arm" : $"{count} planned arms";
        static string ArmList(List<(string Arm, long Line)> arms) => string.Join(", ", arms.Select(a => a.Arm));
    }

    // ----------------------------------------------------------------------------------------- adeff

    private static readonly HashSet<string> KnownParams = new(ParamCodes.All, StringComparer.Ordinal);

    /// <summary>
    /// Tests: the largest bitmap (bytes) the duplicate check of interleaved records may use before it falls back to its
    /// set of rows (default <see cref="DuplicateFinder.BitmapLimit"/>), for loads from this thread.
    /// </summary>
    [ThreadStatic]
    internal static long? DuplicateBitmapLimitOverride;

    /// <summary>
    /// Finds duplicate subject x parameter x visit records. A key is the parameter's store index (codes already upper case)
    /// and the visit's value number (12 = 12.0), packed in a long. After <see cref="Earlier"/> found no duplicate, the
    /// caller says whether the row was stored (<see cref="Stored"/>) or dropped for another problem (<see cref="Dropped"/>):
    /// a dropped row's key still counts, as the row is in the file.
    /// <para>
    /// Exports are normally grouped by subject, so only the keys of the current subject are held; a subject whose records
    /// come back later gets its earlier keys re-read from the records. When records are interleaved (many such returns),
    /// a bitmap answers instead: per subject a bit for each (parameter, visit) pair seen, a few bytes a subject, so a new
    /// key is known new without a look-up among millions of rows. The line of the earlier record is needed only for a
    /// duplicate: the first one builds a set of every stored row compared through the store (16 bytes a row), kept up to
    /// date from then on. When the bitmap would grow past <see cref="BitmapLimit"/> (very many parameters and visits), the
    /// set answers alone.
    /// </para>
    /// </summary>
    private sealed class DuplicateFinder
    {
        /// <summary>The largest bitmap in bytes (100,000 subjects x 176 pairs take 3.2 MB).</summary>
        public const long BitmapLimit = 256L << 20;

        private readonly AssessmentStore _records;
        private readonly int _listedSubjects;
        private readonly Dictionary<long, long> _current = [];
        private readonly Dictionary<int, List<(int From, int To)>> _runs = [];
        private readonly Dictionary<decimal, int> _visitNumbers = [];
        private readonly List<int> _visitNumberOfIndex = []; // store visit index -> value number
        private bool _interleaved;
        private PairBitmap? _seen; // interleaved: keys seen per subject; null when too large
        private HashSet<int>? _all; // interleaved, from the first duplicate on: stored row indexes; -1 stands for the row being checked
        private readonly Dictionary<(int Subject, long Key), long> _dropped = []; // interleaved: keys of rows not stored
        private int _subject = int.MinValue;
        private int _runStart;
        private int _returns;
        private (int Subject, long Key, long Line) _pending;

        /// <param name="records">The store the rows go to.</param>
        /// <param name="listedSubjects">Subjects of the subject list (numbers past it are subjects whose adsl row had a problem).</param>
        public DuplicateFinder(AssessmentStore records, int listedSubjects) => (_records, _listedSubjects) = (records, listedSubjects);

        /// <summary>The number of a visit value (equal decimals, e.g. 12 and 12.0, get one number).</summary>
        public int VisitNumber(decimal week)
        {
            if (!_visitNumbers.TryGetValue(week, out var n)) _visitNumbers.Add(week, n = _visitNumbers.Count);
            return n;
        }

        /// <summary>The key of a parameter index and visit number.</summary>
        public static long Key(int param, int visitNumber) => ((long)param << 32) | (uint)visitNumber;

        /// <summary>
        /// Registers the record about to be added as the next row (<paramref name="subject"/>: a number per distinct
        /// USUBJID); returns the line of an earlier record with the same key, or null.
        /// </summary>
        public long? Earlier(int subject, long key, long line)
        {
            if (_interleaved)
            {
                _pending = (subject, key, line);
                if (_seen is not null)
                {
                    switch (_seen.TestAndSet(subject, key))
                    {
                        case false: return null; // never seen: new
                        case null: _seen = null; break; // the bitmap would be too large: the set from here on
                    }
                }
                // Seen before (or no bitmap): the set of rows, built the first time, has the line.
                if (_all is null) BuildSet();
                if (_all!.TryGetValue(-1, out var row)) return _records[row].Line;
                return _dropped.TryGetValue((subject, key), out var dropped) ? dropped : null;
            }
            if (subject != _subject)
            {
                Switch(subject);
                if (_interleaved) return Earlier(subject, key, line);
            }
            return _current.TryAdd(key, line) ? null : _current[key];
        }

        /// <summary>The record checked last was stored as the last row of the store.</summary>
        public void Stored()
        {
            if (_all is not null) _all.Add(_records.Count - 1);
        }

        /// <summary>The record checked last was not stored (it has another problem); its key still counts.</summary>
        public void Dropped()
        {
            if (_interleaved) _dropped.TryAdd((_pending.Subject, _pending.Key), _pending.Line);
        }

        private long KeyOf(in AssessmentRow row)
        {
            while (_visitNumberOfIndex.Count < _records.Visits.Count) _visitNumberOfIndex.Add(VisitNumber(_records.Visits[_visitNumberOfIndex.Count]));
            return Key(row.Param, _visitNumberOfIndex[row.Visit]);
        }

        private void BuildSet()
        {
            _all = new HashSet<int>(new RowKeyComparer(this));
            for (var i = 0; i < _records.Count; i++) _all.Add(i);
        }

        private void Switch(int subject)
        {
            if (_subject != int.MinValue)
            {
                if (!_runs.TryGetValue(_subject, out var ranges)) _runs[_subject] = ranges = [];
                ranges.Add((_runStart, _records.Count));
            }
            _current.Clear();
            _runStart = _records.Count;
            _subject = subject;
            if (!_runs.TryGetValue(subject, out var earlier)) return;
            if (++_returns > 1000)
            {
                // Interleaved records: the keys of every stored row in the bitmap. (Keys of rows that had other problems are
                // not carried over from the runs before; those rows are reported anyway.)
                _interleaved = true;
                _seen = new PairBitmap(_listedSubjects, DuplicateBitmapLimitOverride ?? BitmapLimit);
                for (var i = 0; i < _records.Count && _seen is not null; i++)
                {
                    ref readonly var row = ref _records[i];
                    if (_seen.TestAndSet(row.Subject, KeyOf(row)) is null) _seen = null;
                }
                if (_seen is null) BuildSet();
                _runs.Clear();
                _current.Clear();
                return;
            }
            foreach (var (from, to) in earlier)
                for (var i = from; i < to; i++)
                {
                    ref readonly var row = ref _records[i];
                    _current.TryAdd(KeyOf(row), row.Line);
                }
        }

        /// <summary>Rows equal when subject, parameter and visit value are; row −1 is the record being checked.</summary>
        private sealed class RowKeyComparer(DuplicateFinder owner) : IEqualityComparer<int>
        {
            private (int Subject, long Key) Of(int row)
            {
                if (row < 0) return (owner._pending.Subject, owner._pending.Key);
                ref readonly var r = ref owner._records[row];
                return (r.Subject, owner.KeyOf(r));
            }

            public bool Equals(int x, int y) => Of(x) == Of(y);

            public int GetHashCode(int row) => Of(row).GetHashCode();
        }
    }

    /// <summary>Per subject, one bit per (parameter, visit) pair: whether a record with that key was seen.</summary>
    private sealed class PairBitmap(int subjects, long limit)
    {
        private readonly Dictionary<long, int> _slots = []; // key -> bit position, in order of first appearance
        private ulong[] _bits = [];
        private int _words; // per subject
        private int _subjects;

        /// <summary>Sets the bit of the key for the subject; returns whether it was set already, or null when the bitmap would pass its limit (nothing set).</summary>
        public bool? TestAndSet(int subject, long key)
        {
            if (!_slots.TryGetValue(key, out var slot)) _slots.Add(key, slot = _slots.Count);
            var word = slot >> 6;
            if (word >= _words || subject >= _subjects)
            {
                var words = Math.Max(_words, 1);
                while (words <= word) words *= 2;
                var count = subject < _subjects ? _subjects : Math.Max(Math.Max(subjects, 16), Math.Max(subject + 1, _subjects + _subjects / 2));
                if ((long)count * words * sizeof(ulong) > limit) return null;
                var bits = new ulong[(long)count * words];
                for (var s = 0; s < _subjects; s++) Array.Copy(_bits, (long)s * _words, bits, (long)s * words, _words);
                (_bits, _words, _subjects) = (bits, words, count);
            }
            ref var w = ref _bits[(long)subject * _words + word];
            var mask = 1UL << (slot & 63);
            var was = (w & mask) != 0;
            w |= mask;
            return was;
        }
    }

    /// <summary>What the adeff reader knows of a PARAMCD as written: its upper-case code, store index and checks.</summary>
    private sealed record ParamInfo(string Code, int Index, bool Known, bool RatingScale, bool Vas);

    private static AssessmentStore ReadAssessments(TableSource source, SubjectIndex subjects, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var store = new AssessmentStore();
        var duplicates = new DuplicateFinder(store, subjects.Records.Count);
        // Consecutive records repeat the subject and the visit (a subject's records come visit by visit) and cycle through
        // a few parameter codes: what was worked out for the same text on an earlier row is reused (same result, no
        // second look-up or parse; a value with a problem is never reused, so each such row reports its own).
        var paramInfo = new Dictionary<string, ParamInfo>(StringComparer.Ordinal);
        var unlisted = new Dictionary<string, int>(StringComparer.Ordinal);
        // When records are not grouped, the previous row rarely helps: known subject and visit texts are looked up once.
        var subjectInfo = new Dictionary<string, (string Id, int Number)>(StringComparer.Ordinal);
        var visitInfo = new Dictionary<string, (decimal Week, int Number, int Index)>(StringComparer.Ordinal);
        string? lastIdText = null, lastId = null;
        var lastSubject = -1;
        string? lastVisitText = null;
        decimal lastWeek = 0;
        var lastVisitNumber = -1;
        var lastVisitIndex = -1;
        ReadTable(source, options, p, files,
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
                    (lastVisitText, lastWeek, week, lastVisitNumber, lastVisitIndex) = (visitText, seen.Week, seen.Week, seen.Number, seen.Index);
                else
                {
                    week = r.Number(ExportColumns.AvisitN, required: true, normalized: true);
                    if (week is decimal w)
                    {
                        (lastVisitText, lastWeek) = (visitText, w);
                        lastVisitNumber = duplicates.VisitNumber(w);
                        lastVisitIndex = store.VisitIndex(w);
                        if (visitText is not null && visitInfo.Count < 100_000) visitInfo[visitText] = (w, lastVisitNumber, lastVisitIndex);
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
                            else value = Normalize(v / 10m);
                        }
                        else if (v is < 0 or > 10)
                            r.Problem(ExportColumns.Aval, r.Raw(ExportColumns.Aval), $"outside 0-10 for the rating scale {param.Code}" + (v is > 10 and <= 100 ? " (if it is a 0-100 VAS, list it in LoadOptions.VasParameters)" : ""));
                    }
                    else if (param.Known && v < 0)
                        r.Problem(ExportColumns.Aval, r.Raw(ExportColumns.Aval), $"negative value for {param.Code}");
                }
                var day = r.Integer(ExportColumns.Ady);
                if (id is null || param is null || week is null) return;
                if (duplicates.Earlier(lastSubject, DuplicateFinder.Key(param.Index, lastVisitNumber), r.Line) is long first)
                {
                    r.Problem(ExportColumns.ParamCd, param.Code,
                        $"duplicate record: subject {id}, AVISITN {week.Value.ToString(Inv)} already has {param.Code} on line {first.ToString(Inv)}");
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
        store.DuplicatesRuledOut = true; // every duplicate was reported above (data with problems never become a TrialData)
        return store;
    }

    // ----------------------------------------------------------------------------------------- adae

    private static List<AdverseEvent> ReadAdverseEvents(TableSource source, SubjectIndex subjects, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var list = new List<AdverseEvent>();
        ReadTable(source, options, p, files,
            required: [ExportColumns.UsubjId, ExportColumns.AeBodSys, ExportColumns.AeDecod, ExportColumns.AeSev, ExportColumns.AeSer],
            optional: [ExportColumns.AstDt, ExportColumns.AeRel, ExportColumns.AeAcn, ExportColumns.AeOut, ExportColumns.TrtEmFl],
            r =>
            {
                var id = r.Subject(subjects);
                var soc = r.Text(ExportColumns.AeBodSys, required: true, "missing system organ class (is the event coded?)");
                var pt = r.Text(ExportColumns.AeDecod, required: true, "missing preferred term (is the event coded?)");
                AeSeverity? severity = null;
                var sev = r.Text(ExportColumns.AeSev, required: false);
                if (sev is not null)
                {
                    severity = sev.ToUpperInvariant() switch
                    {
                        "MILD" => AeSeverity.Mild,
                        "MODERATE" => AeSeverity.Moderate,
                        "SEVERE" => AeSeverity.Severe,
                        _ => null,
                    };
                    if (severity is null) r.Problem(ExportColumns.AeSev, sev, "not a severity: expected MILD, MODERATE or SEVERE");
                }
                var serious = r.Flag(ExportColumns.AeSer, required: false);
                var start = r.Date(ExportColumns.AstDt);
                var emergent = r.Flag(ExportColumns.TrtEmFl, required: false);
                if (!r.Ok) return;
                list.Add(new AdverseEvent
                {
                    UsubjId = id!,
                    Soc = r.Intern(soc!),
                    Pt = r.Intern(pt!),
                    StartDate = start,
                    Severity = severity,
                    Serious = serious,
                    Relationship = r.Intern(r.Text(ExportColumns.AeRel, false)),
                    ActionTaken = r.Intern(r.Text(ExportColumns.AeAcn, false)),
                    Outcome = r.Intern(r.Text(ExportColumns.AeOut, false)),
                    TreatmentEmergentFlag = emergent,
                    Position = r.Position,
                });
            },
            out _);
        return list;
    }

    // ----------------------------------------------------------------------------------------- adex

    private static List<ExposureRecord> ReadExposures(TableSource source, SubjectIndex subjects, LoadOptions options, ProblemCollector p, List<SourceFile> files)
    {
        var list = new List<ExposureRecord>();
        ReadTable(source, options, p, files,
            required: [ExportColumns.UsubjId, ExportColumns.ExTrt],
            optional: [ExportColumns.ExDose, ExportColumns.ExDosu, ExportColumns.AstDt],
            r =>
            {
                var id = r.Subject(subjects);
                var treatment = r.Text(ExportColumns.ExTrt, required: true);
                var dose = r.Number(ExportColumns.ExDose, required: false);
                if (dose < 0) r.Problem(ExportColumns.ExDose, r.Raw(ExportColumns.ExDose), "negative dose");
                var date = r.Date(ExportColumns.AstDt);
                if (!r.Ok) return;
                list.Add(new ExposureRecord
                {
                    UsubjId = id!,
                    Treatment = r.Intern(treatment!),
                    Dose = dose,
                    DoseUnit = r.Intern(r.Text(ExportColumns.ExDosu, false)),
                    Date = date,
                    Position = r.Position,
                });
            },
            out _);
        return list;
    }

    // ----------------------------------------------------------------------------------------- table driver

    /// <summary>
    /// Opens a table, resolves its columns, checks field counts and read errors, and calls <paramref name="row"/> for every
    /// structurally sound row. Always drains the rows (closing the file). Returns false when the table could not be read
    /// or lacks a required column (rows are then not validated).
    /// </summary>
    private static bool ReadTable(TableSource source, LoadOptions options, ProblemCollector p, List<SourceFile> files,
        string[] required, string[] optional, Action<RowScope> row, out long rowCount, Action<RowScope>? salvage = null)
    {
        rowCount = 0;
        var file = source.FileName;
        RawTable table;
        try
        {
            table = source.Open();
        }
        catch (TrialDataException e)
        {
            foreach (var problem in e.Problems) p.Add(problem);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            p.Add(file, 0, "", "", "cannot read the file: " + e.Message);
            return false;
        }
        file = table.FileName;

        var scope = new RowScope(file, p);
        var columnsOk = table.Header.Count > 0 && scope.ResolveColumns(table, options, required, optional);
        if (columnsOk) table.Columns.Wanted = scope.ReadColumns(table.Header.Count);
        if (table.Header.Count == 0) p.Add(file, 0, "", "", "the file is empty (no header row)");
        long count = 0;
        try
        {
            foreach (var raw in RowPrefetch.Of(table.Rows)) // read ahead on another thread while this one converts
            {
                count++;
                if (!columnsOk) continue;
                scope.Begin(raw);
                if (raw.ReadError is not null || raw.Fields.Length != table.Header.Count)
                {
                    p.Add(file, raw.Line, "", "", raw.ReadError ?? $"the row has {raw.Fields.Length} fields but the header has {table.Header.Count}");
                    salvage?.Invoke(scope);
                    continue;
                }
                scope.CheckControlCharacters();
                row(scope);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            p.Add(file, 0, "", "", "cannot read the file: " + e.Message);
            return false;
        }
        catch (CsvFormatException e)
        {
            p.Add(file, e.LineNumber, "", "", "malformed CSV: " + e.Message);
            return false;
        }
        catch (TrialDataException e)
        {
            foreach (var problem in e.Problems) p.Add(problem);
            return false;
        }
        rowCount = count;
        files.Add(new SourceFile(file, table.Sha256(), checked((int)count)));
        return columnsOk;
    }

    /// <summary>The current row of a table with typed, problem-reporting accessors by canonical column name.</summary>
    private sealed class RowScope(string file, ProblemCollector problems)
    {
        // Keyed by the canonical-name instances passed in required/optional (the ExportColumns constants), so lookups by
        // those constants compare references, not characters.
        private readonly Dictionary<string, int> _index = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, string> _upperPool = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private readonly HashSet<string> _damaged = new(ReferenceEqualityComparer.Instance);
        private RawRow _row;

        public bool Ok { get; private set; }
        public long Line => _row.Line;
        public SourcePosition Position => new(file, _row.Line);

        public bool ResolveColumns(RawTable table, LoadOptions options, string[] required, string[] optional)
        {
            var wanted = new HashSet<string>([.. required, .. optional], StringComparer.Ordinal);
            for (var i = 0; i < table.Header.Count; i++)
            {
                var written = (table.Header[i] ?? "").Trim();
                var canonical = options.ColumnMap.TryGetValue(written, out var mapped) ? mapped : written.ToUpperInvariant();
                if (!wanted.TryGetValue(canonical, out var constant)) continue; // unknown columns are ignored
                canonical = constant;
                if (!_index.TryAdd(canonical, i))
                    problems.Add(file, table.HeaderLine, canonical, written,
                        $"column {canonical} appears twice (columns {(_index[canonical] + 1).ToString(Inv)} and {(i + 1).ToString(Inv)}{(options.ColumnMap.Count > 0 ? ", after applying the column map" : "")})");
            }
            var ok = true;
            foreach (var header in table.Header)
            {
                if (ControlCharacter(header) is not { } c) continue;
                ok = false;
                problems.Add(file, table.HeaderLine, "", header ?? "", $"control character U+{(int)c:X4} in a column name: binary data or a damaged header");
            }
            foreach (var name in required)
            {
                if (_index.ContainsKey(name)) continue;
                ok = false;
                problems.Add(file, table.HeaderLine, name, "",
                    $"required column {name} is missing (columns found: {string.Join(", ", table.Header.Select(h => (h ?? "").Trim()))}; " +
                    "a column named differently can be mapped to it with a column map)");
            }
            return ok;
        }

        public void Begin(RawRow row)
        {
            _row = row;
            Ok = true;
            _damaged.Clear();
        }

        /// <summary>
        /// Reports fields of known columns holding control characters (C0 other than tab, CR and LF, or DEL): binary data or
        /// a damaged file, which must not load as text that merely looks right.
        /// </summary>
        /// <summary>Per header column, whether a known column is there (the reader need not make strings of the others).</summary>
        public bool[] ReadColumns(int headerCount)
        {
            var wanted = new bool[headerCount];
            foreach (var i in _index.Values) wanted[i] = true;
            _columns = [.. _index];
            return wanted;
        }

        private KeyValuePair<string, int>[]? _columns;

        public void CheckControlCharacters()
        {
            foreach (var (column, i) in _columns ?? [.. _index])
            {
                if (i < _row.Fields.Length && ControlCharacter(_row.Fields[i]) is { } c)
                {
                    Problem(column, _row.Fields[i], $"control character U+{(int)c:X4} in the value: binary data or a damaged file");
                    _damaged.Add(column); // one problem per field: the accessors do not report it again
                }
            }
        }

        private static char? ControlCharacter(string? s)
        {
            if (s is null) return null;
            var i = s.AsSpan().IndexOfAny(ControlCharacters); // vectorized: this runs on every field of every row
            return i < 0 ? null : s[i];
        }

        /// <summary>C0 controls other than tab, CR and LF, and DEL.</summary>
        private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
            [.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\r' or '\n')).Select(c => (char)c), '\u007f']);

        public void Problem(string column, string? value, string reason)
        {
            if (_damaged.Count == 0 || !_damaged.Contains(column)) problems.Add(file, _row.Line, column, value, reason);
            Ok = false;
        }

        /// <summary>The trimmed field, or null when the column is absent or the field empty.</summary>
        public string? Raw(string column)
        {
            if (!_index.TryGetValue(column, out var i) || i >= _row.Fields.Length) return null;
            var s = _row.Fields[i];
            if (string.IsNullOrEmpty(s)) return null;
            if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) s = s.Trim();
            return s.Length == 0 ? null : s;
        }

        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(s))]
        public string? Intern(string? s)
        {
            if (s is null) return null;
            if (_pool.TryGetValue(s, out var pooled)) return pooled;
            if (_pool.Count < 100_000) _pool[s] = s;
            return s;
        }

        /// <summary>The upper-case form of a code, pooled (one string per distinct code).</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(s))]
        public string? InternUpper(string? s)
        {
            if (s is null) return null;
            if (_upperPool.TryGetValue(s, out var upper)) return upper;
            upper = Intern(s.ToUpperInvariant());
            if (_upperPool.Count < 100_000) _upperPool[s] = upper;
            return upper;
        }

        public string? Text(string column, bool required, string? missingReason = null)
        {
            var s = Raw(column);
            if (s is null && required) Problem(column, "", missingReason ?? "missing value");
            return s;
        }

        public bool? Flag(string column, bool required)
        {
            var s = Raw(column);
            if (s is null)
            {
                if (required) Problem(column, "", "missing Y/N flag");
                return null;
            }
            if (s.Length == 1)
            {
                if (s[0] is 'Y' or 'y') return true;
                if (s[0] is 'N' or 'n') return false;
            }
            Problem(column, s, "not a Y/N flag");
            return null;
        }

        /// <summary>The field as an exact decimal; <paramref name="normalized"/> also drops trailing zeros (as <see cref="Normalize"/>).</summary>
        public decimal? Number(string column, bool required, bool normalized = false)
        {
            var s = Raw(column);
            if (s is null)
            {
                if (required) Problem(column, "", "missing number");
                return null;
            }
            if (normalized && TryParsePlainDecimal(s, out var plain)) return plain;
            if (decimal.TryParse(s, DecimalStyle, Inv, out var d))
            {
                if (IsExact(s, d)) return normalized ? Normalize(d) : d;
                Problem(column, s, $"too many digits to keep exactly (a decimal holds 28 significant digits and 28 decimal places): it would load as {d.ToString(Inv)}");
                return null;
            }
            Problem(column, s, s.Contains(',')
                ? "not a number: use '.' as the decimal separator and no thousands separator"
                : "not a number");
            return null;
        }

        public int? Integer(string column)
        {
            var s = Raw(column);
            if (s is null) return null;
            if (int.TryParse(s, NumberStyles.AllowLeadingSign, Inv, out var n)) return n;
            // Numeric sources (SAS transport) may hold whole numbers as 12 or 12.0.
            if (decimal.TryParse(s, DecimalStyle, Inv, out var d) && IsExact(s, d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue) return (int)d;
            Problem(column, s, "not a whole number");
            return null;
        }

        public DateOnly? Date(string column)
        {
            var s = Raw(column);
            if (s is null) return null;
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d)) return d;
            Problem(column, s, "not a date in ISO 8601 form YYYY-MM-DD");
            return null;
        }

        /// <summary>The USUBJID of a record of adeff/adae/adex: required and known to adsl (the adsl string instance is returned).</summary>
        public string? Subject(SubjectIndex subjects)
        {
            var id = Text(ExportColumns.UsubjId, required: true);
            if (id is null || subjects.Lines is null) return id;
            if (subjects.Ids.TryGetValue(id, out var known)) return known;
            Problem(ExportColumns.UsubjId, id, "unknown subject: not in " + subjects.FileName);
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="d"/>, parsed from <paramref name="s"/> by <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>,
    /// is exactly the number written: decimal parsing rounds silently beyond 28-29 significant digits or 28 decimal places
    /// (1e-70 becomes 0). Compares the significant digits and the exponent of the text with those of the decimal.
    /// </summary>
    internal static bool IsExact(string s, decimal d)
    {
        // Fast path (almost every value): at most 28 characters and no exponent means at most 28 digits, which a decimal
        // holds exactly (mantissa below 10^28 < 2^96, scale at most 27).
        if (s.Length <= 28 && s.AsSpan().IndexOfAny('e', 'E') < 0) return true;
        // The text: mantissa digits (sign and '.' skipped) and a power of ten.
        var digits = new System.Text.StringBuilder(s.Length);
        long exponent = 0;
        var afterPoint = false;
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.') { afterPoint = true; continue; }
            if (c is 'e' or 'E') break;
            digits.Append(c);
            if (afterPoint) exponent--;
        }
        if (i < s.Length)
        {
            if (!long.TryParse(s.AsSpan(i + 1), NumberStyles.AllowLeadingSign, Inv, out var e) || Math.Abs(e) > 1_000_000_000) return false;
            exponent += e;
        }
        var text = digits.ToString().TrimStart('0');
        var trimmed = text.TrimEnd('0');
        exponent += text.Length - trimmed.Length;
        // The decimal: a 96-bit integer mantissa and a scale.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var mantissa = new UInt128((uint)bits[2], (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        long scale = (bits[3] >> 16) & 0xFF;
        if (mantissa == 0) return trimmed.Length == 0;
        while (mantissa % 10 == 0) { mantissa /= 10; scale--; }
        return trimmed == mantissa.ToString(Inv) && exponent == -scale;
    }

    /// <summary>
    /// Parses the common plain form of a number, an optional '-', digits, optionally '.' and digits (at least one digit on
    /// each side of the point, at most 18 digits in all, not zero), straight into the decimal that
    /// <c>Normalize(decimal.Parse(s))</c> gives: trailing zeros of the fraction dropped. False for anything else, which then
    /// takes the general path (exponents, '+', zeros, more digits).
    /// </summary>
    internal static bool TryParsePlainDecimal(string s, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = s.Length > 0 && s[0] == '-';
        if (negative) i = 1;
        long mantissa = 0;
        int digits = 0, scale = 0, point = -1;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.')
            {
                if (point >= 0) return false;
                point = i;
                continue;
            }
            if ((uint)(c - '0') > 9 || ++digits > 18) return false;
            mantissa = mantissa * 10 + (c - '0');
            if (point >= 0) scale++;
        }
        if (digits == 0 || mantissa == 0 || point == (negative ? 1 : 0) || point == s.Length - 1) return false;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>Removes trailing zeros of a decimal (12.0 -> 12) so equal values print alike.</summary>
    internal static decimal Normalize(decimal d)
    {
        if (d.Scale == 0) return d;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var mantissa = new UInt128((uint)bits[2], (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        return mantissa % 10 == 0 ? d / 1.0000000000000000000000000000m : d; // the division drops trailing zeros
    }
}
