namespace AsAnalysis.Statistics;

/// <summary>Hypothesis tests the library performs.</summary>
/// <remarks>Its code, short label and label: <see cref="TestMethodNames"/>.</remarks>
public enum TestMethod
{
    /// <summary>Fisher's exact test, two-sided as R <c>fisher.test</c>. Code <c>fisher</c>.</summary>
    Fisher,
    /// <summary>Pearson chi-square without continuity correction (R <c>chisq.test(correct = FALSE)</c>). Code <c>chisq</c>.</summary>
    ChiSquare,
    /// <summary>Pearson chi-square with Yates' continuity correction. Code <c>chisq_yates</c>.</summary>
    ChiSquareYates,
    /// <summary>Boschloo's exact unconditional test (scipy <c>boschloo_exact</c>). Code <c>boschloo</c>.</summary>
    Boschloo,
    /// <summary>Barnard's exact unconditional test (scipy <c>barnard_exact</c>). Code <c>barnard</c>.</summary>
    Barnard,
    /// <summary>Cochran-Mantel-Haenszel test without continuity correction (R <c>mantelhaen.test(correct = FALSE)</c>). Code <c>cmh</c>.</summary>
    CochranMantelHaenszel,
    /// <summary>Cochran-Mantel-Haenszel test with continuity correction (R <c>mantelhaen.test()</c>). Code <c>cmh_cc</c>.</summary>
    CochranMantelHaenszelCorrected,
    /// <summary>Welch two-sample t-test (R <c>t.test(x, y)</c>). Code <c>welch_t</c>.</summary>
    WelchT,
    /// <summary>Wilcoxon rank-sum test, exact distribution (R <c>wilcox.test(exact = TRUE)</c>). Code <c>wilcoxon_exact</c>.</summary>
    WilcoxonExact,
    /// <summary>Wilcoxon rank-sum test, normal approximation with tie and continuity correction. Code <c>wilcoxon_normal</c>.</summary>
    WilcoxonNormal,
    /// <summary>t-test of the treatment coefficient in an ANCOVA (R <c>lm(chg ~ trt + base)</c>). Code <c>ancova</c>.</summary>
    Ancova,
    /// <summary>Exact conditional (binomial) test of two Poisson rates (R <c>poisson.test(c(x1, x2), c(t1, t2))</c>). Code <c>poisson_exact</c>.</summary>
    PoissonExact,
}
