namespace AsAnalysis.Endpoints;

/// <summary>Which item is the "back pain" term of ASDAS (as-endpoints-detail.md D4).</summary>
/// <remarks>Its code, short label and label: <see cref="AsdasBackPainItemNames"/>.</remarks>
public enum AsdasBackPainItem
{
    /// <summary>BASDAI question 2 (neck, back or hip pain); the default.</summary>
    BasdaiQuestion2,
    /// <summary>The separate total back pain rating (TOTBPAIN).</summary>
    TotalBackPain,
}
