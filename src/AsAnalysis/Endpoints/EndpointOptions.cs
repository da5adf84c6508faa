namespace AsAnalysis.Endpoints;

/// <summary>Which pain item(s) make up the ASAS pain domain (as-endpoints-detail.md D1).</summary>
public enum PainDomain
{
    /// <summary>Total back pain (PARAMCD TOTBPAIN); the default.</summary>
    TotalBackPain,
    /// <summary>Nocturnal back pain (PARAMCD NOCBPAIN).</summary>
    NocturnalBackPain,
    /// <summary>Mean of total and nocturnal back pain, as in the etanercept pivotal trials; both items are required.</summary>
    MeanTotalAndNocturnal,
}

/// <summary>Coefficient set of the ASDAS formulas (as-endpoints-detail.md D3).</summary>
public enum AsdasCoefficients
{
    /// <summary>ASAS three-decimal coefficients (CRP 0.121/0.058/0.110/0.073/0.579; ESR 0.079/0.069/0.113/0.086/0.293); the default.</summary>
    ThreeDecimal,
    /// <summary>Two-decimal rounded coefficients (CRP 0.12/0.06/0.11/0.07/0.58; ESR 0.08/0.07/0.11/0.09/0.29), as in CamCOPS.</summary>
    TwoDecimal,
}

/// <summary>Which item is the "back pain" term of ASDAS (as-endpoints-detail.md D4).</summary>
public enum AsdasBackPainItem
{
    /// <summary>BASDAI question 2 (neck, back or hip pain); the default.</summary>
    BasdaiQuestion2,
    /// <summary>The separate total back pain rating (TOTBPAIN).</summary>
    TotalBackPain,
}

/// <summary>Which ASDAS score defines the ASDAS_CII and ASDAS_MI responses.</summary>
public enum AsdasScore
{
    /// <summary>ASDAS-CRP; the default.</summary>
    Crp,
    /// <summary>ASDAS-ESR.</summary>
    Esr,
}

/// <summary>The ASAS partial remission threshold rule (as-endpoints-detail.md D2).</summary>
public enum PartialRemissionThreshold
{
    /// <summary>Every domain at most 2 units (value &lt;= 2); the default.</summary>
    AtMostTwo,
    /// <summary>Every domain below 2 units (value &lt; 2), the Anderson 2001 / Machado 2011 wording.</summary>
    BelowTwo,
}

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
    public PainDomain PainDomain { get => _painDomain; init => _painDomain = Defined(value, nameof(PainDomain)); }

    /// <summary>ASDAS coefficient set. Default <see cref="Endpoints.AsdasCoefficients.ThreeDecimal"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public AsdasCoefficients AsdasCoefficients { get => _asdasCoefficients; init => _asdasCoefficients = Defined(value, nameof(AsdasCoefficients)); }

    /// <summary>Back-pain item of ASDAS. Default <see cref="Endpoints.AsdasBackPainItem.BasdaiQuestion2"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public AsdasBackPainItem AsdasBackPain { get => _asdasBackPain; init => _asdasBackPain = Defined(value, nameof(AsdasBackPain)); }

    /// <summary>ASDAS score whose change defines ASDAS_CII and ASDAS_MI. Default <see cref="AsdasScore.Crp"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public AsdasScore AsdasImprovementScore { get => _asdasImprovementScore; init => _asdasImprovementScore = Defined(value, nameof(AsdasImprovementScore)); }

    /// <summary>ASAS partial remission threshold. Default <see cref="PartialRemissionThreshold.AtMostTwo"/> (inclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined value.</exception>
    public PartialRemissionThreshold PartialRemission { get => _partialRemission; init => _partialRemission = Defined(value, nameof(PartialRemission)); }

    /// <summary>
    /// ASAS 5/6: when true (default, as-endpoints.md) the domain that is not improved must not deteriorate at all
    /// (any change for the worse, direction-aware); when false only the count of 20% improvements counts
    /// (Brandt 2004 as read in as-endpoints-detail.md §3.4).
    /// </summary>
    public bool Asas56RequireNoDeterioration { get; init; } = true;

    private static T Defined<T>(T value, string name) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(name, value, $"Undefined {typeof(T).Name} value.");
        return value;
    }
}
