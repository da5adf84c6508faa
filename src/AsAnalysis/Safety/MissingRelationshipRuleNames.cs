namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="MissingRelationshipRule"/> (how a missing AEREL is counted): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class MissingRelationshipRuleNames
{
    /// <summary>The code: <c>related</c>, <c>not_related</c> or <c>missing</c>.</summary>
    /// <param name="rule">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="MissingRelationshipRule"/>.</exception>
    public static string Code(this MissingRelationshipRule rule) => rule switch
    {
        MissingRelationshipRule.Related => "related",
        MissingRelationshipRule.NotRelated => "not_related",
        MissingRelationshipRule.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The figure label: <c>Related</c>, <c>Not related</c> or <c>Missing</c>.</summary>
    /// <param name="rule">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="MissingRelationshipRule"/>.</exception>
    public static string ShortLabel(this MissingRelationshipRule rule) => rule switch
    {
        MissingRelationshipRule.Related => "Related",
        MissingRelationshipRule.NotRelated => "Not related",
        MissingRelationshipRule.Missing => "Missing",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The words for footnotes and the methods text ("counts as ..."): <c>related</c>, <c>not related</c> or <c>missing</c>.</summary>
    /// <param name="rule">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="MissingRelationshipRule"/>.</exception>
    public static string Label(this MissingRelationshipRule rule) => rule switch
    {
        MissingRelationshipRule.Related => "related",
        MissingRelationshipRule.NotRelated => "not related",
        MissingRelationshipRule.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
