namespace AsAnalysis.Safety;

/// <summary>Exposure-adjusted rates of one row: per arm, and each test arm against the control.</summary>
/// <param name="Key">The row.</param>
/// <param name="Arms">One entry per arm, in <see cref="SafetyResults.Arms"/> order.</param>
/// <param name="Comparisons">One entry per test arm (empty without a control arm).</param>
public sealed record ExposureAdjustedRate(SafetyRowKey Key, IReadOnlyList<ArmIncidenceRate> Arms, IReadOnlyList<RateComparison> Comparisons);
