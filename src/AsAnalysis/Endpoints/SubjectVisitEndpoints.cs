namespace AsAnalysis.Endpoints;

/// <summary>The binary (responder) endpoints derived per subject and visit.</summary>
public enum ResponderEndpoint
{
    /// <summary>ASAS20 (Anderson 2001). ard name <c>ASAS20</c>.</summary>
    Asas20,
    /// <summary>ASAS40 (Brandt 2004). ard name <c>ASAS40</c>.</summary>
    Asas40,
    /// <summary>ASAS 5/6 (Brandt 2004). ard name <c>ASAS56</c>.</summary>
    Asas56,
    /// <summary>ASAS partial remission. ard name <c>ASASPR</c>.</summary>
    AsasPartialRemission,
    /// <summary>BASDAI improvement of at least 50%. ard name <c>BASDAI50</c>.</summary>
    Basdai50,
    /// <summary>ASDAS clinically important improvement (change &lt;= −1.1). ard name <c>ASDAS_CII</c>.</summary>
    AsdasClinicallyImportantImprovement,
    /// <summary>ASDAS major improvement (change &lt;= −2.0). ard name <c>ASDAS_MI</c>.</summary>
    AsdasMajorImprovement,
}

/// <summary>The continuous endpoints analysed as change from baseline.</summary>
public enum ContinuousEndpoint
{
    /// <summary>BASDAI. ard name <c>BASDAI</c>.</summary>
    Basdai,
    /// <summary>BASFI. ard name <c>BASFI</c>.</summary>
    Basfi,
    /// <summary>ASDAS-CRP. ard name <c>ASDAS_CRP</c>.</summary>
    AsdasCrp,
    /// <summary>CRP, mg/L (raw, no floor). ard name <c>CRP</c>.</summary>
    Crp,
    /// <summary>Patient global assessment. ard name <c>PTGLOBAL</c>.</summary>
    PatientGlobal,
    /// <summary>The ASAS pain domain as chosen by <see cref="EndpointOptions.PainDomain"/>. ard name <c>PAIN</c>.</summary>
    Pain,
}

/// <summary>Why a responder value is not evaluable (or <see cref="None"/> when it is).</summary>
public enum NotEvaluableReason
{
    /// <summary>Evaluable. Canonical name <c>none</c>.</summary>
    None,
    /// <summary>The visit is baseline (or before it), where a change-based response is not defined. Canonical name <c>not_post_baseline</c>.</summary>
    NotPostBaseline,
    /// <summary>The subject has no baseline visit (AVISITN 0). Canonical name <c>no_baseline</c>.</summary>
    NoBaseline,
    /// <summary>The baseline visit exists but a component the endpoint needs is missing there. Canonical name <c>missing_baseline_component</c>.</summary>
    MissingBaselineComponent,
    /// <summary>The visit exists but a component the endpoint needs is missing there. Canonical name <c>missing_component</c>.</summary>
    MissingComponent,
    /// <summary>No assessment at all at the visit (subject still in the study or status unknown). Canonical name <c>no_visit</c>.</summary>
    NoVisit,
    /// <summary>No assessment at or after the visit and the subject discontinued the study (EOSSTT = DISCONTINUED). Canonical name <c>discontinued</c>.</summary>
    Discontinued,
    /// <summary>No assessment at the visit and the subject never received study treatment (SAFFL = N). Canonical name <c>not_treated</c>.</summary>
    NotTreated,
}

/// <summary>Canonical names of the endpoint enums (as used in ard.csv).</summary>
public static class EndpointNames
{
    /// <summary>The ard.csv endpoint name: ASAS20, ASAS40, ASAS56, ASASPR, BASDAI50, ASDAS_CII, ASDAS_MI.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string CanonicalName(this ResponderEndpoint endpoint) => endpoint switch
    {
        ResponderEndpoint.Asas20 => "ASAS20",
        ResponderEndpoint.Asas40 => "ASAS40",
        ResponderEndpoint.Asas56 => "ASAS56",
        ResponderEndpoint.AsasPartialRemission => "ASASPR",
        ResponderEndpoint.Basdai50 => "BASDAI50",
        ResponderEndpoint.AsdasClinicallyImportantImprovement => "ASDAS_CII",
        ResponderEndpoint.AsdasMajorImprovement => "ASDAS_MI",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The ard.csv endpoint name: BASDAI, BASFI, ASDAS_CRP, CRP, PTGLOBAL, PAIN.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string CanonicalName(this ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => "BASDAI",
        ContinuousEndpoint.Basfi => "BASFI",
        ContinuousEndpoint.AsdasCrp => "ASDAS_CRP",
        ContinuousEndpoint.Crp => "CRP",
        ContinuousEndpoint.PatientGlobal => "PTGLOBAL",
        ContinuousEndpoint.Pain => "PAIN",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The canonical (snake case) name of a reason, e.g. <c>missing_component</c>.</summary>
    /// <param name="reason">The reason.</param>
    public static string CanonicalName(this NotEvaluableReason reason) => reason switch
    {
        NotEvaluableReason.None => "none",
        NotEvaluableReason.NotPostBaseline => "not_post_baseline",
        NotEvaluableReason.NoBaseline => "no_baseline",
        NotEvaluableReason.MissingBaselineComponent => "missing_baseline_component",
        NotEvaluableReason.MissingComponent => "missing_component",
        NotEvaluableReason.NoVisit => "no_visit",
        NotEvaluableReason.Discontinued => "discontinued",
        NotEvaluableReason.NotTreated => "not_treated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The visit label used in ard.csv: <c>Week 12</c> for AVISITN 12 (trailing zeros dropped, invariant culture).</summary>
    /// <param name="visitWeek">AVISITN in weeks.</param>
    public static string VisitLabel(decimal visitWeek) =>
        "Week " + (visitWeek / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A responder value with the reason it is missing: <see cref="Responder"/> is <c>null</c> exactly when <see cref="Reason"/> is not <see cref="NotEvaluableReason.None"/>.</summary>
public sealed record ResponderOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="responder">Responder (true), non-responder (false), or <c>null</c> = not evaluable.</param>
    /// <param name="reason">Why it is not evaluable; <see cref="NotEvaluableReason.None"/> when evaluable.</param>
    /// <exception cref="ArgumentException">A value together with a reason, or a missing value without one.</exception>
    public ResponderOutcome(bool? responder, NotEvaluableReason reason)
    {
        if (!Enum.IsDefined(reason)) throw new ArgumentOutOfRangeException(nameof(reason), reason, "Undefined reason.");
        if ((responder is null) != (reason != NotEvaluableReason.None))
            throw new ArgumentException("A responder value must have reason None, and a missing value a reason other than None.", nameof(reason));
        Responder = responder;
        Reason = reason;
    }

    /// <summary>Responder (true), non-responder (false), or <c>null</c> = not evaluable.</summary>
    public bool? Responder { get; }
    /// <summary>Why the value is not evaluable; <see cref="NotEvaluableReason.None"/> when it is.</summary>
    public NotEvaluableReason Reason { get; }
    /// <summary>True when the value is known.</summary>
    public bool IsEvaluable => Responder is not null;

    /// <summary>An evaluable outcome.</summary>
    /// <param name="responder">Responder or not.</param>
    public static ResponderOutcome Of(bool responder) => responder ? Yes : No;
    /// <summary>A not-evaluable outcome (one shared instance per reason: outcomes are immutable and compare by value).</summary>
    /// <param name="reason">The reason (not <see cref="NotEvaluableReason.None"/>).</param>
    public static ResponderOutcome NotEvaluable(NotEvaluableReason reason) =>
        (uint)reason < (uint)NotEvaluableOutcomes.Length && NotEvaluableOutcomes[(int)reason] is { } shared ? shared : new(null, reason);

    private static readonly ResponderOutcome?[] NotEvaluableOutcomes =
        [.. Enum.GetValues<NotEvaluableReason>().Select(r => r == NotEvaluableReason.None ? null : new ResponderOutcome(null, r))];
    /// <summary>Responder.</summary>
    public static ResponderOutcome Yes { get; } = new(true, NotEvaluableReason.None);
    /// <summary>Non-responder.</summary>
    public static ResponderOutcome No { get; } = new(false, NotEvaluableReason.None);
}

/// <summary>Where a composite score came from.</summary>
public enum CompositeSource
{
    /// <summary>Not available: items incomplete and no pre-derived total used.</summary>
    Missing,
    /// <summary>Derived from the items at the visit.</summary>
    Items,
    /// <summary>The pre-derived total of the export, used because no item was present at the visit.</summary>
    PreDerived,
}

/// <summary>The six BASDAI questions at a visit (0-10; <c>null</c> = missing).</summary>
/// <param name="Q1">Fatigue.</param>
/// <param name="Q2">Neck, back or hip pain.</param>
/// <param name="Q3">Peripheral joint pain/swelling.</param>
/// <param name="Q4">Enthesal tenderness.</param>
/// <param name="Q5">Morning stiffness severity.</param>
/// <param name="Q6">Morning stiffness duration.</param>
public sealed record BasdaiItems(decimal? Q1, decimal? Q2, decimal? Q3, decimal? Q4, decimal? Q5, decimal? Q6)
{
    /// <summary>True when at least one question has a value.</summary>
    public bool AnyPresent => Q1 is not null || Q2 is not null || Q3 is not null || Q4 is not null || Q5 is not null || Q6 is not null;
}

/// <summary>The AS components of one subject at one visit, as derived from the efficacy records.</summary>
public sealed record AsComponents
{
    /// <summary>The BASDAI questions.</summary>
    public required BasdaiItems BasdaiItems { get; init; }
    /// <summary>BASDAI (from the items; the pre-derived total only when no item is present).</summary>
    public required decimal? Basdai { get; init; }
    /// <summary>Where <see cref="Basdai"/> came from.</summary>
    public required CompositeSource BasdaiSource { get; init; }
    /// <summary>BASFI (from the items; the pre-derived total only when no item is present).</summary>
    public required decimal? Basfi { get; init; }
    /// <summary>Where <see cref="Basfi"/> came from.</summary>
    public required CompositeSource BasfiSource { get; init; }
    /// <summary>Patient global assessment (PTGLOBAL).</summary>
    public required decimal? PatientGlobal { get; init; }
    /// <summary>Total back pain (TOTBPAIN).</summary>
    public required decimal? TotalBackPain { get; init; }
    /// <summary>Nocturnal back pain (NOCBPAIN).</summary>
    public required decimal? NocturnalBackPain { get; init; }
    /// <summary>Inflammation: (BASDAI Q5 + Q6) / 2.</summary>
    public required decimal? Inflammation { get; init; }
    /// <summary>CRP, mg/L, as recorded.</summary>
    public required decimal? Crp { get; init; }
    /// <summary>ESR, mm/h.</summary>
    public required decimal? Esr { get; init; }
    /// <summary>Lateral spinal flexion, cm.</summary>
    public required decimal? LateralFlexion { get; init; }
    /// <summary>The four ASAS domains (pain per the options).</summary>
    public required AsasDomains Domains { get; init; }
    /// <summary>ASDAS-CRP (full precision).</summary>
    public required double? AsdasCrp { get; init; }
    /// <summary>ASDAS-ESR (full precision).</summary>
    public required double? AsdasEsr { get; init; }
    /// <summary>Disease-activity state from ASDAS-CRP.</summary>
    public AsdasCategory? AsdasCrpCategory => AsdasCrp is { } v ? AsScores.ClassifyAsdas(v) : null;
    /// <summary>Disease-activity state from ASDAS-ESR.</summary>
    public AsdasCategory? AsdasEsrCategory => AsdasEsr is { } v ? AsScores.ClassifyAsdas(v) : null;

    /// <summary>The value of a continuous endpoint, as a double (decimal scales converted once, at the end).</summary>
    /// <param name="endpoint">The endpoint.</param>
    public double? Value(ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => (double?)Basdai,
        ContinuousEndpoint.Basfi => (double?)Basfi,
        ContinuousEndpoint.AsdasCrp => AsdasCrp,
        ContinuousEndpoint.Crp => (double?)Crp,
        ContinuousEndpoint.PatientGlobal => (double?)PatientGlobal,
        ContinuousEndpoint.Pain => (double?)Domains.Pain,
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>The exact decimal value of a continuous endpoint on a decimal scale; <c>null</c> for ASDAS-CRP (a double) or when missing.</summary>
    /// <param name="endpoint">The endpoint.</param>
    internal decimal? DecimalValue(ContinuousEndpoint endpoint) => endpoint switch
    {
        ContinuousEndpoint.Basdai => Basdai,
        ContinuousEndpoint.Basfi => Basfi,
        ContinuousEndpoint.Crp => Crp,
        ContinuousEndpoint.PatientGlobal => PatientGlobal,
        ContinuousEndpoint.Pain => Domains.Pain,
        _ => null,
    };
}

/// <summary>
/// Every component and responder value of one subject at one visit (one AVISITN with at least one efficacy record).
/// Responder values are <c>null</c> when not evaluable, with the reason in <see cref="Outcome"/>.
/// </summary>
public sealed class SubjectVisitEndpoints
{
    private readonly ResponderOutcome[] _outcomes;

    private IReadOnlyList<AsasDomainComparison>? _domainTrace;

    internal SubjectVisitEndpoints(string usubjId, decimal visitWeek, AsComponents components, AsComponents? baseline,
        ResponderOutcome[] outcomes, double? asdasChange)
    {
        UsubjId = usubjId;
        VisitWeek = visitWeek;
        Components = components;
        Baseline = baseline;
        _outcomes = outcomes;
        AsdasChange = asdasChange;
    }

    /// <summary>Subject id.</summary>
    public string UsubjId { get; }
    /// <summary>AVISITN in weeks (0 = baseline).</summary>
    public decimal VisitWeek { get; }
    /// <summary>The ard.csv visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => EndpointNames.VisitLabel(VisitWeek);
    /// <summary>True for a visit after baseline (AVISITN &gt; 0).</summary>
    public bool IsPostBaseline => VisitWeek > 0m;
    /// <summary>Components at this visit.</summary>
    public AsComponents Components { get; }
    /// <summary>Components at the subject's baseline visit (<c>null</c> when the subject has none).</summary>
    public AsComponents? Baseline { get; }
    /// <summary>ASAS20/40 domain-level trace (empty at baseline or without a baseline visit); made on first access.</summary>
    public IReadOnlyList<AsasDomainComparison> DomainTrace =>
        _domainTrace ??= Baseline is null ? [] : AsResponse.CompareDomains(Baseline.Domains, Components.Domains);
    /// <summary>Change of the ASDAS chosen by <see cref="EndpointOptions.AsdasImprovementScore"/> (visit − baseline); <c>null</c> when not available.</summary>
    public double? AsdasChange { get; }

    /// <summary>The outcome of a responder endpoint with its not-evaluable reason.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public ResponderOutcome Outcome(ResponderEndpoint endpoint) =>
        Enum.IsDefined(endpoint) ? _outcomes[(int)endpoint] : throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);

    /// <summary>ASAS20 (<c>null</c> = not evaluable).</summary>
    public bool? Asas20 => _outcomes[(int)ResponderEndpoint.Asas20].Responder;
    /// <summary>ASAS40 (<c>null</c> = not evaluable).</summary>
    public bool? Asas40 => _outcomes[(int)ResponderEndpoint.Asas40].Responder;
    /// <summary>ASAS 5/6 (<c>null</c> = not evaluable).</summary>
    public bool? Asas56 => _outcomes[(int)ResponderEndpoint.Asas56].Responder;
    /// <summary>ASAS partial remission (<c>null</c> = not evaluable).</summary>
    public bool? AsasPartialRemission => _outcomes[(int)ResponderEndpoint.AsasPartialRemission].Responder;
    /// <summary>BASDAI50 (<c>null</c> = not evaluable).</summary>
    public bool? Basdai50 => _outcomes[(int)ResponderEndpoint.Basdai50].Responder;
    /// <summary>ASDAS clinically important improvement (<c>null</c> = not evaluable).</summary>
    public bool? AsdasClinicallyImportantImprovement => _outcomes[(int)ResponderEndpoint.AsdasClinicallyImportantImprovement].Responder;
    /// <summary>ASDAS major improvement (<c>null</c> = not evaluable).</summary>
    public bool? AsdasMajorImprovement => _outcomes[(int)ResponderEndpoint.AsdasMajorImprovement].Responder;

    /// <summary>Change from baseline of a continuous endpoint (decimal scales subtracted exactly, then converted); <c>null</c> when either value is missing.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public double? Change(ContinuousEndpoint endpoint)
    {
        if (Baseline is null) return null;
        if (endpoint == ContinuousEndpoint.AsdasCrp)
            return Components.AsdasCrp is { } v && Baseline.AsdasCrp is { } b ? v - b : null;
        return Components.DecimalValue(endpoint) is { } dv && Baseline.DecimalValue(endpoint) is { } db ? (double)(dv - db) : null;
    }

    /// <summary>
    /// Percent change from baseline of a continuous endpoint, 100 × (value − baseline) / |baseline| (ADaM PCHG):
    /// computed exactly in decimal for decimal scales, then converted; <c>null</c> when either value is missing or the
    /// baseline is 0 (undefined, as admiral <c>derive_var_pchg</c>).
    /// </summary>
    /// <param name="endpoint">The endpoint.</param>
    public double? PercentChange(ContinuousEndpoint endpoint)
    {
        if (Baseline is null) return null;
        if (endpoint == ContinuousEndpoint.AsdasCrp)
            return Components.AsdasCrp is { } v && Baseline.AsdasCrp is { } b && b != 0 ? 100 * (v - b) / Math.Abs(b) : null;
        return Components.DecimalValue(endpoint) is { } dv && Baseline.DecimalValue(endpoint) is { } db && db != 0
            ? (double)(100m * (dv - db) / Math.Abs(db))
            : null;
    }
}
