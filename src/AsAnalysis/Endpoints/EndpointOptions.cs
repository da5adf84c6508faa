namespace AsAnalysis.Endpoints;

/// <summary>
/// Options of the endpoint derivations. Every choice the SAP must fix is explicit here, and the derivations
/// apply exactly what is set (nothing is overridden silently). <see cref="Default"/> is the as-endpoints.md default.
/// </summary>
public sealed record EndpointOptions
{
    private readonly PainDomain _painDomain = PainDomain.TotalBackPain;
    private readonly AsdasCoefficients _asdasCoefficients = AsdasCoefficients.ThreeDecimal;
    private readonly AsdasBackPainItem _asdasBackPain = AsdasBackPainItem.BasdaiQuestion2;
    private readonly AsdasScore _asdasImprovementScore = AsdasScore.Crp;
    private readonly PartialRemissionThreshold _partialRemission = PartialRemissionThreshold.AtMostTwo;

    /// <summary>The defaults of as-endpoints.md: total back pain, three-decimal ASDAS with BASDAI Q2, ASDAS-CRP for CII/MI, partial remission &lt;= 2, ASAS 5/6 without deterioration in the sixth domain.</summary>
    public static EndpointOptions Default { get; } = new();

    /// <summary>Pain domain of ASAS20/40/5-6/partial remission and of the continuous PAIN endpoint. Default <see cref="Endpoints.PainDomain.TotalBackPain"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public PainDomain PainDomain { get => _painDomain; init => _painDomain = Guard.Defined(value, nameof(PainDomain)); }

    /// <summary>ASDAS coefficient set. Default <see cref="Endpoints.AsdasCoefficients.ThreeDecimal"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public AsdasCoefficients AsdasCoefficients { get => _asdasCoefficients; init => _asdasCoefficients = Guard.Defined(value, nameof(AsdasCoefficients)); }

    /// <summary>Back-pain item of ASDAS. Default <see cref="Endpoints.AsdasBackPainItem.BasdaiQuestion2"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public AsdasBackPainItem AsdasBackPain { get => _asdasBackPain; init => _asdasBackPain = Guard.Defined(value, nameof(AsdasBackPain)); }

    /// <summary>ASDAS score whose change defines ASDAS_CII and ASDAS_MI. Default <see cref="AsdasScore.Crp"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public AsdasScore AsdasImprovementScore { get => _asdasImprovementScore; init => _asdasImprovementScore = Guard.Defined(value, nameof(AsdasImprovementScore)); }

    /// <summary>ASAS partial remission threshold. Default <see cref="PartialRemissionThreshold.AtMostTwo"/> (inclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public PartialRemissionThreshold PartialRemission { get => _partialRemission; init => _partialRemission = Guard.Defined(value, nameof(PartialRemission)); }

    /// <summary>
    /// ASAS 5/6: when true (default, as-endpoints.md) the domain that is not improved must not deteriorate at all
    /// (any change for the worse, direction-aware); when false only the count of 20% improvements counts
    /// (Brandt 2004 as read in as-endpoints-detail.md §3.4).
    /// </summary>
    public bool Asas56RequireNoDeterioration { get; init; } = true;
}
