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
    /// <param name="options">Options; <c>null</c> = defaults (no control arm: per-arm tables only).</param>
    /// <returns>Every table, with the data-handling counts.</returns>
    /// <exception cref="ArgumentException">The safety population is empty, or the control or sort arm is not an arm of it.</exception>
    public static SafetyResults Run(TrialData data, SafetyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new SafetyOptions();
        return new Engine(data, options).Run();
    }

    /// <summary>One treatment-emergent AE record with its effective (imputed) attributes.</summary>
    private sealed record Teae(
        Subject Subject,
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

    private sealed class Engine
    {
        private readonly TrialData _data;
        private readonly SafetyOptions _o;
        private readonly Dictionary<SafetyHandling, int> _handling = [];
        private readonly List<Subject> _safety;
        private readonly string[] _arms;
        private readonly Dictionary<string, int> _n;
        private readonly List<Teae> _teaes = [];
        private readonly Dictionary<string, RiskWindow> _risk = new(StringComparer.Ordinal);

        public Engine(TrialData data, SafetyOptions options)
        {
            _data = data;
            _o = options;
            _safety = data.Subjects.Where(s => s.Safety).ToList();
            _arms = _safety.Select(s => s.ActualArm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (_arms.Length == 0) throw new ArgumentException("The safety population (SAFFL = Y) is empty.", nameof(data));
            _n = _arms.ToDictionary(a => a, a => _safety.Count(s => s.ActualArm == a), StringComparer.Ordinal);
            if (_o.ControlArm is not null && !_n.ContainsKey(_o.ControlArm))
                throw new ArgumentException($"The control arm '{_o.ControlArm}' is not an actual arm of the safety population ({string.Join(", ", _arms)}).", nameof(options));
            if (_o.SortArm is not null && !_n.ContainsKey(_o.SortArm))
                throw new ArgumentException($"The sort arm '{_o.SortArm}' is not an actual arm of the safety population ({string.Join(", ", _arms)}).", nameof(options));
        }

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
            var severity = terms.Select(SeverityBreakdown).ToReadOnly();
            var relationship = terms.Select(RelationshipBreakdown).ToReadOnly();

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
                _data.TryGetSubject(ae.UsubjId, out var s);
                if (!s.Safety)
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
                else if (!IsDerivedEmergent(ae, s))
                {
                    continue;
                }
                AddTeae(ae, s);
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

        private void AddTeae(AdverseEvent ae, Subject s)
        {
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
            _teaes.Add(new Teae(
                s,
                string.IsNullOrWhiteSpace(ae.Soc) ? UncodedTerm : ae.Soc,
                string.IsNullOrWhiteSpace(ae.Pt) ? UncodedTerm : ae.Pt,
                severity,
                related,
                ae.Serious ?? _o.MissingSeriousIsSerious,
                ae.LedToDiscontinuation,
                ae.Outcome is not null && ae.Outcome.Trim().Equals("FATAL", StringComparison.OrdinalIgnoreCase),
                ae.StartDate ?? s.TreatmentStart));
        }

        // ---- counting --------------------------------------------------------------------------------------

        private IReadOnlyList<SafetyCell> Cells(IEnumerable<Teae> records)
        {
            var list = records as ICollection<Teae> ?? records.ToList();
            return _arms.Select(a =>
            {
                var inArm = list.Where(t => t.Subject.ActualArm == a).ToList();
                return new SafetyCell(a, _n[a], inArm.Select(t => t.Subject.UsubjId).Distinct(StringComparer.Ordinal).Count(), inArm.Count);
            }).ToReadOnly();
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

        private IEnumerable<Teae> Records(SafetyRowKey key) => _teaes.Where(t => InTerm(t, key.Term) && Matches(t, key.Category));

        private static bool InTerm(Teae t, SafetyTerm term) => term.Level switch
        {
            TermLevel.Overall => true,
            TermLevel.Soc => t.Soc == term.Soc,
            _ => t.Soc == term.Soc && t.Pt == term.Pt,
        };

        private IReadOnlyList<OverviewRow> BuildOverview()
        {
            var rows = new List<OverviewRow>();
            foreach (var c in Enum.GetValues<OverviewCategory>())
            {
                if (c == OverviewCategory.Death) continue;
                rows.Add(new OverviewRow(c, Cells(Records(new SafetyRowKey(c, SafetyTerm.Overall)))));
            }
            bool deathInformation = _data.Subjects.Any(s => s.Died is not null) || _data.AdverseEvents.Any(a => a.Outcome is not null);
            if (deathInformation)
            {
                var fatal = _teaes.Where(t => t.Fatal).Select(t => t.Subject.UsubjId).ToHashSet(StringComparer.Ordinal);
                rows.Add(new OverviewRow(OverviewCategory.Death, _arms.Select(a =>
                {
                    int died = _safety.Count(s => s.ActualArm == a && (s.Died == true || fatal.Contains(s.UsubjId)));
                    return new SafetyCell(a, _n[a], died, died);
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
            var socs = _teaes.GroupBy(t => t.Soc, StringComparer.Ordinal)
                .Select(g => (Row: new TermRow(SafetyTerm.ForSoc(g.Key), Cells(g)), Records: g.ToList()))
                .ToList();
            foreach (var (socRow, records) in Sort(socs, x => x.Row.Term.Soc, x => x.Row.Cells))
            {
                var pts = records.GroupBy(t => t.Pt, StringComparer.Ordinal)
                    .Select(g => new TermRow(SafetyTerm.ForPt(socRow.Term.Soc, g.Key), Cells(g)))
                    .ToList();
                ptCount += pts.Count;
                var kept = Sort(pts.Where(PassesIncidence), r => r.Term.Pt, r => r.Cells).ToReadOnly();
                shown += kept.Count;
                if (kept.Count > 0) blocks.Add(new SocBlock(socRow, kept));
            }
            return new SocPtTable(blocks.ToReadOnly(), _o.MinimumIncidence, ptCount, shown);
        }

        private bool PassesIncidence(TermRow row) => _o.MinimumIncidence == 0 || row.Cells.Any(c => c.Proportion >= _o.MinimumIncidence);

        private TermBreakdown<SeverityCategory> SeverityBreakdown(SafetyTerm term)
        {
            var categories = _o.MissingSeverityAs is null
                ? Enum.GetValues<SeverityCategory>()
                : [SeverityCategory.Mild, SeverityCategory.Moderate, SeverityCategory.Severe];
            var records = _teaes.Where(t => InTerm(t, term)).ToList();
            return new TermBreakdown<SeverityCategory>(term, Breakdown(records, categories, SeverityOf, MaxSeverity));
        }

        private static SeverityCategory SeverityOf(Teae t) => t.Severity switch
        {
            AeSeverity.Mild => SeverityCategory.Mild,
            AeSeverity.Moderate => SeverityCategory.Moderate,
            AeSeverity.Severe => SeverityCategory.Severe,
            _ => SeverityCategory.Missing,
        };

        private static SeverityCategory MaxSeverity(IReadOnlyCollection<Teae> records)
        {
            var cats = records.Select(SeverityOf).ToList();
            if (cats.Contains(SeverityCategory.Severe)) return SeverityCategory.Severe;
            if (cats.Contains(SeverityCategory.Missing)) return SeverityCategory.Missing;
            return cats.Contains(SeverityCategory.Moderate) ? SeverityCategory.Moderate : SeverityCategory.Mild;
        }

        private TermBreakdown<RelationshipCategory> RelationshipBreakdown(SafetyTerm term)
        {
            var categories = _o.MissingRelationship == MissingRelationshipRule.Missing
                ? Enum.GetValues<RelationshipCategory>()
                : [RelationshipCategory.Related, RelationshipCategory.NotRelated];
            var records = _teaes.Where(t => InTerm(t, term)).ToList();
            return new TermBreakdown<RelationshipCategory>(term, Breakdown(records, categories, RelationshipOf, SubjectRelationship));
        }

        private static RelationshipCategory RelationshipOf(Teae t) => t.Related switch
        {
            true => RelationshipCategory.Related,
            false => RelationshipCategory.NotRelated,
            null => RelationshipCategory.Missing,
        };

        private static RelationshipCategory SubjectRelationship(IReadOnlyCollection<Teae> records)
        {
            var cats = records.Select(RelationshipOf).ToList();
            if (cats.Contains(RelationshipCategory.Related)) return RelationshipCategory.Related;
            return cats.Contains(RelationshipCategory.Missing) ? RelationshipCategory.Missing : RelationshipCategory.NotRelated;
        }

        private IReadOnlyList<CategoryRow<TCategory>> Breakdown<TCategory>(
            List<Teae> records,
            TCategory[] categories,
            Func<Teae, TCategory> recordCategory,
            Func<IReadOnlyCollection<Teae>, TCategory> subjectCategory)
            where TCategory : struct, Enum
        {
            var eq = EqualityComparer<TCategory>.Default;
            var perArm = _arms.ToDictionary(a => a, a =>
            {
                var inArm = records.Where(t => t.Subject.ActualArm == a).ToList();
                var subjects = inArm.GroupBy(t => t.Subject.UsubjId, StringComparer.Ordinal).Select(g => subjectCategory(g.ToList())).ToList();
                return (Records: inArm, Subjects: subjects);
            }, StringComparer.Ordinal);
            return categories.Select(c => new CategoryRow<TCategory>(c, _arms.Select(a => new SafetyCell(
                a,
                _n[a],
                perArm[a].Subjects.Count(x => eq.Equals(x, c)),
                perArm[a].Records.Count(t => eq.Equals(recordCategory(t), c)))).ToReadOnly())).ToReadOnly();
        }

        // ---- exposure-adjusted rates ------------------------------------------------------------------------

        private void DeriveTimeAtRisk()
        {
            foreach (var s in _safety)
            {
                if (s.TreatmentStart is { } start && EndOfRisk(s) is { } end && end >= start)
                    _risk[s.UsubjId] = new RiskWindow(start, end);
                else
                    Count(SafetyHandling.SubjectWithoutTimeAtRisk);
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
            var bySubject = Records(key).GroupBy(t => t.Subject.UsubjId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var arms = new List<ArmIncidenceRate>();
            var raw = new Dictionary<string, (int Subjects, double YearsToFirst)>(StringComparer.Ordinal);
            foreach (var a in _arms)
            {
                int atRisk = 0, withEvent = 0, events = 0;
                long daysToFirst = 0, daysFull = 0;
                foreach (var s in _safety.Where(s => s.ActualArm == a))
                {
                    if (!_risk.TryGetValue(s.UsubjId, out var w)) continue;
                    atRisk++;
                    int full = Days(w.Start, w.End);
                    daysFull += full;
                    if (bySubject.TryGetValue(s.UsubjId, out var recs))
                    {
                        withEvent++;
                        events += recs.Count;
                        var first = recs.Min(t => t.Onset ?? w.Start);
                        daysToFirst += Math.Max(1, Days(w.Start, first));
                    }
                    else
                    {
                        daysToFirst += full;
                    }
                }
                double yearsToFirst = daysToFirst / _o.DaysPerYear, years = daysFull / _o.DaysPerYear;
                raw[a] = (withEvent, yearsToFirst);
                arms.Add(new ArmIncidenceRate(a, atRisk, withEvent, yearsToFirst, Scaled(withEvent, yearsToFirst), events, years, Scaled(events, years)));
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
            var safetyIds = _safety.Select(s => s.UsubjId).ToHashSet(StringComparer.Ordinal);
            var records = new List<ExposureRecord>();
            foreach (var x in _data.Exposures)
            {
                if (!safetyIds.Contains(x.UsubjId)) Count(SafetyHandling.ExposureOfSubjectOutsideSafetyPopulation);
                else
                {
                    records.Add(x);
                    if (x.Dose is null) Count(SafetyHandling.ExposureWithoutDose);
                }
            }
            bool hasAdex = _data.Exposures.Count > 0;
            return _arms.Select(a =>
            {
                var subjects = _safety.Where(s => s.ActualArm == a).ToList();
                var ids = subjects.Select(s => s.UsubjId).ToHashSet(StringComparer.Ordinal);
                var mine = records.Where(x => ids.Contains(x.UsubjId)).ToList();
                var perId = mine.GroupBy(x => x.UsubjId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                DescriptiveSummary? perSubject = hasAdex
                    ? Descriptive.Summarize(subjects.Select(s => (double)perId.GetValueOrDefault(s.UsubjId)).ToArray())
                    : null;
                var doses = mine.Where(x => x.Dose is not null)
                    .GroupBy(x => (x.Treatment, Unit: x.DoseUnit ?? ""))
                    .OrderBy(g => g.Key.Treatment, StringComparer.Ordinal).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
                    .Select(g =>
                    {
                        var totals = g.GroupBy(x => x.UsubjId, StringComparer.Ordinal).OrderBy(s => s.Key, StringComparer.Ordinal)
                            .Select(s => s.Sum(x => x.Dose!.Value)).ToArray();
                        return new DoseSummary(g.Key.Treatment, g.Key.Unit, totals.Length, (double)totals.Sum(), Descriptive.Summarize(totals.Select(d => (double)d).ToArray()));
                    }).ToReadOnly();
                var durations = subjects
                    .Where(s => s.TreatmentStart is not null && s.TreatmentEnd is not null && s.TreatmentEnd >= s.TreatmentStart)
                    .Select(s => (double)Days(s.TreatmentStart!.Value, s.TreatmentEnd!.Value)).ToArray();
                var atRisk = subjects.Where(s => _risk.ContainsKey(s.UsubjId)).Select(s => _risk[s.UsubjId]).ToList();
                return new ArmExposureSummary(
                    a,
                    _n[a],
                    mine.Count,
                    perSubject,
                    doses,
                    durations.Length > 0 ? Descriptive.Summarize(durations) : null,
                    atRisk.Count,
                    atRisk.Sum(w => (long)Days(w.Start, w.End)) / _o.DaysPerYear);
            }).ToReadOnly();
        }
    }
}

/// <summary>Read-only wrappers for the published lists (so that results cannot be changed through a cast).</summary>
internal static class ReadOnlyExtensions
{
    /// <summary>Copies a sequence into a read-only list.</summary>
    public static System.Collections.ObjectModel.ReadOnlyCollection<T> ToReadOnly<T>(this IEnumerable<T> source) => Array.AsReadOnly(source.ToArray());
}
