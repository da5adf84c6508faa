namespace AsAnalysis.Plots;

/// <summary>
/// The names of <see cref="ChangeErrorBars"/> (the spread drawn around a mean change): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class ChangeErrorBarsNames
{
    /// <summary>The code: <c>se</c> or <c>sd</c>.</summary>
    /// <param name="bars">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ChangeErrorBars"/>.</exception>
    public static string Code(this ChangeErrorBars bars) => bars switch
    {
        ChangeErrorBars.StandardError => "se",
        ChangeErrorBars.StandardDeviation => "sd",
        _ => throw new ArgumentOutOfRangeException(nameof(bars), bars, null),
    };

    /// <summary>The figure label (axis titles): <c>SE</c> or <c>SD</c>.</summary>
    /// <param name="bars">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ChangeErrorBars"/>.</exception>
    public static string ShortLabel(this ChangeErrorBars bars) => bars switch
    {
        ChangeErrorBars.StandardError => "SE",
        ChangeErrorBars.StandardDeviation => "SD",
        _ => throw new ArgumentOutOfRangeException(nameof(bars), bars, null),
    };

    /// <summary>The words for captions: <c>standard error</c> or <c>standard deviation</c>.</summary>
    /// <param name="bars">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ChangeErrorBars"/>.</exception>
    public static string Label(this ChangeErrorBars bars) => bars switch
    {
        ChangeErrorBars.StandardError => "standard error",
        ChangeErrorBars.StandardDeviation => "standard deviation",
        _ => throw new ArgumentOutOfRangeException(nameof(bars), bars, null),
    };
}
