namespace AsAnalysis.Endpoints;

/// <summary>The ASAS partial remission threshold rule (as-endpoints-detail.md D2).</summary>
/// <remarks>Its code, short label and label: <see cref="PartialRemissionThresholdNames"/>.</remarks>
public enum PartialRemissionThreshold
{
    /// <summary>Every domain at most 2 units (value &lt;= 2); the default.</summary>
    AtMostTwo,
    /// <summary>Every domain below 2 units (value &lt; 2), the Anderson 2001 / Machado 2011 wording.</summary>
    BelowTwo,
}
