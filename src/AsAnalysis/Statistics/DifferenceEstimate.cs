namespace AsAnalysis.Statistics;

/// <summary>A difference of two independent proportions (treatment minus control) with its confidence interval.</summary>
/// <param name="Table">The 2x2 table.</param>
/// <param name="Estimate">Treatment proportion minus control proportion; NaN when an arm is empty.</param>
/// <param name="Ci">Confidence interval (both limits NaN when an arm is empty).</param>
/// <param name="Method">Interval method.</param>
public sealed record DifferenceEstimate(TwoByTwoTable Table, double Estimate, ConfidenceInterval Ci, DifferenceCiMethod Method)
{
    /// <summary>The 2x2 table.</summary>
    public TwoByTwoTable Table { get; } = Table ?? throw new ArgumentNullException(nameof(Table));
    /// <summary>Confidence interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>The method's ard.csv code, <c>Method.Code()</c> (e.g. <c>miettinen_nurminen</c>).</summary>
    public string MethodName => Method.Code();
}
