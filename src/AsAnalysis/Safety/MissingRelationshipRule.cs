namespace AsAnalysis.Safety;

/// <summary>How an adverse event with a missing relationship (AEREL) is counted.</summary>
/// <remarks>Its code, short label and label: <see cref="MissingRelationshipRuleNames"/>.</remarks>
public enum MissingRelationshipRule
{
    /// <summary>Counted as related (conservative; default).</summary>
    Related,
    /// <summary>Counted as not related.</summary>
    NotRelated,
    /// <summary>Kept as a separate "missing" category; not counted as related in the overview.</summary>
    Missing,
}
