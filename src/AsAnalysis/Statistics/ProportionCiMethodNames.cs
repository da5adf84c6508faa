namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="ProportionCiMethod"/> (one-proportion intervals): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class ProportionCiMethodNames
{
    /// <summary>The ard.csv method code, e.g. <c>wilson</c>, <c>clopper_pearson</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ProportionCiMethod"/>.</exception>
    public static string Code(this ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "wilson",
        ProportionCiMethod.WilsonCc => "wilson_cc",
        ProportionCiMethod.ClopperPearson => "clopper_pearson",
        ProportionCiMethod.AgrestiCoull => "agresti_coull",
        ProportionCiMethod.Jeffreys => "jeffreys",
        ProportionCiMethod.Wald => "wald",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label, e.g. <c>Wilson</c>, <c>Clopper-Pearson</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ProportionCiMethod"/>.</exception>
    public static string ShortLabel(this ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "Wilson",
        ProportionCiMethod.WilsonCc => "Wilson, continuity-corrected",
        ProportionCiMethod.ClopperPearson => "Clopper-Pearson",
        ProportionCiMethod.AgrestiCoull => "Agresti-Coull",
        ProportionCiMethod.Jeffreys => "Jeffreys",
        ProportionCiMethod.Wald => "Wald",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>Wilson score</c>, <c>Clopper-Pearson exact</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="ProportionCiMethod"/>.</exception>
    public static string Label(this ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "Wilson score",
        ProportionCiMethod.WilsonCc => "Wilson score with continuity correction",
        ProportionCiMethod.ClopperPearson => "Clopper-Pearson exact",
        ProportionCiMethod.AgrestiCoull => "Agresti-Coull",
        ProportionCiMethod.Jeffreys => "Jeffreys",
        ProportionCiMethod.Wald => "Wald",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
