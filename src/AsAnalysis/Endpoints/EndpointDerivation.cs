using AsAnalysis.Data;

namespace AsAnalysis.Endpoints;

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
    /// <exception cref="ArgumentOutOfRangeException">A rating outside [0, 10] or a negative CRP, ESR or lateral flexion.</exception>
    public static EndpointDataset DeriveSubjectVisits(TrialData data, EndpointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= EndpointOptions.Default;
        // The stored records are read in place (no record objects): parameters become slots of ParamCodes.All, visits
        // classes of equal value in ascending order; each subject's records are found once, then derived subject by
        // subject in parallel chunks, the results concatenated in subject order.
        var layout = new StoreLayout(data.Store);
        var rows = SubjectRows.Of(data);
        var parts = SubjectChunks.Run(data.Subjects.Count, () => new VisitBuffers(layout), (part, index) =>
        {
            if (!rows.Any(index)) return;
            part.Clear();
            rows.Fill(index, part);
            DeriveSubject(data.Subjects[index].UsubjId, part, options);
        });
        var result = new List<SubjectVisitEndpoints>(parts.Sum(p => p.Result.Count));
        foreach (var part in parts) result.AddRange(part.Result);
        return new EndpointDataset(options, result.AsReadOnly());
    }

    /// <summary>Slots of the known parameter codes: the index in <see cref="ParamCodes.All"/>.</summary>
    private static class Slot
    {
        public static readonly int Count = ParamCodes.All.Count;
        public static readonly int Basdai = Of(ParamCodes.Basdai), Basfi = Of(ParamCodes.Basfi), PatientGlobal = Of(ParamCodes.PatientGlobal),
            TotalBackPain = Of(ParamCodes.TotalBackPain), NocturnalBackPain = Of(ParamCodes.NocturnalBackPain), Crp = Of(ParamCodes.Crp),
            Esr = Of(ParamCodes.Esr), LateralFlexion = Of(ParamCodes.LateralFlexion);
        public static readonly int[] BasdaiItems = [.. ParamCodes.BasdaiItems.Select(Of)];
        public static readonly int[] BasfiItems = [.. ParamCodes.BasfiItems.Select(Of)];

        /// <summary>The slot of a code, ignoring case (codes equal ignoring case are one parameter, as for <see cref="TrialData"/>'s duplicate rule), or −1.</summary>
        public static int Of(string code)
        {
            for (var i = 0; i < ParamCodes.All.Count; i++)
                if (string.Equals(ParamCodes.All[i], code, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }
    }

    /// <summary>The store's parameter and visit tables mapped for derivation.</summary>
    private sealed class StoreLayout
    {
        public StoreLayout(AssessmentStore store)
        {
            Store = store;
            SlotOf = [.. store.Params.Select(Slot.Of)];
            // Visits equal in value (12 and 12.0) share a class; classes ascend.
            var values = store.Visits.Distinct().Order().ToArray();
            ClassValues = values;
            ClassOf = [.. store.Visits.Select(v => Array.BinarySearch(values, v))];
            BaselineClass = Array.BinarySearch(values, 0m);
        }

        public AssessmentStore Store { get; }
        public int[] SlotOf { get; }
        public int[] ClassOf { get; }
        public decimal[] ClassValues { get; }
        /// <summary>The class of AVISITN 0, or negative when no record is at baseline.</summary>
        public int BaselineClass { get; }
    }

    /// <summary>
    /// Where each subject's records are: a contiguous range per subject when every subject's records are together (the
    /// usual export), else the row indexes sorted by subject (stable). A subject has at most one record per parameter
    /// and visit (an invariant of <see cref="TrialData"/>), so each record fills a slot of its own.
    /// </summary>
    private sealed class SubjectRows
    {
        private readonly int[] _from, _to; // per subject: a range of rows, or of _order when _order is not null
        private readonly int[]? _order;

        private SubjectRows(int[] from, int[] to, int[]? order) => (_from, _to, _order) = (from, to, order);

        public bool Any(int subject) => _to[subject] > _from[subject];

        /// <summary>Puts the subject's records into the buffers, in record order.</summary>
        public void Fill(int subject, VisitBuffers buffers)
        {
            for (var k = _from[subject]; k < _to[subject]; k++) buffers.Add(_order is null ? k : _order[k]);
        }

        public static SubjectRows Of(TrialData data)
        {
            var store = data.Store;
            int subjects = data.Subjects.Count, n = store.Count;
            var from = new int[subjects];
            var to = new int[subjects];
            var current = -1;
            var start = 0;
            for (var i = 0; i < n; i++)
            {
                var subject = store[i].Subject;
                if (subject == current) continue;
                if (current >= 0) (from[current], to[current]) = (start, i);
                if (to[subject] > from[subject]) return BySubject(store, subjects); // the subject's records come back later
                (current, start) = (subject, i);
            }
            if (current >= 0) (from[current], to[current]) = (start, n);
            return new SubjectRows(from, to, null);
        }

        /// <summary>Records not grouped by subject: a stable counting sort of the row indexes by subject.</summary>
        private static SubjectRows BySubject(AssessmentStore store, int subjects)
        {
            var n = store.Count;
            var counts = new int[subjects + 1];
            for (var i = 0; i < n; i++) counts[store[i].Subject + 1]++;
            for (var s = 0; s < subjects; s++) counts[s + 1] += counts[s];
            var order = new int[n];
            var next = counts[..subjects];
            for (var i = 0; i < n; i++) order[next[store[i].Subject]++] = i;
            return new SubjectRows(counts[..subjects], counts[1..], order);
        }
    }

    /// <summary>One visit's values by slot, with the row each came from (for messages).</summary>
    private sealed class VisitSlots
    {
        public readonly decimal?[] Values = new decimal?[Slot.Count];
        public readonly int[] Rows = new int[Slot.Count];
        /// <summary>The visit as written in the subject's first record of it (12.0 when that record says 12.0).</summary>
        public decimal Week;
        public bool Used;

        public void Clear()
        {
            Array.Clear(Values);
            Used = false;
        }
    }

    /// <summary>A chunk's per-visit buffers (reused from subject to subject) and its derived records.</summary>
    private sealed class VisitBuffers(StoreLayout layout)
    {
        public readonly StoreLayout Layout = layout;
        public readonly VisitSlots[] ByClass = [.. Enumerable.Range(0, layout.ClassValues.Length).Select(_ => new VisitSlots())];
        public readonly List<SubjectVisitEndpoints> Result = [];

        public void Clear()
        {
            foreach (var v in ByClass) if (v.Used) v.Clear();
        }

        public void Add(int rowIndex)
        {
            ref readonly var row = ref Layout.Store[rowIndex];
            var visit = ByClass[Layout.ClassOf[row.Visit]];
            if (!visit.Used)
            {
                visit.Used = true;
                visit.Week = Layout.Store.Visits[row.Visit];
            }
            var slot = Layout.SlotOf[row.Param];
            if (slot < 0) return; // a parameter no endpoint uses
            visit.Values[slot] = row.HasValue ? row.Value : null;
            visit.Rows[slot] = rowIndex;
        }
    }

    private static void DeriveSubject(string usubjId, VisitBuffers part, EndpointOptions options)
    {
        // Every visit's components first (an out-of-range value fails before anything is added), then the visits ascending.
        var byClass = part.ByClass;
        var components = new AsComponents?[byClass.Length];
        for (var c = 0; c < byClass.Length; c++)
            if (byClass[c].Used) components[c] = DeriveComponents(byClass[c], part.Layout.Store, options, usubjId);
        var baseline = part.Layout.BaselineClass >= 0 ? components[part.Layout.BaselineClass] : null;
        for (var c = 0; c < byClass.Length; c++)
            if (components[c] is { } current) part.Result.Add(DeriveVisit(usubjId, byClass[c].Week, current, baseline, options));
    }

    /// <summary>Derives the components of one visit from its records (parameter code → assessment).</summary>
    /// <param name="records">The visit's records keyed by PARAMCD.</param>
    /// <param name="options">Derivation options.</param>
    /// <exception cref="ArgumentOutOfRangeException">An out-of-range value.</exception>
    public static AsComponents DeriveComponents(IReadOnlyDictionary<string, Assessment> records, EndpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var values = new decimal?[Slot.Count];
        var sources = new SourceLocation?[Slot.Count];
        for (var slot = 0; slot < Slot.Count; slot++)
        {
            // The dictionary's own comparer decides how codes match (the derivation of a TrialData ignores case).
            if (!records.TryGetValue(ParamCodes.All[slot], out var a)) continue;
            values[slot] = a.Value;
            sources[slot] = a.Source;
        }
        return DeriveComponents(values, null, null, sources, options, "", 0m);
    }

    private static AsComponents DeriveComponents(VisitSlots visit, AssessmentStore store, EndpointOptions options, string usubjId) =>
        DeriveComponents(visit.Values, visit, store, null, options, usubjId, visit.Week);

    /// <summary>Whether each slot is a 0-10 rating scale.</summary>
    private static readonly bool[] RatingSlot = [.. ParamCodes.All.Select(ParamCodes.IsRatingScale)];

    /// <summary>A scratch list of the ten BASFI items per thread (DeriveBasfi keeps no reference to it).</summary>
    [ThreadStatic]
    private static decimal?[]? t_basfiItems;

    /// <summary>
    /// The components from the values by slot. The source of an out-of-range value, for the message, is the store row of
    /// <paramref name="visit"/> or <paramref name="sources"/>.
    /// </summary>
    private static AsComponents DeriveComponents(decimal?[] values, VisitSlots? visit, AssessmentStore? store, SourceLocation?[]? sources,
        EndpointOptions options, string usubjId, decimal week)
    {
        decimal? Get(int slot)
        {
            if (values[slot] is not { } v) return null;
            bool bad = RatingSlot[slot] ? v < 0m || v > 10m : v < 0m;
            if (bad)
            {
                var code = ParamCodes.All[slot];
                var where = visit is not null && store is not null ? store.PositionOf(store[visit.Rows[slot]]).ToLocation() : sources?[slot];
                throw new ArgumentOutOfRangeException("records", v,
                    $"Subject '{usubjId}', AVISITN {week.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {code} = {v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range{(where is null ? "" : $" ({where})")}.");
            }
            return v;
        }

        var q = Slot.BasdaiItems;
        var items = new BasdaiItems(Get(q[0]), Get(q[1]), Get(q[2]), Get(q[3]), Get(q[4]), Get(q[5]));
        decimal? basdai;
        CompositeSource basdaiSource;
        if (items.AnyPresent)
        {
            basdai = AsScores.DeriveBasdai(items.Q1, items.Q2, items.Q3, items.Q4, items.Q5, items.Q6);
            basdaiSource = basdai is null ? CompositeSource.Missing : CompositeSource.Items;
        }
        else
        {
            basdai = Get(Slot.Basdai);
            basdaiSource = basdai is null ? CompositeSource.Missing : CompositeSource.PreDerived;
        }

        var f = t_basfiItems ??= new decimal?[Slot.BasfiItems.Length];
        var anyBasfi = false;
        for (var i = 0; i < f.Length; i++) anyBasfi |= (f[i] = Get(Slot.BasfiItems[i])) is not null;
        decimal? basfi;
        CompositeSource basfiSource;
        if (anyBasfi)
        {
            basfi = AsScores.DeriveBasfi(f);
            basfiSource = basfi is null ? CompositeSource.Missing : CompositeSource.Items;
        }
        else
        {
            basfi = Get(Slot.Basfi);
            basfiSource = basfi is null ? CompositeSource.Missing : CompositeSource.PreDerived;
        }

        var pga = Get(Slot.PatientGlobal);
        var total = Get(Slot.TotalBackPain);
        var nocturnal = Get(Slot.NocturnalBackPain);
        var inflammation = AsScores.DeriveInflammation(items.Q5, items.Q6);
        var crp = Get(Slot.Crp);
        var esr = Get(Slot.Esr);
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
            LateralFlexion = Get(Slot.LateralFlexion),
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

        // Why a change-based endpoint is not evaluable (None when it is); the endpoint is derived only when it is.
        NotEvaluableReason Gate(bool baselineComplete, bool currentComplete) =>
            !post ? NotEvaluableReason.NotPostBaseline
            : baseline is null ? NotEvaluableReason.NoBaseline
            : !baselineComplete ? NotEvaluableReason.MissingBaselineComponent
            : !currentComplete ? NotEvaluableReason.MissingComponent
            : NotEvaluableReason.None;

        var b = baseline;
        var gate = Gate(b?.Domains.IsComplete == true, current.Domains.IsComplete);
        outcomes[(int)ResponderEndpoint.Asas20] = gate != NotEvaluableReason.None ? ResponderOutcome.NotEvaluable(gate)
            : ResponderOutcome.Of(AsResponse.DeriveAsas20(b!.Domains, current.Domains)!.Value);
        outcomes[(int)ResponderEndpoint.Asas40] = gate != NotEvaluableReason.None ? ResponderOutcome.NotEvaluable(gate)
            : ResponderOutcome.Of(AsResponse.DeriveAsas40(b!.Domains, current.Domains)!.Value);
        gate = Gate(b is not null && b.Domains.IsComplete && b.Crp is not null && b.LateralFlexion is not null,
            current.Domains.IsComplete && current.Crp is not null && current.LateralFlexion is not null);
        outcomes[(int)ResponderEndpoint.Asas56] = gate != NotEvaluableReason.None ? ResponderOutcome.NotEvaluable(gate)
            : ResponderOutcome.Of(AsResponse.DeriveAsas56(b!.Domains, current.Domains, b.Crp, current.Crp, b.LateralFlexion, current.LateralFlexion, options.Asas56RequireNoDeterioration)!.Value);
        gate = Gate(b?.Basdai is not null, current.Basdai is not null);
        outcomes[(int)ResponderEndpoint.Basdai50] = gate != NotEvaluableReason.None ? ResponderOutcome.NotEvaluable(gate)
            : ResponderOutcome.Of(AsResponse.DeriveBasdai50(b!.Basdai, current.Basdai)!.Value);
        gate = Gate(asdasBase is not null, asdasNow is not null);
        outcomes[(int)ResponderEndpoint.AsdasClinicallyImportantImprovement] = gate != NotEvaluableReason.None ? ResponderOutcome.NotEvaluable(gate)
            : ResponderOutcome.Of(AsResponse.DeriveAsdasClinicallyImportantImprovement(asdasBase, asdasNow)!.Value);
        outcomes[(int)ResponderEndpoint.AsdasMajorImprovement] = gate != NotEvaluableReason.None ? ResponderOutcome.NotEvaluable(gate)
            : ResponderOutcome.Of(AsResponse.DeriveAsdasMajorImprovement(asdasBase, asdasNow)!.Value);

        double? change = post && asdasNow is { } n && asdasBase is { } bb ? n - bb : null;
        return new SubjectVisitEndpoints(usubjId, visitWeek, current, post ? baseline : null, outcomes, change);
    }
}
