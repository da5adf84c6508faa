namespace AsAnalysis.Safety;

/// <summary>The rows of the TEAE overview table, in display order (as-endpoints-detail section 7.2).</summary>
/// <remarks>Its code, short label and label: <see cref="OverviewCategoryNames"/>.</remarks>
public enum OverviewCategory
{
    /// <summary>Any TEAE. Code <c>ANY_TEAE</c>.</summary>
    AnyTeae,
    /// <summary>Any serious TEAE (AESER = Y). Code <c>SERIOUS</c>.</summary>
    Serious,
    /// <summary>Any TEAE leading to discontinuation (AEACN = DRUG WITHDRAWN). Code <c>LEADING_TO_DISC</c>.</summary>
    LeadingToDiscontinuation,
    /// <summary>Any related TEAE. Code <c>RELATED</c>.</summary>
    Related,
    /// <summary>Any severe TEAE. Code <c>SEVERE</c>.</summary>
    Severe,
    /// <summary>Deaths (DTHFL = Y or a TEAE with outcome FATAL); shown only when the data carry death information. Code <c>DEATH</c>.</summary>
    Death,
}
