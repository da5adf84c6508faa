using AsAnalysis.Statistics;

namespace AsAnalysis.Reporting.Formatting;

/// <summary>Plain-words names of the statistical methods for table footnotes and the methods section.</summary>
public static class MethodText
{
    /// <summary>Name of a single-proportion interval, e.g. "Wilson score".</summary>
    /// <param name="method">The method.</param>
    public static string Describe(ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "Wilson score",
        ProportionCiMethod.WilsonCc => "Wilson score with continuity correction",
        ProportionCiMethod.ClopperPearson => "Clopper-Pearson exact",
        ProportionCiMethod.AgrestiCoull => "Agresti-Coull",
        ProportionCiMethod.Jeffreys => "Jeffreys",
        ProportionCiMethod.Wald => "Wald",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Name of a risk-difference interval, e.g. "Newcombe hybrid score".</summary>
    /// <param name="method">The method.</param>
    public static string Describe(DifferenceCiMethod method) => method switch
    {
        DifferenceCiMethod.Wald => "Wald",
        DifferenceCiMethod.WaldCc => "Wald with continuity correction",
        DifferenceCiMethod.Newcombe => "Newcombe hybrid score",
        DifferenceCiMethod.MiettinenNurminen => "Miettinen-Nurminen score",
        DifferenceCiMethod.Mee => "Mee score",
        DifferenceCiMethod.AgrestiCaffo => "Agresti-Caffo",
        DifferenceCiMethod.ChanZhang => "Chan-Zhang exact unconditional",
        DifferenceCiMethod.AgrestiMin => "Agresti-Min exact unconditional",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Name of a risk-ratio interval.</summary>
    /// <param name="method">The method.</param>
    public static string Describe(RiskRatioCiMethod method) => method switch
    {
        RiskRatioCiMethod.Log => "log (Katz)",
        RiskRatioCiMethod.Score => "Koopman score",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Name of an odds-ratio method.</summary>
    /// <param name="method">The method.</param>
    public static string Describe(OddsRatioMethod method) => method switch
    {
        OddsRatioMethod.Woolf => "Woolf (logit)",
        OddsRatioMethod.ConditionalMle => "conditional maximum likelihood",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Name of a test, e.g. "Fisher's exact test".</summary>
    /// <param name="method">The method.</param>
    public static string Describe(TestMethod method) => method switch
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

    /// <summary>Name of a multiplicity adjustment.</summary>
    /// <param name="method">The method.</param>
    public static string Describe(PValueAdjustment method) => method switch
    {
        PValueAdjustment.Bonferroni => "Bonferroni",
        PValueAdjustment.Holm => "Holm",
        PValueAdjustment.Hochberg => "Hochberg",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
