namespace AsAnalysis.Statistics;

/// <summary>A Wilcoxon rank-sum (Mann-Whitney) comparison of treatment versus control.</summary>
/// <param name="TreatmentN">Number of treatment values.</param>
/// <param name="ControlN">Number of control values.</param>
/// <param name="Test">
/// The test: statistic W as R (sum of the treatment ranks minus n1(n1 + 1)/2), two-sided p-value;
/// method <see cref="TestMethod.WilcoxonExact"/> or <see cref="TestMethod.WilcoxonNormal"/>.
/// </param>
/// <param name="HodgesLehmann">
/// Location shift, treatment minus control: exact case the Hodges-Lehmann estimate (median of all treatment - control
/// differences); normal case R's estimate, the zero of the uncorrected standardized statistic (found as R, tolerance 1e-4).
/// </param>
/// <param name="Ci">Confidence interval of the shift (its level is the achieved one when R reports that the requested level is not achievable).</param>
/// <param name="Exact">True when the exact distribution was used.</param>
public sealed record WilcoxonResult(int TreatmentN, int ControlN, TestResult Test, double HodgesLehmann, ConfidenceInterval Ci, bool Exact)
{
    /// <summary>Number of treatment values (never negative).</summary>
    public int TreatmentN { get; } = TreatmentN >= 0 ? TreatmentN : throw new ArgumentOutOfRangeException(nameof(TreatmentN), TreatmentN, "A count cannot be negative.");
    /// <summary>Number of control values (never negative).</summary>
    public int ControlN { get; } = ControlN >= 0 ? ControlN : throw new ArgumentOutOfRangeException(nameof(ControlN), ControlN, "A count cannot be negative.");
    /// <summary>The test (a Wilcoxon method).</summary>
    public TestResult Test { get; } = Test is null ? throw new ArgumentNullException(nameof(Test))
        : Test.Method is TestMethod.WilcoxonExact or TestMethod.WilcoxonNormal ? Test
        : throw new ArgumentException($"A Wilcoxon result needs a Wilcoxon test, not {Test.Method}.", nameof(Test));
    /// <summary>Confidence interval of the shift.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>True when the exact distribution was used (agrees with <see cref="Test"/>'s method).</summary>
    public bool Exact { get; } = Exact == (Test?.Method == TestMethod.WilcoxonExact) ? Exact
        : throw new ArgumentException("Exact must agree with the test method.", nameof(Exact));
}
