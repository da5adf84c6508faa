namespace AsAnalysis.Statistics;

/// <summary>How the Wilcoxon rank-sum p-value and interval are computed.</summary>
/// <remarks>Its code, short label and label: <see cref="WilcoxonModeNames"/>.</remarks>
public enum WilcoxonMode
{
    /// <summary>R's default rule: exact when both samples have fewer than 50 values and there are no ties, else the normal approximation.</summary>
    Auto,
    /// <summary>
    /// Exact distribution whatever the sample sizes (R <c>exact = TRUE</c>); with ties R, and so this library, falls
    /// back to the normal approximation (check <see cref="WilcoxonResult.Exact"/>). Cost grows as min(m, n) m n.
    /// </summary>
    Exact,
    /// <summary>Normal approximation with tie and continuity correction always (R <c>exact = FALSE</c>).</summary>
    NormalApproximation,
}
