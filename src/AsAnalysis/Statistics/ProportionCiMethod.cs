namespace AsAnalysis.Statistics;

/// <summary>Confidence interval methods for one binomial proportion.</summary>
/// <remarks>Its code, short label and label: <see cref="ProportionCiMethodNames"/>.</remarks>
public enum ProportionCiMethod
{
    /// <summary>Wilson score interval without continuity correction (R <c>prop.test(x, n, correct = FALSE)</c>). Code <c>wilson</c>.</summary>
    Wilson,
    /// <summary>Wilson score interval with continuity correction (R <c>prop.test(x, n)</c>). Code <c>wilson_cc</c>.</summary>
    WilsonCc,
    /// <summary>Clopper-Pearson exact interval from beta quantiles (R <c>binom.test</c>). Code <c>clopper_pearson</c>.</summary>
    ClopperPearson,
    /// <summary>Agresti-Coull: z^2/2 successes and failures added, then Wald, clipped to [0, 1]. Code <c>agresti_coull</c>.</summary>
    AgrestiCoull,
    /// <summary>Jeffreys: Beta(x + 1/2, n - x + 1/2) quantiles, no boundary modification. Code <c>jeffreys</c>.</summary>
    Jeffreys,
    /// <summary>Wald: p +/- z sqrt(p(1-p)/n), clipped to [0, 1]. Code <c>wald</c>.</summary>
    Wald,
}
