using AsAnalysis.Data;

namespace AsAnalysis.Endpoints;

/// <summary>All subject-visit endpoint records of a trial, with look-ups by subject and visit.</summary>
public sealed class EndpointDataset
{
    private readonly Dictionary<string, IReadOnlyList<SubjectVisitEndpoints>> _bySubject;

    internal EndpointDataset(EndpointOptions options, IReadOnlyList<SubjectVisitEndpoints> visits)
    {
        Options = options;
        Visits = visits;
        _bySubject = visits.GroupBy(v => v.UsubjId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SubjectVisitEndpoints>)g.ToArray().AsReadOnly(), StringComparer.Ordinal);
        PostBaselineWeeks = visits.Where(v => v.IsPostBaseline).Select(v => v.VisitWeek).Distinct().Order().ToArray().AsReadOnly();
    }

    /// <summary>The options the records were derived with.</summary>
    public EndpointOptions Options { get; }
    /// <summary>Every subject-visit record: subjects in TrialData order, visits ascending.</summary>
    public IReadOnlyList<SubjectVisitEndpoints> Visits { get; }
    /// <summary>Distinct post-baseline visits (AVISITN &gt; 0) present in the data, ascending.</summary>
    public IReadOnlyList<decimal> PostBaselineWeeks { get; }

    /// <summary>The records of one subject, visits ascending (empty when the subject has no efficacy record).</summary>
    /// <param name="usubjId">Subject id.</param>
    public IReadOnlyList<SubjectVisitEndpoints> ForSubject(string usubjId) =>
        _bySubject.TryGetValue(usubjId, out var list) ? list : [];

    /// <summary>The record of one subject at one visit, or <c>null</c> when the subject has no record there.</summary>
    /// <param name="usubjId">Subject id.</param>
    /// <param name="visitWeek">AVISITN in weeks.</param>
    public SubjectVisitEndpoints? Find(string usubjId, decimal visitWeek)
    {
        foreach (var v in ForSubject(usubjId)) if (v.VisitWeek == visitWeek) return v;
        return null;
    }
}

/// <summary>
/// Derives the AS components and responder endpoints per subject and visit from a <see cref="TrialData"/>
/// (as-endpoints.md). Baseline is AVISITN 0; a composite needs all its items at that visit; a pre-derived BASDAI or
/// BASFI total is used only when none of its items has a value at the visit.
/// </summary>
public static class EndpointDerivation
{
    /// <summary>Derives every subject-visit record of the trial.</summary>
    /// <param name="data">The trial data (its efficacy assessments are used).</param>
    /// <param name="options">Derivation options; <see cref="EndpointOptions.Default"/> when <c>null</c>.</param>
    /// <exception cref="ArgumentException">Two records for the same subject, visit and parameter.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating outside [0, 10] or a negative CRP, ESR or lateral flexion.</exception>
    public static EndpointDataset DeriveSubjectVisits(TrialData data, EndpointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= EndpointOptions.Default;
        // Exports list each subject's records together: then one subject's records are grouped at a time (a few
        // hundred), not all of them at once (16 million records held in nested dictionaries took gigabytes).
        return SubjectRuns(data.Assessments) is { } runs
            ? DeriveBySubjectRuns(data, options, runs)
            : DeriveAllAtOnce(data, options);
    }

    /// <summary>
    /// The contiguous range of each subject's records when every subject's records are contiguous, having checked them for
    /// duplicates in record order (the same check and message as <see cref="DeriveAllAtOnce"/>); null when some subject's
    /// records are not contiguous.
    /// </summary>
    private static Dictionary<string, (int From, int To)>? SubjectRuns(IReadOnlyList<Assessment> assessments)
    {
        var runs = new Dictionary<string, (int From, int To)>(StringComparer.Ordinal);
        var keys = new HashSet<(decimal Visit, string Param)>(VisitParamComparer.Instance); // the current subject's, reused
        string? current = null;
        var start = 0;
        for (var i = 0; i <= assessments.Count; i++)
        {
            var a = i < assessments.Count ? assessments[i] : null;
            if (a is not null && current is not null && string.Equals(a.UsubjId, current, StringComparison.Ordinal))
            {
                if (!keys.Add((a.VisitWeek, a.ParamCd))) throw Duplicate(Earlier(assessments, start, a), a);
                continue;
            }
            if (current is not null) runs.Add(current, (start, i));
            if (a is null) break;
            if (runs.ContainsKey(a.UsubjId)) return null; // the subject's records come back later: not grouped
            current = a.UsubjId;
            start = i;
            keys.Clear();
            keys.Add((a.VisitWeek, a.ParamCd));
        }
        return runs;

        // The first record of the run with the same visit and parameter (what the per-visit dictionary held).
        static Assessment Earlier(IReadOnlyList<Assessment> assessments, int from, Assessment a)
        {
            for (var i = from; ; i++)
                if (VisitParamComparer.Instance.Equals((assessments[i].VisitWeek, assessments[i].ParamCd), (a.VisitWeek, a.ParamCd))) return assessments[i];
        }
    }

    /// <summary>Visit by decimal equality, parameter code ignoring case: the keys of the per-visit dictionaries.</summary>
    private sealed class VisitParamComparer : IEqualityComparer<(decimal Visit, string Param)>
    {
        public static readonly VisitParamComparer Instance = new();

        public bool Equals((decimal Visit, string Param) x, (decimal Visit, string Param) y) =>
            x.Visit == y.Visit && StringComparer.OrdinalIgnoreCase.Equals(x.Param, y.Param);

        public int GetHashCode((decimal Visit, string Param) key) =>
            HashCode.Combine(key.Visit, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Param));
    }

    private static ArgumentException Duplicate(Assessment earlier, Assessment a) => new(
        $"Two efficacy records for subject '{a.UsubjId}', parameter {a.ParamCd}, AVISITN {a.VisitWeek.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({earlier.Source?.ToString() ?? "?"} and {a.Source?.ToString() ?? "?"}).",
        "data");

    /// <summary>
    /// Derivation one subject at a time from the subject's contiguous records (<see cref="SubjectRuns"/>). The visit and
    /// parameter dictionaries are reused from subject to subject (derivation keeps no reference to them).
    /// </summary>
    private static EndpointDataset DeriveBySubjectRuns(TrialData data, EndpointOptions options, Dictionary<string, (int From, int To)> runs)
    {
        // Subjects are independent: parallel chunks of subjects, their records concatenated in subject order.
        var parts = SubjectChunks.Run(data.Subjects.Count, () => new RunPart(), (part, index) =>
        {
            var subject = data.Subjects[index];
            if (!runs.TryGetValue(subject.UsubjId, out var run)) return;
            var visits = part.Visits;
            foreach (var used in visits.Values)
            {
                used.Clear();
                part.Spare.Push(used);
            }
            visits.Clear();
            Dictionary<string, Assessment>? parameters = null;
            var week = 0m;
            for (var i = run.From; i < run.To; i++)
            {
                var a = data.Assessments[i];
                // Records come visit by visit: look the visit up only when it changes.
                if (parameters is null || a.VisitWeek != week)
                {
                    week = a.VisitWeek;
                    if (!visits.TryGetValue(week, out parameters))
                        visits[week] = parameters = part.Spare.Count > 0 ? part.Spare.Pop() : new Dictionary<string, Assessment>(StringComparer.OrdinalIgnoreCase);
                }
                parameters.Add(a.ParamCd, a); // duplicates were ruled out by SubjectRuns
            }
            DeriveSubject(subject, visits, options, part.Result);
        });
        var result = new List<SubjectVisitEndpoints>(parts.Sum(p => p.Result.Count));
        foreach (var part in parts) result.AddRange(part.Result);
        return new EndpointDataset(options, result.AsReadOnly());
    }

    /// <summary>The derived records of a chunk of subjects, and the dictionaries reused from subject to subject.</summary>
    private sealed class RunPart
    {
        public readonly List<SubjectVisitEndpoints> Result = [];
        public readonly SortedDictionary<decimal, Dictionary<string, Assessment>> Visits = [];
        public readonly Stack<Dictionary<string, Assessment>> Spare = new();
    }

    /// <summary>Derivation with every record grouped by subject and visit first (records of a subject not contiguous).</summary>
    private static EndpointDataset DeriveAllAtOnce(TrialData data, EndpointOptions options)
    {
        var bySubject = new Dictionary<string, SortedDictionary<decimal, Dictionary<string, Assessment>>>(StringComparer.Ordinal);
        foreach (var a in data.Assessments)
        {
            if (!bySubject.TryGetValue(a.UsubjId, out var visits))
                bySubject[a.UsubjId] = visits = new SortedDictionary<decimal, Dictionary<string, Assessment>>();
            if (!visits.TryGetValue(a.VisitWeek, out var parameters))
                visits[a.VisitWeek] = parameters = new Dictionary<string, Assessment>(StringComparer.OrdinalIgnoreCase);
            if (!parameters.TryAdd(a.ParamCd, a)) throw Duplicate(parameters[a.ParamCd], a);
        }

        var result = new List<SubjectVisitEndpoints>();
        foreach (var subject in data.Subjects)
        {
            if (!bySubject.TryGetValue(subject.UsubjId, out var visits)) continue;
            DeriveSubject(subject, visits, options, result);
        }
        return new EndpointDataset(options, result.AsReadOnly());
    }

    private static void DeriveSubject(Subject subject, SortedDictionary<decimal, Dictionary<string, Assessment>> visits, EndpointOptions options, List<SubjectVisitEndpoints> result)
    {
        var components = visits.ToDictionary(kv => kv.Key, kv => DeriveComponents(kv.Value, options, subject.UsubjId, kv.Key));
        components.TryGetValue(0m, out var baseline);
        foreach (var (week, current) in components)
            result.Add(DeriveVisit(subject.UsubjId, week, current, baseline, options));
    }

    /// <summary>Derives the components of one visit from its records (parameter code → assessment).</summary>
    /// <param name="records">The visit's records keyed by PARAMCD.</param>
    /// <param name="options">Derivation options.</param>
    /// <exception cref="ArgumentOutOfRangeException">An out-of-range value.</exception>
    public static AsComponents DeriveComponents(IReadOnlyDictionary<string, Assessment> records, EndpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        return DeriveComponents(records, options, "", 0m);
    }

    private static AsComponents DeriveComponents(IReadOnlyDictionary<string, Assessment> records, EndpointOptions options, string usubjId, decimal week)
    {
        decimal? Get(string code)
        {
            if (!records.TryGetValue(code, out var a) || a.Value is not { } v) return null;
            bool bad = ParamCodes.IsRatingScale(code) ? v < 0m || v > 10m : v < 0m;
            if (bad)
                throw new ArgumentOutOfRangeException(nameof(records), v,
                    $"Subject '{usubjId}', AVISITN {week.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {code} = {v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range{(a.Source is null ? "" : $" ({a.Source})")}.");
            return v;
        }

        var q = ParamCodes.BasdaiItems.Select(Get).ToArray();
        var items = new BasdaiItems(q[0], q[1], q[2], q[3], q[4], q[5]);
        decimal? basdai;
        CompositeSource basdaiSource;
        if (items.AnyPresent)
        {
            basdai = AsScores.DeriveBasdai(q[0], q[1], q[2], q[3], q[4], q[5]);
            basdaiSource = basdai is null ? CompositeSource.Missing : CompositeSource.Items;
        }
        else
        {
            basdai = Get(ParamCodes.Basdai);
            basdaiSource = basdai is null ? CompositeSource.Missing : CompositeSource.PreDerived;
        }

        var f = ParamCodes.BasfiItems.Select(Get).ToArray();
        decimal? basfi;
        CompositeSource basfiSource;
        if (f.Any(x => x is not null))
        {
            basfi = AsScores.DeriveBasfi(f);
            basfiSource = basfi is null ? CompositeSource.Missing : CompositeSource.Items;
        }
        else
        {
            basfi = Get(ParamCodes.Basfi);
            basfiSource = basfi is null ? CompositeSource.Missing : CompositeSource.PreDerived;
        }

        var pga = Get(ParamCodes.PatientGlobal);
        var total = Get(ParamCodes.TotalBackPain);
        var nocturnal = Get(ParamCodes.NocturnalBackPain);
        var inflammation = AsScores.DeriveInflammation(items.Q5, items.Q6);
        var crp = Get(ParamCodes.Crp);
        var esr = Get(ParamCodes.Esr);
        var backPain = options.AsdasBackPain == AsdasBackPainItem.TotalBackPain ? total : items.Q2;
        return new AsComponents
        {
            BasdaiItems = items,
            Basdai = basdai,
            BasdaiSource = basdaiSource,
            Basfi = basfi,
            BasfiSource = basfiSource,
            PatientGlobal = pga,
            TotalBackPain = total,
            NocturnalBackPain = nocturnal,
            Inflammation = inflammation,
            Crp = crp,
            Esr = esr,
            LateralFlexion = Get(ParamCodes.LateralFlexion),
            Domains = new AsasDomains(pga, AsScores.DerivePainDomain(total, nocturnal, options.PainDomain), basfi, inflammation),
            AsdasCrp = AsScores.DeriveAsdasCrp(backPain, items.Q6, pga, items.Q3, crp, options.AsdasCoefficients),
            AsdasEsr = AsScores.DeriveAsdasEsr(backPain, items.Q6, pga, items.Q3, esr, options.AsdasCoefficients),
        };
    }

    /// <summary>Derives the responder outcomes of one visit given its components and the baseline components.</summary>
    /// <param name="usubjId">Subject id.</param>
    /// <param name="visitWeek">AVISITN.</param>
    /// <param name="current">Components at the visit.</param>
    /// <param name="baseline">Components at baseline (<c>null</c> when the subject has no baseline visit).</param>
    /// <param name="options">Derivation options.</param>
    public static SubjectVisitEndpoints DeriveVisit(string usubjId, decimal visitWeek, AsComponents current, AsComponents? baseline, EndpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(usubjId);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        var outcomes = new ResponderOutcome[Enum.GetValues<ResponderEndpoint>().Length];

        // A state: no baseline needed, evaluable at every visit.
        outcomes[(int)ResponderEndpoint.AsasPartialRemission] = current.Domains.IsComplete
            ? ResponderOutcome.Of(AsResponse.DerivePartialRemission(current.Domains, options.PartialRemission)!.Value)
            : ResponderOutcome.NotEvaluable(NotEvaluableReason.MissingComponent);

        bool post = visitWeek > 0m;
        bool useEsr = options.AsdasImprovementScore == AsdasScore.Esr;
        double? asdasNow = useEsr ? current.AsdasEsr : current.AsdasCrp;
        double? asdasBase = baseline is null ? null : useEsr ? baseline.AsdasEsr : baseline.AsdasCrp;

        ResponderOutcome Relative(bool baselineComplete, bool currentComplete, Func<bool> decide)
        {
            if (!post) return ResponderOutcome.NotEvaluable(NotEvaluableReason.NotPostBaseline);
            if (baseline is null) return ResponderOutcome.NotEvaluable(NotEvaluableReason.NoBaseline);
            if (!baselineComplete) return ResponderOutcome.NotEvaluable(NotEvaluableReason.MissingBaselineComponent);
            if (!currentComplete) return ResponderOutcome.NotEvaluable(NotEvaluableReason.MissingComponent);
            return ResponderOutcome.Of(decide());
        }

        var b = baseline;
        outcomes[(int)ResponderEndpoint.Asas20] = Relative(b?.Domains.IsComplete == true, current.Domains.IsComplete,
            () => AsResponse.DeriveAsas20(b!.Domains, current.Domains)!.Value);
        outcomes[(int)ResponderEndpoint.Asas40] = Relative(b?.Domains.IsComplete == true, current.Domains.IsComplete,
            () => AsResponse.DeriveAsas40(b!.Domains, current.Domains)!.Value);
        outcomes[(int)ResponderEndpoint.Asas56] = Relative(
            b is not null && b.Domains.IsComplete && b.Crp is not null && b.LateralFlexion is not null,
            current.Domains.IsComplete && current.Crp is not null && current.LateralFlexion is not null,
            () => AsResponse.DeriveAsas56(b!.Domains, current.Domains, b.Crp, current.Crp, b.LateralFlexion, current.LateralFlexion, options.Asas56RequireNoDeterioration)!.Value);
        outcomes[(int)ResponderEndpoint.Basdai50] = Relative(b?.Basdai is not null, current.Basdai is not null,
            () => AsResponse.DeriveBasdai50(b!.Basdai, current.Basdai)!.Value);
        outcomes[(int)ResponderEndpoint.AsdasClinicallyImportantImprovement] = Relative(asdasBase is not null, asdasNow is not null,
            () => AsResponse.DeriveAsdasClinicallyImportantImprovement(asdasBase, asdasNow)!.Value);
        outcomes[(int)ResponderEndpoint.AsdasMajorImprovement] = Relative(asdasBase is not null, asdasNow is not null,
            () => AsResponse.DeriveAsdasMajorImprovement(asdasBase, asdasNow)!.Value);

        var trace = post && baseline is not null ? AsResponse.CompareDomains(baseline.Domains, current.Domains) : [];
        double? change = post && asdasNow is { } n && asdasBase is { } bb ? n - bb : null;
        return new SubjectVisitEndpoints(usubjId, visitWeek, current, post ? baseline : null, trace, outcomes, change);
    }
}
