using AsAnalysis.Data;

namespace AsAnalysis.Endpoints;

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
    public string VisitLabel => VisitLabels.Week(VisitWeek);
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
