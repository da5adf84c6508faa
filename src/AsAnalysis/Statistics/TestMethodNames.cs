namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="TestMethod"/> (hypothesis tests): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class TestMethodNames
{
    /// <summary>The ard.csv method code, e.g. <c>fisher</c>, <c>chisq</c>, <c>cmh</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TestMethod"/>.</exception>
    public static string Code(this TestMethod method) => method switch
    {
        TestMethod.Fisher => "fisher",
        TestMethod.ChiSquare => "chisq",
        TestMethod.ChiSquareYates => "chisq_yates",
        TestMethod.Boschloo => "boschloo",
        TestMethod.Barnard => "barnard",
        TestMethod.CochranMantelHaenszel => "cmh",
        TestMethod.CochranMantelHaenszelCorrected => "cmh_cc",
        TestMethod.WelchT => "welch_t",
        TestMethod.WilcoxonExact => "wilcoxon_exact",
        TestMethod.WilcoxonNormal => "wilcoxon_normal",
        TestMethod.Ancova => "ancova",
        TestMethod.PoissonExact => "poisson_exact",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label, e.g. <c>Fisher</c>, <c>Chi-square</c>, <c>CMH</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TestMethod"/>.</exception>
    public static string ShortLabel(this TestMethod method) => method switch
    {
        TestMethod.Fisher => "Fisher",
        TestMethod.ChiSquare => "Chi-square",
        TestMethod.ChiSquareYates => "Chi-square, Yates",
        TestMethod.Boschloo => "Boschloo",
        TestMethod.Barnard => "Barnard",
        TestMethod.CochranMantelHaenszel => "CMH",
        TestMethod.CochranMantelHaenszelCorrected => "CMH, continuity-corrected",
        TestMethod.WelchT => "Welch t",
        TestMethod.WilcoxonExact => "Wilcoxon, exact",
        TestMethod.WilcoxonNormal => "Wilcoxon, normal",
        TestMethod.Ancova => "ANCOVA",
        TestMethod.PoissonExact => "Exact Poisson",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>Fisher's exact test</c>, <c>Pearson chi-square test</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TestMethod"/>.</exception>
    public static string Label(this TestMethod method) => method switch
    {
        TestMethod.Fisher => "Fisher's exact test",
        TestMethod.ChiSquare => "Pearson chi-square test",
        TestMethod.ChiSquareYates => "chi-square test with Yates' correction",
        TestMethod.Boschloo => "Boschloo's exact test",
        TestMethod.Barnard => "Barnard's exact test",
        TestMethod.CochranMantelHaenszel => "Cochran-Mantel-Haenszel test",
        TestMethod.CochranMantelHaenszelCorrected => "Cochran-Mantel-Haenszel test with continuity correction",
        TestMethod.WelchT => "Welch t-test",
        TestMethod.WilcoxonExact => "Wilcoxon rank-sum test (exact)",
        TestMethod.WilcoxonNormal => "Wilcoxon rank-sum test (normal approximation)",
        TestMethod.Ancova => "ANCOVA",
        TestMethod.PoissonExact => "exact conditional Poisson test",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
