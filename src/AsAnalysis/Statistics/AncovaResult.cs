namespace AsAnalysis.Statistics;

/// <summary>
/// ANCOVA of change from baseline with arm and baseline as covariates (R <c>lm(chg ~ trt + base)</c>, control
/// as the reference level): least-squares means per arm and their difference, treatment minus control.
/// </summary>
/// <param name="TreatmentN">Number of treatment subjects in the model.</param>
/// <param name="ControlN">Number of control subjects in the model.</param>
/// <param name="TreatmentLsMean">Adjusted (LS) mean change of the treatment arm at the overall mean baseline.</param>
/// <param name="ControlLsMean">Adjusted (LS) mean change of the control arm at the overall mean baseline.</param>
/// <param name="Difference">Adjusted difference, treatment minus control (the arm coefficient).</param>
/// <param name="StandardError">Standard error of <paramref name="Difference"/>.</param>
/// <param name="Ci">Confidence interval of the difference, t quantile with the residual degrees of freedom.</param>
/// <param name="Test">t-test of the arm coefficient (<see cref="TestMethod.Ancova"/>), residual degrees of freedom N - 3.</param>
/// <param name="BaselineSlope">Coefficient of baseline.</param>
/// <param name="ResidualStandardDeviation">Residual standard deviation sqrt(RSS / (N - 3)) (R <c>summary(fit)$sigma</c>).</param>
public sealed record AncovaResult(
    int TreatmentN,
    int ControlN,
    double TreatmentLsMean,
    double ControlLsMean,
    double Difference,
    double StandardError,
    ConfidenceInterval Ci,
    TestResult Test,
    double BaselineSlope,
    double ResidualStandardDeviation)
{
    /// <summary>Number of treatment subjects (never negative).</summary>
    public int TreatmentN { get; } = TreatmentN >= 0 ? TreatmentN : throw new ArgumentOutOfRangeException(nameof(TreatmentN), TreatmentN, "A count cannot be negative.");
    /// <summary>Number of control subjects (never negative).</summary>
    public int ControlN { get; } = ControlN >= 0 ? ControlN : throw new ArgumentOutOfRangeException(nameof(ControlN), ControlN, "A count cannot be negative.");
    /// <summary>Confidence interval of the difference.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>t-test of the arm coefficient.</summary>
    public TestResult Test { get; } = Test ?? throw new ArgumentNullException(nameof(Test));
}
