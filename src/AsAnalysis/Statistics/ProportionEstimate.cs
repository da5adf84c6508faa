namespace AsAnalysis.Statistics;

/// <summary>A binomial proportion with its confidence interval.</summary>
/// <param name="Events">Number of events (responders), 0..<paramref name="Total"/>.</param>
/// <param name="Total">Number of subjects, at least 0.</param>
/// <param name="Estimate">Events / Total in [0, 1]; NaN when <paramref name="Total"/> is 0.</param>
/// <param name="Ci">Confidence interval (both limits NaN when <paramref name="Total"/> is 0).</param>
/// <param name="Method">Interval method.</param>
public sealed record ProportionEstimate(int Events, int Total, double Estimate, ConfidenceInterval Ci, ProportionCiMethod Method)
{
    /// <summary>Number of subjects.</summary>
    public int Total { get; } = Total >= 0 ? Total : throw new ArgumentOutOfRangeException(nameof(Total), Total, "A total cannot be negative.");
    /// <summary>Number of events (responders).</summary>
    public int Events { get; } = Events >= 0 && Events <= Total ? Events : throw new ArgumentOutOfRangeException(nameof(Events), Events, "Events must lie in 0..Total.");
    /// <summary>Confidence interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>The method's ard.csv code, <c>Method.Code()</c> (e.g. <c>wilson</c>).</summary>
    public string MethodName => Method.Code();
}
