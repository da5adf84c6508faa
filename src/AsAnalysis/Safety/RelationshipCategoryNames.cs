namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="RelationshipCategory"/> (relationship rows): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class RelationshipCategoryNames
{
    /// <summary>The ard.csv endpoint code, e.g. <c>RELATIONSHIP_RELATED</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RelationshipCategory"/>.</exception>
    public static string Code(this RelationshipCategory category) => category switch
    {
        RelationshipCategory.Related => "RELATIONSHIP_RELATED",
        RelationshipCategory.NotRelated => "RELATIONSHIP_NOT_RELATED",
        RelationshipCategory.Missing => "RELATIONSHIP_MISSING",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The figure label, e.g. <c>Not related</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RelationshipCategory"/>.</exception>
    public static string ShortLabel(this RelationshipCategory category) => category switch
    {
        RelationshipCategory.Related => "Related",
        RelationshipCategory.NotRelated => "Not related",
        RelationshipCategory.Missing => "Missing",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The table row label, e.g. <c>Not related</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RelationshipCategory"/>.</exception>
    public static string Label(this RelationshipCategory category) => category switch
    {
        RelationshipCategory.Related => "Related",
        RelationshipCategory.NotRelated => "Not related",
        RelationshipCategory.Missing => "Missing",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
