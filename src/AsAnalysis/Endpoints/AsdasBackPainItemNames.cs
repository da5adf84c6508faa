namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="AsdasBackPainItem"/> (the back-pain term of ASDAS): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class AsdasBackPainItemNames
{
    /// <summary>The code: <c>basdai_q2</c> or <c>total_back_pain</c>.</summary>
    /// <param name="item">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasBackPainItem"/>.</exception>
    public static string Code(this AsdasBackPainItem item) => item switch
    {
        AsdasBackPainItem.BasdaiQuestion2 => "basdai_q2",
        AsdasBackPainItem.TotalBackPain => "total_back_pain",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>The figure label: <c>BASDAI Q2</c> or <c>Total back pain</c>.</summary>
    /// <param name="item">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasBackPainItem"/>.</exception>
    public static string ShortLabel(this AsdasBackPainItem item) => item switch
    {
        AsdasBackPainItem.BasdaiQuestion2 => "BASDAI Q2",
        AsdasBackPainItem.TotalBackPain => "Total back pain",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    /// <summary>The words for tables and the methods text: <c>BASDAI question 2</c> or <c>total back pain (TOTBPAIN)</c>.</summary>
    /// <param name="item">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasBackPainItem"/>.</exception>
    public static string Label(this AsdasBackPainItem item) => item switch
    {
        AsdasBackPainItem.BasdaiQuestion2 => "BASDAI question 2",
        AsdasBackPainItem.TotalBackPain => "total back pain (TOTBPAIN)",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };
}
