namespace AsAnalysis.Statistics;

/// <summary>A risk ratio (treatment proportion over control proportion) with its confidence interval.</summary>
/// <param name="Table">The 2x2 table.</param>
/// <param name="Estimate">(x1/n1) / (x2/n2): 0 when x1 = 0 &lt; x2, +infinity when x2 = 0 &lt; x1, NaN when x1 = x2 = 0 or an arm is empty.</param>
/// <param name="Ci">Confidence interval (NaN limits when undefined; the upper limit may be +infinity).</param>
/// <param name="Method">Interval method.</param>
public sealed record RiskRatioEstimate(TwoByTwoTable Table, double Estimate, ConfidenceInterval Ci, RiskRatioCiMethod Method)
{
    /// <summary>The 2x2 table.</summary>
    public TwoByTwoTable Table { get; } = Table ?? throw new ArgumentNullException(nameof(Table));
    /// <summary>Confidence interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>The method's ard.csv code, <c>Method.Code()</c> (<c>log</c> or <c>score</c>).</summary>
    public string MethodName => Method.Code();
}
