namespace AsAnalysis.Endpoints;

/// <summary>Which pain item(s) make up the ASAS pain domain (as-endpoints-detail.md D1).</summary>
/// <remarks>Its code, short label and label: <see cref="PainDomainNames"/>.</remarks>
public enum PainDomain
{
    /// <summary>Total back pain (PARAMCD TOTBPAIN); the default.</summary>
    TotalBackPain,
    /// <summary>Nocturnal back pain (PARAMCD NOCBPAIN).</summary>
    NocturnalBackPain,
    /// <summary>Mean of total and nocturnal back pain, as in the etanercept pivotal trials; both items are required.</summary>
    MeanTotalAndNocturnal,
}
