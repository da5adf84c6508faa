namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="PowerMethod"/> (power and sample-size methods): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class PowerMethodNames
{
    /// <summary>The code (<see cref="PowerResult.MethodName"/>): <c>normal</c>, <c>normal_cc</c>, <c>exact_fisher</c> or <c>exact_chisq</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PowerMethod"/>.</exception>
    public static string Code(this PowerMethod method) => method switch
    {
        PowerMethod.NormalApproximation => "normal",
        PowerMethod.NormalApproximationCorrected => "normal_cc",
        PowerMethod.ExactFisher => "exact_fisher",
        PowerMethod.ExactChiSquare => "exact_chisq",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label, e.g. <c>Normal</c>, <c>Exact Fisher</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PowerMethod"/>.</exception>
    public static string ShortLabel(this PowerMethod method) => method switch
    {
        PowerMethod.NormalApproximation => "Normal",
        PowerMethod.NormalApproximationCorrected => "Normal, continuity-corrected",
        PowerMethod.ExactFisher => "Exact Fisher",
        PowerMethod.ExactChiSquare => "Exact chi-square",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>normal approximation</c>, <c>exact power of Fisher's exact test</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="PowerMethod"/>.</exception>
    public static string Label(this PowerMethod method) => method switch
    {
        PowerMethod.NormalApproximation => "normal approximation",
        PowerMethod.NormalApproximationCorrected => "normal approximation with continuity correction",
        PowerMethod.ExactFisher => "exact power of Fisher's exact test",
        PowerMethod.ExactChiSquare => "exact power of the Pearson chi-square test",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Canonical name; the same as <see cref="Code"/>.</summary>
    /// <param name="method">The value.</param>
    [Obsolete("Use Code.", false)]
    public static string CanonicalName(this PowerMethod method) => method.Code();

    internal static bool IsExact(this PowerMethod method) => method is PowerMethod.ExactFisher or PowerMethod.ExactChiSquare;
}
