namespace AsAnalysis.Statistics;

/// <summary>Canonical (ard.csv) names of the methods.</summary>
public static class MethodNames
{
    /// <summary>Canonical name of a one-proportion interval method.</summary>
    /// <param name="method">The method.</param>
    public static string CanonicalName(this ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "wilson",
        ProportionCiMethod.WilsonCc => "wilson_cc",
        ProportionCiMethod.ClopperPearson => "clopper_pearson",
        ProportionCiMethod.AgrestiCoull => "agresti_coull",
        ProportionCiMethod.Jeffreys => "jeffreys",
        ProportionCiMethod.Wald => "wald",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Canonical name of a difference interval method.</summary>
    /// <param name="method">The method.</param>
    public static string CanonicalName(this DifferenceCiMethod method) => method switch
    {
        DifferenceCiMethod.Wald => "wald",
        DifferenceCiMethod.WaldCc => "wald_cc",
        DifferenceCiMethod.Newcombe => "newcombe",
        DifferenceCiMethod.MiettinenNurminen => "miettinen_nurminen",
        DifferenceCiMethod.Mee => "mee",
        DifferenceCiMethod.AgrestiCaffo => "agresti_caffo",
        DifferenceCiMethod.ChanZhang => "chan_zhang",
        DifferenceCiMethod.AgrestiMin => "agresti_min",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Canonical name of a risk-ratio interval method.</summary>
    /// <param name="method">The method.</param>
    public static string CanonicalName(this RiskRatioCiMethod method) => method switch
    {
        RiskRatioCiMethod.Log => "log",
        RiskRatioCiMethod.Score => "score",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Canonical name of an odds-ratio method.</summary>
    /// <param name="method">The method.</param>
    public static string CanonicalName(this OddsRatioMethod method) => method switch
    {
        OddsRatioMethod.Woolf => "woolf",
        OddsRatioMethod.ConditionalMle => "conditional_mle",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Canonical name of a test.</summary>
    /// <param name="method">The test.</param>
    public static string CanonicalName(this TestMethod method) => method switch
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

    /// <summary>Canonical name of a p-value adjustment.</summary>
    /// <param name="method">The adjustment.</param>
    public static string CanonicalName(this PValueAdjustment method) => method switch
    {
        PValueAdjustment.Bonferroni => "bonferroni",
        PValueAdjustment.Holm => "holm",
        PValueAdjustment.Hochberg => "hochberg",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
