namespace AsAnalysis.Statistics;

/// <summary>Ratio of two event rates, treatment over control, with the exact conditional interval and test.</summary>
/// <param name="Treatment">Treatment-arm rate.</param>
/// <param name="Control">Control-arm rate.</param>
/// <param name="Estimate">Treatment rate over control rate: 0 when only the control arm has events, +infinity when only the treatment arm has, NaN when neither has or an exposure is 0.</param>
/// <param name="Ci">Exact conditional (binomial) interval as R <c>poisson.test(c(x1, x2), c(t1, t2))</c>.</param>
/// <param name="Test">Exact conditional test of a rate ratio of 1 (<see cref="TestMethod.PoissonExact"/>); the statistic is the treatment count.</param>
public sealed record RateRatioEstimate(RateEstimate Treatment, RateEstimate Control, double Estimate, ConfidenceInterval Ci, TestResult Test)
{
    /// <summary>Treatment-arm rate.</summary>
    public RateEstimate Treatment { get; } = Treatment ?? throw new ArgumentNullException(nameof(Treatment));
    /// <summary>Control-arm rate.</summary>
    public RateEstimate Control { get; } = Control ?? throw new ArgumentNullException(nameof(Control));
    /// <summary>Confidence interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>Exact conditional test.</summary>
    public TestResult Test { get; } = Test ?? throw new ArgumentNullException(nameof(Test));
}
