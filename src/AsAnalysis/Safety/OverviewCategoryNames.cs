namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="OverviewCategory"/> (rows of the TEAE overview): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class OverviewCategoryNames
{
    /// <summary>The ard.csv endpoint code, e.g. <c>ANY_TEAE</c>, <c>LEADING_TO_DISC</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="OverviewCategory"/>.</exception>
    public static string Code(this OverviewCategory category) => category switch
    {
        OverviewCategory.AnyTeae => "ANY_TEAE",
        OverviewCategory.Serious => "SERIOUS",
        OverviewCategory.LeadingToDiscontinuation => "LEADING_TO_DISC",
        OverviewCategory.Related => "RELATED",
        OverviewCategory.Severe => "SEVERE",
        OverviewCategory.Death => "DEATH",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The figure label, e.g. <c>Any TEAE</c>, <c>Serious</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="OverviewCategory"/>.</exception>
    public static string ShortLabel(this OverviewCategory category) => category switch
    {
        OverviewCategory.AnyTeae => "Any TEAE",
        OverviewCategory.Serious => "Serious",
        OverviewCategory.LeadingToDiscontinuation => "Leading to discontinuation",
        OverviewCategory.Related => "Related",
        OverviewCategory.Severe => "Severe",
        OverviewCategory.Death => "Death",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The table row label, e.g. <c>Any serious TEAE</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="OverviewCategory"/>.</exception>
    public static string Label(this OverviewCategory category) => category switch
    {
        OverviewCategory.AnyTeae => "Any TEAE",
        OverviewCategory.Serious => "Any serious TEAE",
        OverviewCategory.LeadingToDiscontinuation => "Any TEAE leading to discontinuation",
        OverviewCategory.Related => "Any related TEAE",
        OverviewCategory.Severe => "Any severe TEAE",
        OverviewCategory.Death => "Death",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
