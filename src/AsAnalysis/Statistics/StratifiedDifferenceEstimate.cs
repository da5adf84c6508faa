namespace AsAnalysis.Statistics;

/// <summary>A stratum-adjusted (common) difference of proportions, treatment minus control, with its confidence interval.</summary>
/// <param name="Strata">The stratum tables, in the order given.</param>
/// <param name="Estimate">CMH-weighted difference sum_k w_k d_k / sum_k w_k with w_k = n1k n2k / (n1k + n2k); NaN when no stratum has both arms.</param>
/// <param name="Ci">Confidence interval (NaN limits when undefined).</param>
/// <param name="Method">Interval method.</param>
public sealed record StratifiedDifferenceEstimate(IReadOnlyList<TwoByTwoTable> Strata, double Estimate, ConfidenceInterval Ci, StratifiedDifferenceMethod Method)
{
    /// <summary>The stratum tables.</summary>
    public IReadOnlyList<TwoByTwoTable> Strata { get; } = Strata ?? throw new ArgumentNullException(nameof(Strata));
    /// <summary>Confidence interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>The method's ard.csv code, <c>Method.Code()</c> (e.g. <c>cmh_wald</c>).</summary>
    public string MethodName => Method.Code();
}
