namespace AsAnalysis.Statistics;

/// <summary>Confidence interval methods for the difference of two independent proportions (treatment minus control).</summary>
/// <remarks>Its code, short label and label: <see cref="DifferenceCiMethodNames"/>.</remarks>
public enum DifferenceCiMethod
{
    /// <summary>Wald without continuity correction. Code <c>wald</c>.</summary>
    Wald,
    /// <summary>Wald with continuity correction (R <c>prop.test(correct = TRUE)</c>). Code <c>wald_cc</c>.</summary>
    WaldCc,
    /// <summary>Newcombe (1998) hybrid score, method 10. Code <c>newcombe</c>.</summary>
    Newcombe,
    /// <summary>Miettinen-Nurminen score interval (variance with N/(N-1)); SAS <c>RISKDIFF(CL=MN)</c>. Code <c>miettinen_nurminen</c>.</summary>
    MiettinenNurminen,
    /// <summary>Mee score interval (Miettinen-Nurminen without the N/(N-1) factor); SAS <c>RISKDIFF(CL=FM)</c>. Code <c>mee</c>.</summary>
    Mee,
    /// <summary>Agresti-Caffo: one success and one failure added to each arm, then Wald. Code <c>agresti_caffo</c>.</summary>
    AgrestiCaffo,
    /// <summary>Chan-Zhang (1999) exact unconditional interval, two one-sided score tests inverted; SAS <c>EXACT RISKDIFF</c> score limits. Canonical name <c>chan_zhang</c>.</summary>
    ChanZhang,
    /// <summary>Agresti-Min (2001) exact unconditional interval, one two-sided score test inverted. Canonical name <c>agresti_min</c>.</summary>
    AgrestiMin,
}
