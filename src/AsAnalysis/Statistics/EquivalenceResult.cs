namespace AsAnalysis.Statistics;

/// <summary>Equivalence by two one-sided score tests (TOST, Schuirmann 1987): treatment is neither worse than the lower
/// margin nor better than the upper margin.</summary>
/// <param name="Lower">Test of H0 "at or below the lower margin" (as a non-inferiority test with higher better).</param>
/// <param name="Upper">Test of H0 "at or above the upper margin" (as a non-inferiority test with lower better).</param>
/// <param name="PValue">The larger of the two one-sided p-values.</param>
/// <param name="Ci">Two-sided 1 - 2 alpha interval (inverting the same statistic).</param>
/// <param name="Equivalent">True when the interval lies strictly inside the margins, equivalently both tests reject at
/// alpha; null when undefined.</param>
public sealed record EquivalenceResult(NonInferiorityResult Lower, NonInferiorityResult Upper, double PValue, ConfidenceInterval Ci, bool? Equivalent)
{
    /// <summary>Lower-margin test.</summary>
    public NonInferiorityResult Lower { get; } = Lower ?? throw new ArgumentNullException(nameof(Lower));
    /// <summary>Upper-margin test.</summary>
    public NonInferiorityResult Upper { get; } = Upper ?? throw new ArgumentNullException(nameof(Upper));
    /// <summary>The deciding interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>Estimate (difference or ratio).</summary>
    public double Estimate => Lower.Estimate;
    /// <summary>Lower margin.</summary>
    public double LowerMargin => Lower.Margin;
    /// <summary>Upper margin.</summary>
    public double UpperMargin => Upper.Margin;
}
