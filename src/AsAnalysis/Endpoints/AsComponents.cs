namespace AsAnalysis.Endpoints;

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
