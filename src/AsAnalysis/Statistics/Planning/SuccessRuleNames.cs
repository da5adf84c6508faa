namespace AsAnalysis.Statistics.Planning;

/// <summary>Codes and labels of <see cref="SuccessRule"/>.</summary>
public static class SuccessRuleNames
{
    /// <summary>The snake_case code: <c>ci_lower_above_margin</c> or <c>fisher_one_sided</c>.</summary>
    /// <param name="rule">The rule.</param>
    public static string Code(this SuccessRule rule) => rule switch
    {
        SuccessRule.CiLowerAboveMargin => "ci_lower_above_margin",
        SuccessRule.FisherOneSided => "fisher_one_sided",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>A compact label: <c>CI &gt; -margin</c> or <c>Fisher 1-sided</c>.</summary>
    /// <param name="rule">The rule.</param>
    public static string ShortLabel(this SuccessRule rule) => rule switch
    {
        SuccessRule.CiLowerAboveMargin => "CI > -margin",
        SuccessRule.FisherOneSided => "Fisher 1-sided",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>Words for footnotes.</summary>
    /// <param name="rule">The rule.</param>
    public static string Label(this SuccessRule rule) => rule switch
    {
        SuccessRule.CiLowerAboveMargin => "lower confidence limit of the difference above minus the margin",
        SuccessRule.FisherOneSided => "one-sided Fisher exact test significant",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
