namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="PartialRemissionThreshold"/> (the ASAS partial remission rule): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class PartialRemissionThresholdNames
{
    /// <summary>The code: <c>at_most_2</c> or <c>below_2</c>.</summary>
    /// <param name="threshold">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PartialRemissionThreshold"/>.</exception>
    public static string Code(this PartialRemissionThreshold threshold) => threshold switch
    {
        PartialRemissionThreshold.AtMostTwo => "at_most_2",
        PartialRemissionThreshold.BelowTwo => "below_2",
        _ => throw new ArgumentOutOfRangeException(nameof(threshold), threshold, null),
    };

    /// <summary>The figure label: <c>≤ 2</c> or <c>&lt; 2</c>.</summary>
    /// <param name="threshold">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PartialRemissionThreshold"/>.</exception>
    public static string ShortLabel(this PartialRemissionThreshold threshold) => threshold switch
    {
        PartialRemissionThreshold.AtMostTwo => "≤ 2",
        PartialRemissionThreshold.BelowTwo => "< 2",
        _ => throw new ArgumentOutOfRangeException(nameof(threshold), threshold, null),
    };

    /// <summary>The words for the methods text: <c>at most 2</c> or <c>below 2</c>.</summary>
    /// <param name="threshold">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PartialRemissionThreshold"/>.</exception>
    public static string Label(this PartialRemissionThreshold threshold) => threshold switch
    {
        PartialRemissionThreshold.AtMostTwo => "at most 2",
        PartialRemissionThreshold.BelowTwo => "below 2",
        _ => throw new ArgumentOutOfRangeException(nameof(threshold), threshold, null),
    };
}
