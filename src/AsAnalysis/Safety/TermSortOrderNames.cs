namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="TermSortOrder"/> (order of the SOC and PT rows): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// Further form: the sorting rule in full, for the methods section.
/// </summary>
public static class TermSortOrderNames
{
    /// <summary>The code: <c>descending_frequency</c> or <c>alphabetical</c>.</summary>
    /// <param name="order">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TermSortOrder"/>.</exception>
    public static string Code(this TermSortOrder order) => order switch
    {
        TermSortOrder.DescendingFrequency => "descending_frequency",
        TermSortOrder.Alphabetical => "alphabetical",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };

    /// <summary>The figure label: <c>By frequency</c> or <c>Alphabetical</c>.</summary>
    /// <param name="order">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TermSortOrder"/>.</exception>
    public static string ShortLabel(this TermSortOrder order) => order switch
    {
        TermSortOrder.DescendingFrequency => "By frequency",
        TermSortOrder.Alphabetical => "Alphabetical",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };

    /// <summary>The words for footnotes ("by ...", "in ... order"): <c>descending frequency</c> or <c>alphabetical</c>.</summary>
    /// <param name="order">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TermSortOrder"/>.</exception>
    public static string Label(this TermSortOrder order) => order switch
    {
        TermSortOrder.DescendingFrequency => "descending frequency",
        TermSortOrder.Alphabetical => "alphabetical",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };

    /// <summary>The sorting rule in full, for the methods section (one sentence).</summary>
    internal static string Rule(this TermSortOrder order) => order switch
    {
        TermSortOrder.DescendingFrequency => "SOCs and preferred terms are sorted by descending subject count, ties alphabetically.",
        TermSortOrder.Alphabetical => "SOCs and preferred terms are sorted alphabetically.",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };
}
