namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="CompositeSource"/> (where a composite score came from): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class CompositeSourceNames
{
    /// <summary>The code: <c>missing</c>, <c>items</c> or <c>pre_derived</c>.</summary>
    /// <param name="source">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="CompositeSource"/>.</exception>
    public static string Code(this CompositeSource source) => source switch
    {
        CompositeSource.Missing => "missing",
        CompositeSource.Items => "items",
        CompositeSource.PreDerived => "pre_derived",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>The figure label: <c>Missing</c>, <c>Items</c> or <c>Pre-derived</c>.</summary>
    /// <param name="source">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="CompositeSource"/>.</exception>
    public static string ShortLabel(this CompositeSource source) => source switch
    {
        CompositeSource.Missing => "Missing",
        CompositeSource.Items => "Items",
        CompositeSource.PreDerived => "Pre-derived",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>derived from the items</c>.</summary>
    /// <param name="source">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="CompositeSource"/>.</exception>
    public static string Label(this CompositeSource source) => source switch
    {
        CompositeSource.Missing => "not available",
        CompositeSource.Items => "derived from the items",
        CompositeSource.PreDerived => "the export's pre-derived total",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
