namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="ResponseHandling"/> (how a response entered a binary analysis): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class ResponseHandlingNames
{
    /// <summary>The code: <c>observed</c>, <c>imputed</c> or <c>excluded</c>.</summary>
    /// <param name="handling">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ResponseHandling"/>.</exception>
    public static string Code(this ResponseHandling handling) => handling switch
    {
        ResponseHandling.Observed => "observed",
        ResponseHandling.Imputed => "imputed",
        ResponseHandling.Excluded => "excluded",
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };

    /// <summary>The figure label: <c>Observed</c>, <c>Imputed</c> or <c>Excluded</c>.</summary>
    /// <param name="handling">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ResponseHandling"/>.</exception>
    public static string ShortLabel(this ResponseHandling handling) => handling switch
    {
        ResponseHandling.Observed => "Observed",
        ResponseHandling.Imputed => "Imputed",
        ResponseHandling.Excluded => "Excluded",
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>left out of the denominator</c>.</summary>
    /// <param name="handling">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ResponseHandling"/>.</exception>
    public static string Label(this ResponseHandling handling) => handling switch
    {
        ResponseHandling.Observed => "observed at the visit",
        ResponseHandling.Imputed => "imputed",
        ResponseHandling.Excluded => "left out of the denominator",
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };
}
