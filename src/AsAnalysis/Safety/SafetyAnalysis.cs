using System.Runtime.InteropServices;
using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>
/// Safety tables per arm of the safety population (SAFFL = Y, by actual arm TRT01A): TEAE overview, SOC/PT incidence,
/// maximum severity, relationship, between-arm risk differences, exposure-adjusted rates and the exposure summary.
/// Conventions: docs/safety.md.
/// </summary>
public static class SafetyAnalysis
{
    /// <summary>Label used for an AE whose SOC or PT is blank.</summary>
    public const string UncodedTerm = "UNCODED";

    /// <summary>Runs the safety analysis.</summary>
    /// <param name="data">The trial data (subjects, adverse events, optional exposure).</param>
    /// <param name="options">Options; <c>null</c> = <see cref="SafetyOptions.Default"/> (no control arm: per-arm tables only).</param>
    /// <returns>Every table, with the data-handling counts.</returns>
    /// <exception cref="ArgumentException">The safety population is empty, or the control or sort arm is not an arm of it.</exception>
    public static SafetyResults Run(TrialData data, SafetyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= SafetyOptions.Default;
        return new Engine(data, options).Run();
    }

    /// <summary>
    /// One treatment-emergent AE record with its effective (imputed) attributes. <c>SubjectIndex</c> is the subject's
    /// position in the engine's safety population (the index of the per-subject arrays), <c>Arm</c> the position of its
    /// actual arm in the ordinal list of arms.
    /// </summary>
    private sealed record Teae(
        int SubjectIndex,
        int Arm,
        string Soc,
        string Pt,
        AeSeverity? Severity,
        bool? Related,
        bool Serious,
        bool LeadsToDiscontinuation,
        bool Fatal,
        DateOnly? Onset);

    /// <summary>Time at risk of one safety subject (start = TRTSDT, end = end of risk).</summary>
    private readonly record struct RiskWindow(DateOnly Start, DateOnly End);

    /// <summary>The TEAEs of one SOC and of each of its PTs, each list in file order (PTs in order of first appearance).</summary>
    private sealed class SocRecords
    {
        public List<Teae> Records { get; } = [];
        public Dictionary<string, List<Teae>> ByPt { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A set of subject indexes that is emptied in constant time (a generation stamp per subject); reused row after row.</summary>
    private sealed class SubjectSet(int subjects)
    {
        private readonly int[] _stamp = new int[subjects];
        private int _generation = 1;

        public void Clear() => _generation++;

        /// <summary>Adds a subject; false when it is already in the set.</summary>
        public bool Add(int subject)
        {
            if (_stamp[subject] == _generation) return false;
            _stamp[subject] = _generation;
            return true;
        }
    }

    /// <summary>
    /// Dose totals of one treatment and unit: one slot per subject with a dose of it (slots in order of the subject's
    /// first record, each total summed in file order). Sparse, so that many treatments or units cost no more than the records.
    /// </summary>
    private sealed class DoseTotals
    {
        private readonly Dictionary<int, int> _slotOf = [];
        private readonly List<decimal> _totals = [];

        /// <summary>The subject index of each slot.</summary>
        public List<int> Subjects { get; } = [];

        /// <summary>The slot of a subject, created (with a zero total) on its first record.</summary>
        public int SlotOf(int subject)
        {
            if (!_slotOf.TryGetValue(subject, out var slot))
            {
                slot = Subjects.Count;
                _slotOf.Add(subject, slot);
                Subjects.Add(subject);
                _totals.Add(0m);
            }
            return slot;
        }

        public void Add(int slot, decimal dose) => CollectionsMarshal.AsSpan(_totals)[slot] += dose;

        public decimal Total(int slot) => _totals[slot];
    }

    /// <summary>
    /// The analysis. Subjects of the safety population are numbered by their position in file order; the per-subject
    /// facts (arm, time at risk) are arrays by that number, and the TEAEs are indexed once by SOC, PT and overview
    /// category, so that each table row reads only its own records.
    /// </summary>
    private sealed class Engine
    {
        private readonly TrialData _data;
        private readonly SafetyOptions _o;
        private readonly Dictionary<SafetyHandling, int> _handling = [];
        private readonly List<Subject> _safety;                          // the safety population in file order: subject index = position
        private readonly Dictionary<string, int> _indexOf = new(StringComparer.Ordinal); // USUBJID -> subject index
        private readonly string[] _arms;                                 // actual arms, ordinal order: arm index = position
        private readonly Dictionary<string, int> _n;
        private readonly int[] _armOf;                                   // arm index by subject index
        private readonly int[][] _armSubjects;                           // subject indexes of each arm, file order
        private readonly List<Teae> _teaes = [];                         // file order
        private readonly Dictionary<string, SocRecords> _bySoc = new(StringComparer.Ordinal);
        private readonly Dictionary<OverviewCategory, List<Teae>> _byCategory = [];
        private readonly RiskWindow?[] _risk;                            // by subject index; null: no time at risk
        private readonly int[] _armSubjectsAtRisk;
        private readonly long[] _armDaysAtRisk;

        // Scratch space of the row computations (one row at a time).
        private readonly SubjectSet _seen;
        private readonly List<int> _touched = [];
        private readonly DateOnly[] _firstOnset;

        public Engine(TrialData data, SafetyOptions options)
        {
            _data = data;
            _o = options;
            _safety = data.Subjects.Where(s => s.Safety).ToList();
            _arms = _safety.Select(s => s.ActualArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (_arms.Length == 0) throw new ArgumentException("The safety population (SAFFL = Y) is empty.", nameof(data));
            var armIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int k = 0; k < _arms.Length; k++) armIndex.Add(_arms[k], k);
            _armOf = new int[_safety.Count];
            var members = _arms.Select(_ => new List<int>()).ToArray();
            for (int i = 0; i < _safety.Count; i++)
            {
                _indexOf.Add(_safety[i].UsubjId, i);
                _armOf[i] = armIndex[_safety[i].ActualArm];
                members[_armOf[i]].Add(i);
            }
            _armSubjects = members.Select(m => m.ToArray()).ToArray();
            _n = armIndex.ToDictionary(kv => kv.Key, kv => _armSubjects[kv.Value].Length, StringComparer.Ordinal);
            if (_o.ControlArm is not null && !_n.ContainsKey(_o.ControlArm))
                throw new ArgumentException($"The control arm '{_o.ControlArm}' is not an actual arm of the safety population ({string.Join(", ", _arms)}).", nameof(options));
            if (_o.SortArm is not null && !_n.ContainsKey(_o.SortArm))
                throw new ArgumentException($"The sort arm '{_o.SortArm}' is not an actual arm of the safety population ({string.Join(", ", _arms)}).", nameof(options));
            _risk = new RiskWindow?[_safety.Count];
            _armSubjectsAtRisk = new int[_arms.Length];
            _armDaysAtRisk = new long[_arms.Length];
            _seen = new SubjectSet(_safety.Count);
            _firstOnset = new DateOnly[_safety.Count];
        }

        /// <summary>N of the arm at position <paramref name="arm"/>.</summary>
        private int N(int arm) => _armSubjects[arm].Length;

        private void Count(SafetyHandling kind, int by = 1)
        {
            if (by == 0) return;
            _handling[kind] = _handling.GetValueOrDefault(kind) + by;
        }

        public SafetyResults Run()
        {
            Count(SafetyHandling.SubjectNotInSafetyPopulation, _data.Subjects.Count - _safety.Count);
            SelectTreatmentEmergent();
            DeriveTimeAtRisk();

            var arms = _arms.Select(a => new SafetyArm(a, _n[a])).ToReadOnly();
            var overview = BuildOverview();
            var socPt = BuildSocPt();
            var shownTerms = socPt.Rows.Select(r => r.Term).ToArray();
            var terms = shownTerms.Prepend(SafetyTerm.Overall).ToArray();
            var severity = SeverityBreakdowns(terms);
            var relationship = RelationshipBreakdowns(terms);

            var incidenceRows = overview.Select(r => (r.Key, r.Cells)).Concat(socPt.Rows.Select(r => (r.Key, r.Cells))).ToArray();
            var comparisons = new List<TermComparison>();
            if (_o.ControlArm is { } control)
            {
                foreach (var (key, cells) in incidenceRows)
                {
                    var c = cells.Single(x => x.Arm == control);
                    foreach (var t in cells.Where(x => x.Arm != control))
                    {
                        var table = new TwoByTwoTable(t.Subjects, t.N, c.Subjects, c.N);
                        comparisons.Add(new TermComparison(key, t.Arm, control,
                            ProportionDifference.Estimate(table, _o.DifferenceMethod, _o.ConfidenceLevel),
                            TwoByTwoTests.Fisher(table)));
                    }
                }
            }

            var rateKeys = overview.Where(r => r.Category != OverviewCategory.Death).Select(r => r.Key)
                .Concat(socPt.Rows.Select(r => r.Key));
            var rates = rateKeys.Select(Rates).ToReadOnly();
            var exposure = BuildExposure();

            var handling = _handling.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key)
                .Select(kv => new SafetyHandlingCount(kv.Key, kv.Value)).ToReadOnly();
            return new SafetyResults(_o, arms, overview, socPt, severity, relationship, comparisons.ToReadOnly(), rates, exposure, handling);
        }

        // ---- treatment emergence -------------------------------------------------------------------------

        private void SelectTreatmentEmergent()
        {
            bool flagExported = _data.AdverseEvents.Any(a => a.TreatmentEmergentFlag is not null);
            foreach (var ae in _data.AdverseEvents)
            {
                if (!_indexOf.TryGetValue(ae.UsubjId, out var subject))
                {
                    Count(SafetyHandling.AeOfSubjectOutsideSafetyPopulation);
                    continue;
                }
                bool useFlag = _o.TreatmentEmergent switch
                {
                    TreatmentEmergentRule.FlagWhenExported => flagExported,
                    TreatmentEmergentRule.FlagElseDerivedPerRecord => ae.TreatmentEmergentFlag is not null,
                    _ => false,
                };
                if (useFlag)
                {
                    if (ae.TreatmentEmergentFlag != true)
                    {
                        Count(SafetyHandling.AeFlaggedNotTreatmentEmergent);
                        continue;
                    }
                }
                else if (!IsDerivedEmergent(ae, _safety[subject]))
                {
                    continue;
                }
                AddTeae(ae, subject);
            }
        }

        private bool IsDerivedEmergent(AdverseEvent ae, Subject s)
        {
            if (s.TreatmentStart is not { } start)
            {
                Count(SafetyHandling.AeSubjectWithoutTreatmentStart);
                return false;
            }
            if (ae.StartDate is not { } onset)
            {
                if (_o.MissingStartDateIsTreatmentEmergent)
                {
                    Count(SafetyHandling.AeMissingStartDateCountedEmergent);
                    return true;
                }
                Count(SafetyHandling.AeMissingStartDateExcluded);
                return false;
            }
            if (onset < start)
            {
                Count(SafetyHandling.AeBeforeTreatmentStart);
                return false;
            }
            if (_o.TreatmentEmergentWindowDays is { } w && s.TreatmentEnd is { } end && onset > end.AddDays(w))
            {
                Count(SafetyHandling.AeAfterTreatmentEmergentWindow);
                return false;
            }
            return true;
        }

        /// <summary>Adds a TEAE of the safety subject at position <paramref name="subject"/>, and indexes it by SOC and PT.</summary>
        private void AddTeae(AdverseEvent ae, int subject)
        {
            var s = _safety[subject];
            var severity = ae.Severity;
            if (severity is null)
            {
                Count(SafetyHandling.TeaeMissingSeverityImputed);
                severity = _o.MissingSeverityAs;
            }
            var related = ae.IsRelated;
            if (related is null)
            {
                Count(SafetyHandling.TeaeMissingRelationship);
                related = _o.MissingRelationship switch
                {
                    MissingRelationshipRule.Related => true,
                    MissingRelationshipRule.NotRelated => false,
                    _ => null,
                };
            }
            if (ae.Serious is null) Count(SafetyHandling.TeaeMissingSeriousness);
            if (ae.StartDate is null) Count(SafetyHandling.TeaeOnsetImputedAsTreatmentStart);
            var teae = new Teae(
                subject,
                _armOf[subject],
                string.IsNullOrWhiteSpace(ae.Soc) ? UncodedTerm : ae.Soc,
                string.IsNullOrWhiteSpace(ae.Pt) ? UncodedTerm : ae.Pt,
                severity,
                related,
                ae.Serious ?? _o.MissingSeriousIsSerious,
                ae.LedToDiscontinuation,
                ae.Outcome is not null && ae.Outcome.Trim().Equals("FATAL", StringComparison.OrdinalIgnoreCase),
                ae.StartDate ?? s.TreatmentStart);
            _teaes.Add(teae);
            if (!_bySoc.TryGetValue(teae.Soc, out var soc)) _bySoc.Add(teae.Soc, soc = new SocRecords());
            soc.Records.Add(teae);
            if (!soc.ByPt.TryGetValue(teae.Pt, out var pt)) soc.ByPt.Add(teae.Pt, pt = []);
            pt.Add(teae);
        }

        // ---- counting --------------------------------------------------------------------------------------

        /// <summary>Per arm: subjects with at least one of the records (each once) and the number of records.</summary>
        private IReadOnlyList<SafetyCell> Cells(List<Teae> records)
        {
            var subjects = new int[_arms.Length];
            var events = new int[_arms.Length];
            _seen.Clear();
            foreach (var t in records)
            {
                events[t.Arm]++;
                if (_seen.Add(t.SubjectIndex)) subjects[t.Arm]++;
            }
            return _arms.Select((a, k) => new SafetyCell(a, N(k), subjects[k], events[k])).ToReadOnly();
        }

        private static bool Matches(Teae t, OverviewCategory category) => category switch
        {
            OverviewCategory.AnyTeae => true,
            OverviewCategory.Serious => t.Serious,
            OverviewCategory.LeadingToDiscontinuation => t.LeadsToDiscontinuation,
            OverviewCategory.Related => t.Related == true,
            OverviewCategory.Severe => t.Severity == AeSeverity.Severe,
            OverviewCategory.Death => t.Fatal,
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
        };

        /// <summary>The TEAEs of a row (file order): an overview category, or any TEAE of a SOC or PT.</summary>
        private List<Teae> Records(SafetyRowKey key) =>
            key.Term.Level == TermLevel.Overall ? RecordsOf(key.Category) : TermRecords(key.Term);

        /// <summary>The TEAEs of an overview category (filtered once, then kept).</summary>
        private List<Teae> RecordsOf(OverviewCategory category)
        {
            if (!_byCategory.TryGetValue(category, out var records))
            {
                records = category == OverviewCategory.AnyTeae ? _teaes : _teaes.Where(t => Matches(t, category)).ToList();
                _byCategory.Add(category, records);
            }
            return records;
        }

        /// <summary>All TEAEs of a term (file order), from the SOC/PT index.</summary>
        private List<Teae> TermRecords(SafetyTerm term) => term.Level switch
        {
            TermLevel.Overall => _teaes,
            TermLevel.Soc => _bySoc[term.Soc].Records,
            _ => _bySoc[term.Soc].ByPt[term.Pt],
        };

        private IReadOnlyList<OverviewRow> BuildOverview()
        {
            var rows = new List<OverviewRow>();
            foreach (var c in Enum.GetValues<OverviewCategory>())
            {
                if (c == OverviewCategory.Death) continue;
                rows.Add(new OverviewRow(c, Cells(RecordsOf(c))));
            }
            bool deathInformation = _data.Subjects.Any(s => s.Died is not null) || _data.AdverseEvents.Any(a => a.Outcome is not null);
            if (deathInformation)
            {
                var died = _safety.Select(s => s.Died == true).ToArray();
                foreach (var t in _teaes)
                {
                    if (t.Fatal) died[t.SubjectIndex] = true;
                }
                rows.Add(new OverviewRow(OverviewCategory.Death, _arms.Select((a, k) =>
                {
                    int count = _armSubjects[k].Count(i => died[i]);
                    return new SafetyCell(a, N(k), count, count);
                }).ToReadOnly()));
            }
            return rows.ToReadOnly();
        }

        private int SortCount(IReadOnlyList<SafetyCell> cells) =>
            _o.SortArm is null ? cells.Sum(c => c.Subjects) : cells.Single(c => c.Arm == _o.SortArm).Subjects;

        private IEnumerable<T> Sort<T>(IEnumerable<T> rows, Func<T, string> name, Func<T, IReadOnlyList<SafetyCell>> cells)
        {
            var ordered = _o.SortOrder == TermSortOrder.DescendingFrequency
                ? rows.OrderByDescending(r => SortCount(cells(r))).ThenBy(name, StringComparer.OrdinalIgnoreCase)
                : rows.OrderBy(name, StringComparer.OrdinalIgnoreCase);
            return ordered.ThenBy(name, StringComparer.Ordinal);
        }

        private SocPtTable BuildSocPt()
        {
            var blocks = new List<SocBlock>();
            int ptCount = 0, shown = 0;
            var socs = _bySoc.Select(kv => (Row: new TermRow(SafetyTerm.ForSoc(kv.Key), Cells(kv.Value.Records)), kv.Value.ByPt)).ToList();
            foreach (var (socRow, byPt) in Sort(socs, x => x.Row.Term.Soc, x => x.Row.Cells))
            {
                var pts = byPt.Select(kv => new TermRow(SafetyTerm.ForPt(socRow.Term.Soc, kv.Key), Cells(kv.Value))).ToList();
                ptCount += pts.Count;
                var kept = Sort(pts.Where(PassesIncidence), r => r.Term.Pt, r => r.Cells).ToReadOnly();
                shown += kept.Count;
                if (kept.Count > 0) blocks.Add(new SocBlock(socRow, kept));
            }
            return new SocPtTable(blocks.ToReadOnly(), _o.MinimumIncidence, ptCount, shown);
        }

        private bool PassesIncidence(TermRow row) => _o.MinimumIncidence == 0 || row.Cells.Any(c => c.Proportion >= _o.MinimumIncidence);

        private IReadOnlyList<TermBreakdown<SeverityCategory>> SeverityBreakdowns(SafetyTerm[] terms)
        {
            var categories = _o.MissingSeverityAs is null
                ? Enum.GetValues<SeverityCategory>()
                : [SeverityCategory.Mild, SeverityCategory.Moderate, SeverityCategory.Severe];
            var maximum = new SeverityCategory[_safety.Count];
            return terms.Select(term => new TermBreakdown<SeverityCategory>(term,
                Breakdown(TermRecords(term), categories, SeverityOf, SeverityRank, maximum))).ToReadOnly();
        }

        private static SeverityCategory SeverityOf(Teae t) => t.Severity switch
        {
            AeSeverity.Mild => SeverityCategory.Mild,
            AeSeverity.Moderate => SeverityCategory.Moderate,
            AeSeverity.Severe => SeverityCategory.Severe,
            _ => SeverityCategory.Missing,
        };

        /// <summary>A subject's maximum severity is its records' category of highest rank: SEVERE, then missing, then MODERATE, then MILD.</summary>
        private static int SeverityRank(SeverityCategory c) => c switch
        {
            SeverityCategory.Severe => 3,
            SeverityCategory.Missing => 2,
            SeverityCategory.Moderate => 1,
            _ => 0,
        };

        private IReadOnlyList<TermBreakdown<RelationshipCategory>> RelationshipBreakdowns(SafetyTerm[] terms)
        {
            var categories = _o.MissingRelationship == MissingRelationshipRule.Missing
                ? Enum.GetValues<RelationshipCategory>()
                : [RelationshipCategory.Related, RelationshipCategory.NotRelated];
            var relationship = new RelationshipCategory[_safety.Count];
            return terms.Select(term => new TermBreakdown<RelationshipCategory>(term,
                Breakdown(TermRecords(term), categories, RelationshipOf, RelationshipRank, relationship))).ToReadOnly();
        }

        private static RelationshipCategory RelationshipOf(Teae t) => t.Related switch
        {
            true => RelationshipCategory.Related,
            false => RelationshipCategory.NotRelated,
            null => RelationshipCategory.Missing,
        };

        /// <summary>A subject's relationship is its records' category of highest rank: related, then missing, then not related.</summary>
        private static int RelationshipRank(RelationshipCategory c) => c switch
        {
            RelationshipCategory.Related => 2,
            RelationshipCategory.Missing => 1,
            _ => 0,
        };

        /// <summary>
        /// One breakdown of a row's records: per category and arm, the records of that category, and the subjects whose
        /// category (the highest-ranked among their records) is that one. <paramref name="subjectCategory"/> is scratch
        /// space by subject index (the category of each subject met so far in this row).
        /// </summary>
        private IReadOnlyList<CategoryRow<TCategory>> Breakdown<TCategory>(
            List<Teae> records,
            TCategory[] categories,
            Func<Teae, TCategory> recordCategory,
            Func<TCategory, int> rank,
            TCategory[] subjectCategory)
            where TCategory : struct, Enum
        {
            var subjects = new int[categories.Length, _arms.Length];
            var events = new int[categories.Length, _arms.Length];
            _seen.Clear();
            _touched.Clear();
            foreach (var t in records)
            {
                var category = recordCategory(t);
                int row = Array.IndexOf(categories, category);
                if (row >= 0) events[row, t.Arm]++;
                if (_seen.Add(t.SubjectIndex))
                {
                    subjectCategory[t.SubjectIndex] = category;
                    _touched.Add(t.SubjectIndex);
                }
                else if (rank(category) > rank(subjectCategory[t.SubjectIndex]))
                {
                    subjectCategory[t.SubjectIndex] = category;
                }
            }
            foreach (var i in _touched)
            {
                int row = Array.IndexOf(categories, subjectCategory[i]);
                if (row >= 0) subjects[row, _armOf[i]]++;
            }
            return categories.Select((c, row) => new CategoryRow<TCategory>(c,
                _arms.Select((a, k) => new SafetyCell(a, N(k), subjects[row, k], events[row, k])).ToReadOnly())).ToReadOnly();
        }

        // ---- exposure-adjusted rates ------------------------------------------------------------------------

        /// <summary>The time at risk of each safety subject, and per arm the subjects at risk and their total days.</summary>
        private void DeriveTimeAtRisk()
        {
            for (int i = 0; i < _safety.Count; i++)
            {
                var s = _safety[i];
                if (s.TreatmentStart is { } start && EndOfRisk(s) is { } end && end >= start)
                {
                    _risk[i] = new RiskWindow(start, end);
                    _armSubjectsAtRisk[_armOf[i]]++;
                    _armDaysAtRisk[_armOf[i]] += Days(start, end);
                }
                else
                {
                    Count(SafetyHandling.SubjectWithoutTimeAtRisk);
                }
            }
        }

        /// <summary>min(TRTEDT + window, EOSDT, data cut-off) over those known; else TRTEDT; else unknown.</summary>
        private DateOnly? EndOfRisk(Subject s)
        {
            DateOnly? end = null;
            void Take(DateOnly? d)
            {
                if (d is { } v && (end is null || v < end)) end = v;
            }
            if (_o.TreatmentEmergentWindowDays is { } w && s.TreatmentEnd is { } te) Take(te.AddDays(w));
            Take(s.EndOfStudyDate);
            Take(_o.DataCutoff);
            return end ?? s.TreatmentEnd;
        }

        private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber + 1;

        private ExposureAdjustedRate Rates(SafetyRowKey key)
        {
            // Subjects at risk with an event in the row: their events and first onset. Every other subject at risk counts
            // its full time at risk, so the days to the first event start from the arm's total days at risk and each
            // subject with an event replaces its full time by its time to the first event (integer days: exact).
            var events = new int[_arms.Length];
            var withEvent = new int[_arms.Length];
            var daysToFirst = (long[])_armDaysAtRisk.Clone();
            _seen.Clear();
            _touched.Clear();
            foreach (var t in Records(key))
            {
                if (_risk[t.SubjectIndex] is not { } w) continue;
                var onset = t.Onset ?? w.Start;
                if (_seen.Add(t.SubjectIndex))
                {
                    _firstOnset[t.SubjectIndex] = onset;
                    _touched.Add(t.SubjectIndex);
                }
                else if (onset < _firstOnset[t.SubjectIndex])
                {
                    _firstOnset[t.SubjectIndex] = onset;
                }
                events[t.Arm]++;
            }
            foreach (var i in _touched)
            {
                var w = _risk[i]!.Value;
                withEvent[_armOf[i]]++;
                daysToFirst[_armOf[i]] += Math.Max(1, Days(w.Start, _firstOnset[i])) - Days(w.Start, w.End);
            }

            var arms = new List<ArmIncidenceRate>();
            var raw = new Dictionary<string, (int Subjects, double YearsToFirst)>(StringComparer.Ordinal);
            for (int k = 0; k < _arms.Length; k++)
            {
                double yearsToFirst = daysToFirst[k] / _o.DaysPerYear, years = _armDaysAtRisk[k] / _o.DaysPerYear;
                raw[_arms[k]] = (withEvent[k], yearsToFirst);
                arms.Add(new ArmIncidenceRate(_arms[k], _armSubjectsAtRisk[k], withEvent[k], yearsToFirst, Scaled(withEvent[k], yearsToFirst),
                    events[k], years, Scaled(events[k], years)));
            }
            var comparisons = new List<RateComparison>();
            if (_o.ControlArm is { } control)
            {
                var c = raw[control];
                foreach (var a in _arms.Where(x => x != control))
                {
                    var t = raw[a];
                    var d = PoissonRate.Difference(t.Subjects, t.YearsToFirst, c.Subjects, c.YearsToFirst, _o.ConfidenceLevel);
                    var r = PoissonRate.Ratio(t.Subjects, t.YearsToFirst, c.Subjects, c.YearsToFirst, _o.ConfidenceLevel);
                    comparisons.Add(new RateComparison(a, control, 100 * d.Estimate, Scale(d.Ci), r.Estimate, r.Ci, r.Test));
                }
            }
            return new ExposureAdjustedRate(key, arms.ToReadOnly(), comparisons.ToReadOnly());
        }

        private ScaledRate Scaled(int events, double years)
        {
            var e = PoissonRate.Estimate(events, years, _o.ConfidenceLevel);
            return new ScaledRate(100 * e.Rate, Scale(e.Ci));
        }

        private static ConfidenceInterval Scale(ConfidenceInterval ci) => new(100 * ci.Lower, 100 * ci.Upper, ci.Level);

        // ---- exposure summary -------------------------------------------------------------------------------

        private IReadOnlyList<ArmExposureSummary> BuildExposure()
        {
            // One pass over ADEX: administrations per subject, and per treatment and unit the dose total of each subject.
            var administrations = new int[_safety.Count];
            var doses = new Dictionary<(string Treatment, string Unit), DoseTotals>();
            int outside = 0, withoutDose = 0;
            string? lastId = null, lastTreatment = null, lastUnit = null;
            int subject = -1, slot = -1;
            DoseTotals? group = null;
            foreach (var x in _data.Exposures)
            {
                // Records come mostly subject by subject and treatment by treatment: look up only on a change.
                if (!string.Equals(x.UsubjId, lastId, StringComparison.Ordinal))
                {
                    lastId = x.UsubjId;
                    subject = _indexOf.TryGetValue(x.UsubjId, out var i) ? i : -1;
                    slot = -1;
                }
                if (subject < 0)
                {
                    outside++;
                    continue;
                }
                administrations[subject]++;
                if (x.Dose is not { } dose)
                {
                    withoutDose++;
                    continue;
                }
                var unit = x.DoseUnit ?? "";
                if (group is null || !string.Equals(x.Treatment, lastTreatment, StringComparison.Ordinal) || !string.Equals(unit, lastUnit, StringComparison.Ordinal))
                {
                    if (!doses.TryGetValue((x.Treatment, unit), out group))
                    {
                        group = new DoseTotals();
                        doses.Add((x.Treatment, unit), group);
                    }
                    (lastTreatment, lastUnit) = (x.Treatment, unit);
                    slot = -1;
                }
                if (slot < 0) slot = group.SlotOf(subject);
                group.Add(slot, dose);
            }
            Count(SafetyHandling.ExposureOfSubjectOutsideSafetyPopulation, outside);
            Count(SafetyHandling.ExposureWithoutDose, withoutDose);

            bool hasAdex = _data.Exposures.Count > 0;
            var doseGroups = doses.OrderBy(kv => kv.Key.Treatment, StringComparer.Ordinal).ThenBy(kv => kv.Key.Unit, StringComparer.Ordinal).ToList();
            return _arms.Select((a, k) =>
            {
                var subjects = _armSubjects[k];
                DescriptiveSummary? perSubject = hasAdex
                    ? Descriptive.Summarize(subjects.Select(i => (double)administrations[i]).ToArray())
                    : null;
                var armDoses = new List<DoseSummary>();
                foreach (var ((treatment, unit), totals) in doseGroups)
                {
                    // The arm's subjects with this dose in USUBJID order; the arm's total is the sum of theirs in that order.
                    var perId = Enumerable.Range(0, totals.Subjects.Count)
                        .Where(j => _armOf[totals.Subjects[j]] == k)
                        .OrderBy(j => _safety[totals.Subjects[j]].UsubjId, StringComparer.Ordinal)
                        .Select(totals.Total).ToArray();
                    if (perId.Length == 0) continue;
                    armDoses.Add(new DoseSummary(treatment, unit, perId.Length, (double)perId.Sum(), Descriptive.Summarize(perId.Select(d => (double)d).ToArray())));
                }
                var durations = subjects.Select(i => _safety[i])
                    .Where(s => s.TreatmentStart is not null && s.TreatmentEnd is not null && s.TreatmentEnd >= s.TreatmentStart)
                    .Select(s => (double)Days(s.TreatmentStart!.Value, s.TreatmentEnd!.Value)).ToArray();
                return new ArmExposureSummary(
                    a,
                    N(k),
                    subjects.Sum(i => administrations[i]),
                    perSubject,
                    armDoses.ToReadOnly(),
                    durations.Length > 0 ? Descriptive.Summarize(durations) : null,
                    _armSubjectsAtRisk[k],
                    _armDaysAtRisk[k] / _o.DaysPerYear);
            }).ToReadOnly();
        }
    }
}
