using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>How a subject's response entered a binary analysis.</summary>
public enum ResponseHandling
{
    /// <summary>The response observed at the visit was used.</summary>
    Observed,
    /// <summary>Not evaluable at the visit; imputed (non-responder under NRI, carried forward under LOCF).</summary>
    Imputed,
    /// <summary>Not evaluable at the visit and left out of the denominator.</summary>
    Excluded,
}

/// <summary>One ITT subject's response in one binary analysis (subject listing line).</summary>
/// <param name="UsubjId">Subject id.</param>
/// <param name="Arm">Planned arm (TRT01P).</param>
/// <param name="Stratum">STRAT1, when recorded.</param>
/// <param name="Observed">The response at the visit as derived, with its not-evaluable reason.</param>
/// <param name="Handling">How the response entered the analysis.</param>
/// <param name="Responder">The value analysed; <c>null</c> when the subject is excluded.</param>
/// <param name="CarriedFromWeek">Under LOCF, the visit (AVISITN) whose response was carried; otherwise <c>null</c>.</param>
public sealed record SubjectResponse(string UsubjId, string Arm, string? Stratum, ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek);

/// <summary>A count of subjects by not-evaluable reason.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Count">Number of subjects (at least 1).</param>
public sealed record ReasonCount(NotEvaluableReason Reason, int Count)
{
    /// <summary>The reason (a defined value other than <see cref="NotEvaluableReason.None"/>).</summary>
    public NotEvaluableReason Reason { get; } = Enum.IsDefined(Reason) && Reason != NotEvaluableReason.None ? Reason
        : throw new ArgumentOutOfRangeException(nameof(Reason), Reason, "A count needs a not-evaluable reason.");
    /// <summary>Number of subjects (at least 1).</summary>
    public int Count { get; } = Count >= 1 ? Count : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A reason count is at least 1.");
}

/// <summary>
/// A binary endpoint in one arm at one visit under one missing-data handling: denominator, responders, the rate with
/// Wilson and Clopper-Pearson intervals, and how many subjects were imputed or excluded and why.
/// </summary>
public sealed record ArmResponse
{
    internal ArmResponse(ResponderEndpoint endpoint, decimal visitWeek, Imputation imputation, string arm, IReadOnlyList<SubjectResponse> subjects, double level)
        : this(endpoint, visitWeek, imputation, arm, subjects, ResponseTally.Of(subjects), level)
    {
    }

    /// <summary>An arm response whose counts were already taken (<paramref name="tally"/> must describe <paramref name="subjects"/>).</summary>
    internal ArmResponse(ResponderEndpoint endpoint, decimal visitWeek, Imputation imputation, string arm, IReadOnlyList<SubjectResponse> subjects, ResponseTally tally, double level)
    {
        Endpoint = endpoint;
        VisitWeek = visitWeek;
        Imputation = imputation;
        Arm = arm;
        Subjects = subjects;
        IttSubjects = tally.Itt;
        N = tally.N;
        Responders = tally.Responders;
        Imputed = tally.Imputed;
        Excluded = IttSubjects - N;
        ImputedReasons = tally.ImputedReasons();
        ExcludedReasons = tally.ExcludedReasons();
        Wilson = Proportion.Estimate(Responders, N, ProportionCiMethod.Wilson, level);
        ClopperPearson = Proportion.Estimate(Responders, N, ProportionCiMethod.ClopperPearson, level);
    }

    /// <summary>The endpoint.</summary>
    public ResponderEndpoint Endpoint { get; }
    /// <summary>The visit (AVISITN, weeks).</summary>
    public decimal VisitWeek { get; }
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => EndpointNames.VisitLabel(VisitWeek);
    /// <summary>The missing-data handling.</summary>
    public Imputation Imputation { get; }
    /// <summary>The arm (TRT01P).</summary>
    public string Arm { get; }
    /// <summary>ITT subjects of the arm.</summary>
    public int IttSubjects { get; }
    /// <summary>Denominator: all ITT subjects (NRI), or those evaluable (observed) or with a carried response (LOCF).</summary>
    public int N { get; }
    /// <summary>Responders among <see cref="N"/>.</summary>
    public int Responders { get; }
    /// <summary>Subjects whose response was imputed (NRI: set to non-responder; LOCF: carried forward).</summary>
    public int Imputed { get; }
    /// <summary>Subjects left out of the denominator (<see cref="IttSubjects"/> − <see cref="N"/>).</summary>
    public int Excluded { get; }
    /// <summary>Imputed subjects by the reason their response was not evaluable at the visit.</summary>
    public IReadOnlyList<ReasonCount> ImputedReasons { get; }
    /// <summary>Excluded subjects by reason.</summary>
    public IReadOnlyList<ReasonCount> ExcludedReasons { get; }
    /// <summary>Rate with the Wilson score interval (NaN when <see cref="N"/> is 0).</summary>
    public ProportionEstimate Wilson { get; }
    /// <summary>Rate with the Clopper-Pearson exact interval (NaN when <see cref="N"/> is 0).</summary>
    public ProportionEstimate ClopperPearson { get; }
    /// <summary>Responders / N (NaN when N is 0).</summary>
    public double Rate => Wilson.Estimate;
    /// <summary>
    /// Every ITT subject of the arm with how the response was handled. The elements are computed from the derived endpoints
    /// on access (not stored: at 100,000 subjects the stored responses of every endpoint, visit and handling took over
    /// 1 GB); each access returns a new, value-equal record.
    /// </summary>
    public IReadOnlyList<SubjectResponse> Subjects { get; }
}

/// <summary>The counts an <see cref="ArmResponse"/> reports, taken subject by subject (and added up over parts of an arm).</summary>
internal sealed class ResponseTally
{
    private static readonly int ReasonSlots = Enum.GetValues<NotEvaluableReason>().Max(r => (int)r) + 1;
    private readonly int[] _imputedBy = new int[ReasonSlots];
    private readonly int[] _excludedBy = new int[ReasonSlots];

    public int Itt { get; private set; }
    public int N { get; private set; }
    public int Responders { get; private set; }
    public int Imputed { get; private set; }

    /// <summary>Counts one subject's response.</summary>
    public void Add(ResponseHandling handling, bool? responder, NotEvaluableReason reason)
    {
        Itt++;
        if (handling != ResponseHandling.Excluded) N++;
        if (responder == true) Responders++;
        if (handling == ResponseHandling.Imputed) { Imputed++; _imputedBy[(int)reason]++; }
        if (handling == ResponseHandling.Excluded) _excludedBy[(int)reason]++;
    }

    /// <summary>Adds the counts of another part of the arm.</summary>
    public void Add(ResponseTally other)
    {
        Itt += other.Itt;
        N += other.N;
        Responders += other.Responders;
        Imputed += other.Imputed;
        for (var r = 0; r < ReasonSlots; r++)
        {
            _imputedBy[r] += other._imputedBy[r];
            _excludedBy[r] += other._excludedBy[r];
        }
    }

    /// <summary>The counts of a list of responses (computed ones without creating their records).</summary>
    public static ResponseTally Of(IReadOnlyList<SubjectResponse> subjects)
    {
        var tally = new ResponseTally();
        if (subjects is SubjectResponses computed)
            for (var i = 0; i < computed.Count; i++)
            {
                var d = computed.Decide(i);
                tally.Add(d.Handling, d.Responder, d.Observed.Reason);
            }
        else
            foreach (var s in subjects) tally.Add(s.Handling, s.Responder, s.Observed.Reason);
        return tally;
    }

    /// <summary>Imputed subjects by reason, reasons ascending (as a group-by on the reason ordered by key gave).</summary>
    public IReadOnlyList<ReasonCount> ImputedReasons() => Reasons(_imputedBy);

    /// <summary>Excluded subjects by reason, reasons ascending.</summary>
    public IReadOnlyList<ReasonCount> ExcludedReasons() => Reasons(_excludedBy);

    /// <summary>The reasons with a count, ascending.</summary>
    public static IReadOnlyList<ReasonCount> Reasons(int[] counts)
    {
        var list = new List<ReasonCount>();
        for (var r = 0; r < counts.Length; r++)
            if (counts[r] > 0) list.Add(new ReasonCount((NotEvaluableReason)r, counts[r]));
        return list.ToArray().AsReadOnly();
    }

    /// <summary>A count per reason slot (index = reason value).</summary>
    public static int[] NewReasonCounts() => new int[ReasonSlots];
}

/// <summary>The responses of an arm's ITT subjects at one visit, computed on access from the derived endpoints.</summary>
internal sealed class SubjectResponses(Subject[] subjects, EndpointDataset endpoints, ResponderEndpoint endpoint, decimal week, Imputation imputation)
    : IReadOnlyList<SubjectResponse>
{
    /// <inheritdoc />
    public SubjectResponse this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, subjects.Length);
            var subject = subjects[index];
            return BinaryEfficacy.Respond(subject, endpoints.ForSubject(subject.UsubjId), endpoint, week, imputation);
        }
    }

    /// <inheritdoc />
    public int Count => subjects.Length;

    /// <summary>What element <paramref name="index"/> holds, without creating the record (for counting).</summary>
    internal (ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek) Decide(int index) =>
        BinaryEfficacy.Decide(subjects[index], endpoints.ForSubject(subjects[index].UsubjId), endpoint, week, imputation);

    /// <inheritdoc />
    public IEnumerator<SubjectResponse> GetEnumerator()
    {
        for (var i = 0; i < subjects.Length; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Stratified (STRAT1) analysis of a binary comparison.</summary>
/// <param name="StrataLabels">Stratum labels, ordinal order, matching <paramref name="Tables"/>.</param>
/// <param name="Tables">One 2x2 table per stratum (treatment vs control).</param>
/// <param name="Cmh">Cochran-Mantel-Haenszel test (no continuity correction) with the Mantel-Haenszel common odds ratio.</param>
/// <param name="Difference">CMH-weighted common risk difference with its Wald (Sato variance) interval.</param>
public sealed record StratifiedComparison(IReadOnlyList<string> StrataLabels, IReadOnlyList<TwoByTwoTable> Tables, MantelHaenszelResult Cmh, StratifiedDifferenceEstimate Difference);

/// <summary>
/// A binary endpoint compared between a treatment arm and the control arm at one visit under one missing-data handling
/// (difference = treatment − control).
/// </summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="VisitWeek">The visit (AVISITN).</param>
/// <param name="Imputation">The missing-data handling.</param>
/// <param name="TreatmentArm">The treatment (test) arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="Table">Responders / N per arm.</param>
/// <param name="Newcombe">Difference with the Newcombe hybrid score interval.</param>
/// <param name="MiettinenNurminen">Difference with the Miettinen-Nurminen score interval.</param>
/// <param name="Fisher">Fisher's exact test.</param>
/// <param name="ChiSquare">Pearson chi-square test without continuity correction.</param>
/// <param name="OddsRatio">Odds ratio (treatment over control) with the Woolf interval.</param>
/// <param name="Stratified">Stratified analysis by STRAT1, when requested.</param>
public sealed record ArmComparison(ResponderEndpoint Endpoint, decimal VisitWeek, Imputation Imputation, string TreatmentArm, string ControlArm,
    TwoByTwoTable Table, DifferenceEstimate Newcombe, DifferenceEstimate MiettinenNurminen, TestResult Fisher, TestResult ChiSquare,
    OddsRatioEstimate OddsRatio, StratifiedComparison? Stratified)
{
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => EndpointNames.VisitLabel(VisitWeek);
}

/// <summary>Builds binary responses of ITT subjects under a missing-data handling.</summary>
internal static class BinaryEfficacy
{
    /// <summary>The response of one subject at one visit under one handling.</summary>
    public static SubjectResponse Respond(Subject subject, IReadOnlyList<SubjectVisitEndpoints> visits, ResponderEndpoint endpoint, decimal week, Imputation imputation)
    {
        var d = Decide(subject, visits, endpoint, week, imputation);
        return new SubjectResponse(subject.UsubjId, subject.PlannedArm, subject.Stratum, d.Observed, d.Handling, d.Responder, d.CarriedFromWeek);
    }

    /// <summary>What <see cref="Respond"/> decides, without creating the record.</summary>
    internal static (ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek) Decide(
        Subject subject, IReadOnlyList<SubjectVisitEndpoints> visits, ResponderEndpoint endpoint, decimal week, Imputation imputation)
    {
        var atVisit = AtVisit(visits, week);
        return Decide(visits, atVisit, atVisit is null ? MissingVisitReason(subject, visits, week) : NotEvaluableReason.None, endpoint, week, imputation);
    }

    /// <summary>The subject's record at a visit (the first with that AVISITN), or null.</summary>
    internal static SubjectVisitEndpoints? AtVisit(IReadOnlyList<SubjectVisitEndpoints> visits, decimal week)
    {
        foreach (var v in visits) if (v.VisitWeek == week) return v;
        return null;
    }

    /// <summary>
    /// <see cref="Decide(Subject, IReadOnlyList{SubjectVisitEndpoints}, ResponderEndpoint, decimal, Imputation)"/> with the
    /// record at the visit (<see cref="AtVisit"/>) and, when there is none, <see cref="MissingVisitReason"/> already found
    /// (the counting pass finds them once per subject and visit for every endpoint and handling).
    /// </summary>
    internal static (ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek) Decide(
        IReadOnlyList<SubjectVisitEndpoints> visits, SubjectVisitEndpoints? atVisit, NotEvaluableReason missingVisitReason,
        ResponderEndpoint endpoint, decimal week, Imputation imputation)
    {
        var observed = atVisit is not null ? atVisit.Outcome(endpoint) : ResponderOutcome.NotEvaluable(missingVisitReason);
        if (observed.IsEvaluable)
            return (observed, ResponseHandling.Observed, observed.Responder, null);
        switch (imputation)
        {
            case Imputation.NonResponderImputation:
                return (observed, ResponseHandling.Imputed, false, null);
            case Imputation.ObservedCases:
                return (observed, ResponseHandling.Excluded, null, null);
            case Imputation.Locf:
                SubjectVisitEndpoints? last = null;
                foreach (var v in visits)
                    if (v.VisitWeek > 0m && v.VisitWeek < week && v.Outcome(endpoint).IsEvaluable) last = v;  // visits ascend
                return last is null
                    ? (observed, ResponseHandling.Excluded, null, null)
                    : (observed, ResponseHandling.Imputed, last.Outcome(endpoint).Responder, last.VisitWeek);
            default:
                throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null);
        }
    }

    private static bool AnyAtOrAfter(IReadOnlyList<SubjectVisitEndpoints> visits, decimal week)
    {
        foreach (var v in visits) if (v.VisitWeek >= week) return true;
        return false;
    }

    /// <summary>Why a subject has no record at a visit: never treated, discontinued (nothing at or after it), or simply no visit.</summary>
    public static NotEvaluableReason MissingVisitReason(Subject subject, IReadOnlyList<SubjectVisitEndpoints> visits, decimal week)
    {
        if (!subject.Safety) return NotEvaluableReason.NotTreated;
        bool discontinued = subject.EndOfStudyStatus is { } s && s.Trim().Equals("DISCONTINUED", StringComparison.OrdinalIgnoreCase);
        if (discontinued && !AnyAtOrAfter(visits, week)) return NotEvaluableReason.Discontinued;
        return NotEvaluableReason.NoVisit;
    }

    public static ArmComparison Compare(ArmResponse treatment, ArmResponse control, bool stratified, double level)
    {
        var table = new TwoByTwoTable(treatment.Responders, treatment.N, control.Responders, control.N);
        StratifiedComparison? strat = null;
        if (stratified)
        {
            var included = treatment.Subjects.Concat(control.Subjects).Where(s => s.Handling != ResponseHandling.Excluded).ToArray();
            var labels = included.Select(s => s.Stratum!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var tables = labels.Select(label =>
            {
                var t = included.Where(s => s.Stratum == label && s.Arm == treatment.Arm).ToArray();
                var c = included.Where(s => s.Stratum == label && s.Arm == control.Arm).ToArray();
                return new TwoByTwoTable(t.Count(s => s.Responder == true), t.Length, c.Count(s => s.Responder == true), c.Length);
            }).ToArray();
            if (tables.Length > 0)
                strat = new StratifiedComparison(Array.AsReadOnly(labels), Array.AsReadOnly(tables),
                    MantelHaenszel.Test(tables, continuityCorrection: false, level: level),
                    ProportionDifference.Stratified(tables, StratifiedDifferenceMethod.CmhWald, level));
        }
        return new ArmComparison(treatment.Endpoint, treatment.VisitWeek, treatment.Imputation, treatment.Arm, control.Arm, table,
            ProportionDifference.Estimate(table, DifferenceCiMethod.Newcombe, level),
            ProportionDifference.Estimate(table, DifferenceCiMethod.MiettinenNurminen, level),
            TwoByTwoTests.Fisher(table),
            TwoByTwoTests.ChiSquare(table, yatesCorrection: false),
            OddsRatio.Estimate(table, OddsRatioMethod.Woolf, level),
            strat);
    }
}
