namespace AsAnalysis.Statistics.Planning;

/// <summary>How a future trial's success is decided from its 2x2 table.</summary>
public enum SuccessRule
{
    /// <summary>The lower limit of the two-sided (1 - 2 alpha) interval of the difference (treatment minus control)
    /// exceeds minus the margin: superiority with margin 0, non-inferiority with a positive margin. Code <c>ci_lower_above_margin</c>.</summary>
    CiLowerAboveMargin,
    /// <summary>Fisher's exact test, one-sided (treatment better), p &lt;= alpha; superiority only. Code <c>fisher_one_sided</c>.</summary>
    FisherOneSided,
}
