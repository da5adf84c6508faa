namespace AsAnalysis.Safety;

/// <summary>The rows of the TEAE overview table, in display order (as-endpoints-detail section 7.2).</summary>
public enum OverviewCategory
{
    /// <summary>Any TEAE. Endpoint name <c>ANY_TEAE</c>.</summary>
    AnyTeae,
    /// <summary>Any serious TEAE (AESER = Y). Endpoint name <c>SERIOUS</c>.</summary>
    Serious,
    /// <summary>Any TEAE leading to discontinuation (AEACN = DRUG WITHDRAWN). Endpoint name <c>LEADING_TO_DISC</c>.</summary>
    LeadingToDiscontinuation,
    /// <summary>Any related TEAE. Endpoint name <c>RELATED</c>.</summary>
    Related,
    /// <summary>Any severe TEAE. Endpoint name <c>SEVERE</c>.</summary>
    Severe,
    /// <summary>Deaths (DTHFL = Y or a TEAE with outcome FATAL); shown only when the data carry death information. Endpoint name <c>DEATH</c>.</summary>
    Death,
}
