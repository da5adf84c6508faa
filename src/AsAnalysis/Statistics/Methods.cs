namespace AsAnalysis.Statistics;

/// <summary>Confidence interval methods for one binomial proportion.</summary>
public enum ProportionCiMethod
{
    /// <summary>Wilson score interval without continuity correction (R <c>prop.test(x, n, correct = FALSE)</c>). Canonical name <c>wilson</c>.</summary>
    Wilson,
    /// <summary>Wilson score interval with continuity correction (R <c>prop.test(x, n)</c>). Canonical name <c>wilson_cc</c>.</summary>
    WilsonCc,
    /// <summary>Clopper-Pearson exact interval from beta quantiles (R <c>binom.test</c>). Canonical name <c>clopper_pearson</c>.</summary>
    ClopperPearson,
    /// <summary>Agresti-Coull: z^2/2 successes and failures added, then Wald, clipped to [0, 1]. Canonical name <c>agresti_coull</c>.</summary>
    AgrestiCoull,
    /// <summary>Jeffreys: Beta(x + 1/2, n - x + 1/2) quantiles, no boundary modification. Canonical name <c>jeffreys</c>.</summary>
    Jeffreys,
    /// <summary>Wald: p +/- z sqrt(p(1-p)/n), clipped to [0, 1]. Canonical name <c>wald</c>.</summary>
    Wald,
}

/// <summary>Confidence interval methods for the difference of two independent proportions (treatment minus control).</summary>
public enum DifferenceCiMethod
{
    /// <summary>Wald without continuity correction. Canonical name <c>wald</c>.</summary>
    Wald,
    /// <summary>Wald with continuity correction (R <c>prop.test(correct = TRUE)</c>). Canonical name <c>wald_cc</c>.</summary>
    WaldCc,
    /// <summary>Newcombe (1998) hybrid score, method 10. Canonical name <c>newcombe</c>.</summary>
    Newcombe,
    /// <summary>Miettinen-Nurminen score interval (variance with N/(N-1)); SAS <c>RISKDIFF(CL=MN)</c>. Canonical name <c>miettinen_nurminen</c>.</summary>
    MiettinenNurminen,
    /// <summary>Mee score interval (Miettinen-Nurminen without the N/(N-1) factor); SAS <c>RISKDIFF(CL=FM)</c>. Canonical name <c>mee</c>.</summary>
    Mee,
    /// <summary>Agresti-Caffo: one success and one failure added to each arm, then Wald. Canonical name <c>agresti_caffo</c>.</summary>
    AgrestiCaffo,
    /// <summary>Chan-Zhang (1999) exact unconditional interval, two one-sided score tests inverted; SAS <c>EXACT RISKDIFF</c> score limits. Canonical name <c>chan_zhang</c>.</summary>
    ChanZhang,
    /// <summary>Agresti-Min (2001) exact unconditional interval, one two-sided score test inverted. Canonical name <c>agresti_min</c>.</summary>
    AgrestiMin,
}

/// <summary>Confidence interval methods for the risk ratio (treatment over control).</summary>
public enum RiskRatioCiMethod
{
    /// <summary>Log (Katz) interval. Canonical name <c>log</c>.</summary>
    Log,
    /// <summary>Score interval (Koopman 1984 / Miettinen-Nurminen). Canonical name <c>score</c>.</summary>
    Score,
}

/// <summary>Estimation methods for the odds ratio (treatment over control).</summary>
public enum OddsRatioMethod
{
    /// <summary>Sample odds ratio with the Woolf (logit) interval. Canonical name <c>woolf</c>.</summary>
    Woolf,
    /// <summary>Conditional maximum-likelihood estimate with the exact interval (R <c>fisher.test</c>). Canonical name <c>conditional_mle</c>.</summary>
    ConditionalMle,
}

/// <summary>Hypothesis tests the library performs.</summary>
public enum TestMethod
{
    /// <summary>Fisher's exact test, two-sided as R <c>fisher.test</c>. Canonical name <c>fisher</c>.</summary>
    Fisher,
    /// <summary>Pearson chi-square without continuity correction (R <c>chisq.test(correct = FALSE)</c>). Canonical name <c>chisq</c>.</summary>
    ChiSquare,
    /// <summary>Pearson chi-square with Yates' continuity correction. Canonical name <c>chisq_yates</c>.</summary>
    ChiSquareYates,
    /// <summary>Boschloo's exact unconditional test (scipy <c>boschloo_exact</c>). Canonical name <c>boschloo</c>.</summary>
    Boschloo,
    /// <summary>Barnard's exact unconditional test (scipy <c>barnard_exact</c>). Canonical name <c>barnard</c>.</summary>
    Barnard,
    /// <summary>Cochran-Mantel-Haenszel test without continuity correction (R <c>mantelhaen.test(correct = FALSE)</c>). Canonical name <c>cmh</c>.</summary>
    CochranMantelHaenszel,
    /// <summary>Cochran-Mantel-Haenszel test with continuity correction (R <c>mantelhaen.test()</c>). Canonical name <c>cmh_cc</c>.</summary>
    CochranMantelHaenszelCorrected,
    /// <summary>Welch two-sample t-test (R <c>t.test(x, y)</c>). Canonical name <c>welch_t</c>.</summary>
    WelchT,
    /// <summary>Wilcoxon rank-sum test, exact distribution (R <c>wilcox.test(exact = TRUE)</c>). Canonical name <c>wilcoxon_exact</c>.</summary>
    WilcoxonExact,
    /// <summary>Wilcoxon rank-sum test, normal approximation with tie and continuity correction. Canonical name <c>wilcoxon_normal</c>.</summary>
    WilcoxonNormal,
    /// <summary>t-test of the treatment coefficient in an ANCOVA (R <c>lm(chg ~ trt + base)</c>). Canonical name <c>ancova</c>.</summary>
    Ancova,
    /// <summary>Exact conditional (binomial) test of two Poisson rates (R <c>poisson.test(c(x1, x2), c(t1, t2))</c>). Canonical name <c>poisson_exact</c>.</summary>
    PoissonExact,
}

/// <summary>Multiple-comparison adjustments of p-values (R <c>p.adjust</c>).</summary>
public enum PValueAdjustment
{
    /// <summary>Bonferroni (R <c>p.adjust(method = "bonferroni")</c>).</summary>
    Bonferroni,
    /// <summary>Holm step-down (R <c>p.adjust(method = "holm")</c>).</summary>
    Holm,
    /// <summary>Hochberg step-up (R <c>p.adjust(method = "hochberg")</c>).</summary>
    Hochberg,
}

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
