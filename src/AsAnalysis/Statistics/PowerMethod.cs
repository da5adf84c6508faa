namespace AsAnalysis.Statistics;

/// <summary>How power (and sample size) of a two-arm comparison of response rates is computed.</summary>
/// <remarks>Its code, short label and label: <see cref="PowerMethodNames"/>.</remarks>
public enum PowerMethod
{
    /// <summary>Normal approximation without continuity correction, as R <c>power.prop.test</c> (strict = FALSE).
    /// Code <c>normal</c>.</summary>
    NormalApproximation,
    /// <summary>Normal approximation with the Fleiss, Tytun and Ury (1980) continuity correction. Code <c>normal_cc</c>.</summary>
    NormalApproximationCorrected,
    /// <summary>Exact power of Fisher's exact test (two-sided as R <c>fisher.test</c>) by enumerating both binomials.
    /// Code <c>exact_fisher</c>.</summary>
    ExactFisher,
    /// <summary>Exact power of Pearson's chi-square test without correction by enumerating both binomials.
    /// Code <c>exact_chisq</c>.</summary>
    ExactChiSquare,
}
