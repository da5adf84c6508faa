namespace AsAnalysis.Safety;

/// <summary>Relationship of a subject's TEAEs within a row to study treatment.</summary>
public enum RelationshipCategory
{
    /// <summary>At least one related record. Endpoint name <c>RELATIONSHIP_RELATED</c>.</summary>
    Related,
    /// <summary>Every record not related. Endpoint name <c>RELATIONSHIP_NOT_RELATED</c>.</summary>
    NotRelated,
    /// <summary>Unknown (only when missing relationship is kept apart): no related record and at least one without relationship. Endpoint name <c>RELATIONSHIP_MISSING</c>.</summary>
    Missing,
}
