namespace AsAnalysis.Statistics;

/// <summary>A difference of two means (treatment minus control) with its confidence interval and test.</summary>
/// <param name="TreatmentN">Number of treatment values.</param>
/// <param name="ControlN">Number of control values.</param>
/// <param name="TreatmentMean">Mean of the treatment values (NaN when there are none).</param>
/// <param name="ControlMean">Mean of the control values (NaN when there are none).</param>
/// <param name="Estimate">mean(treatment) - mean(control).</param>
/// <param name="Ci">Confidence interval of the difference (both limits NaN when undefined).</param>
/// <param name="Test">The test of a zero difference (statistic t, two-sided p-value, degrees of freedom).</param>
public sealed record MeanDifferenceEstimate(
    int TreatmentN,
    int ControlN,
    double TreatmentMean,
    double ControlMean,
    double Estimate,
    ConfidenceInterval Ci,
    TestResult Test)
{
    /// <summary>Number of treatment values (never negative).</summary>
    public int TreatmentN { get; } = TreatmentN >= 0 ? TreatmentN : throw new ArgumentOutOfRangeException(nameof(TreatmentN), TreatmentN, "A count cannot be negative.");
    /// <summary>Number of control values (never negative).</summary>
    public int ControlN { get; } = ControlN >= 0 ? ControlN : throw new ArgumentOutOfRangeException(nameof(ControlN), ControlN, "A count cannot be negative.");
    /// <summary>Confidence interval of the difference.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>The test of a zero difference.</summary>
    public TestResult Test { get; } = Test ?? throw new ArgumentNullException(nameof(Test));
}
