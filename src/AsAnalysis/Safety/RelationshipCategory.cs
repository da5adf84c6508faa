namespace AsAnalysis.Safety;

/// <summary>Relationship of a subject's TEAEs within a row to study treatment.</summary>
/// <remarks>Its code, short label and label: <see cref="RelationshipCategoryNames"/>.</remarks>
public enum RelationshipCategory
{
    /// <summary>At least one related record. Code <c>RELATIONSHIP_RELATED</c>.</summary>
    Related,
    /// <summary>Every record not related. Code <c>RELATIONSHIP_NOT_RELATED</c>.</summary>
    NotRelated,
    /// <summary>Unknown (only when missing relationship is kept apart): no related record and at least one without relationship. Code <c>RELATIONSHIP_MISSING</c>.</summary>
    Missing,
}
