namespace AsAnalysis.Endpoints;

/// <summary>How a subject's response entered a binary analysis.</summary>
/// <remarks>Its code, short label and label: <see cref="ResponseHandlingNames"/>.</remarks>
public enum ResponseHandling
{
    /// <summary>The response observed at the visit was used.</summary>
    Observed,
    /// <summary>Not evaluable at the visit; imputed (non-responder under NRI, carried forward under LOCF).</summary>
    Imputed,
    /// <summary>Not evaluable at the visit and left out of the denominator.</summary>
    Excluded,
}
