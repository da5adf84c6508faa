namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="OddsRatioMethod"/> (odds-ratio methods): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class OddsRatioMethodNames
{
    /// <summary>The ard.csv method code: <c>woolf</c> or <c>conditional_mle</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="OddsRatioMethod"/>.</exception>
    public static string Code(this OddsRatioMethod method) => method switch
    {
        OddsRatioMethod.Woolf => "woolf",
        OddsRatioMethod.ConditionalMle => "conditional_mle",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label: <c>Woolf</c> or <c>Conditional MLE</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="OddsRatioMethod"/>.</exception>
    public static string ShortLabel(this OddsRatioMethod method) => method switch
    {
        OddsRatioMethod.Woolf => "Woolf",
        OddsRatioMethod.ConditionalMle => "Conditional MLE",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text: <c>Woolf (logit)</c> or <c>conditional maximum likelihood</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="OddsRatioMethod"/>.</exception>
    public static string Label(this OddsRatioMethod method) => method switch
    {
        OddsRatioMethod.Woolf => "Woolf (logit)",
        OddsRatioMethod.ConditionalMle => "conditional maximum likelihood",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
