namespace AsAnalysis.Statistics;

/// <summary>An odds ratio (treatment odds over control odds) with its confidence interval.</summary>
/// <param name="Table">The table it was computed from.</param>
/// <param name="Estimate">Odds ratio: 0, positive, +Infinity, or NaN when undefined.</param>
/// <param name="Ci">Confidence interval.</param>
/// <param name="Method">Estimation method.</param>
/// <exception cref="ArgumentNullException">A null table or interval.</exception>
/// <exception cref="ArgumentOutOfRangeException">A negative estimate or an undefined method.</exception>
public sealed record OddsRatioEstimate(TwoByTwoTable Table, double Estimate, ConfidenceInterval Ci, OddsRatioMethod Method)
{
    /// <summary>The table.</summary>
    public TwoByTwoTable Table { get; } = Table ?? throw new ArgumentNullException(nameof(Table));
    /// <summary>Odds ratio (treatment over control).</summary>
    public double Estimate { get; } = Estimate >= 0 || double.IsNaN(Estimate) ? Estimate
        : throw new ArgumentOutOfRangeException(nameof(Estimate), Estimate, "An odds ratio cannot be negative.");
    /// <summary>Confidence interval of the odds ratio.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>Estimation method.</summary>
    public OddsRatioMethod Method { get; } = Enum.IsDefined(Method) ? Method
        : throw new ArgumentOutOfRangeException(nameof(Method), Method, "Unknown odds-ratio method.");
    /// <summary>The method's ard.csv code, <c>Method.Code()</c>, e.g. <c>woolf</c>.</summary>
    public string MethodName => Method.Code();
}
