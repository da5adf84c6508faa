using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>
/// Between-arm comparison of one incidence row (test arm versus the control arm): risk difference (test minus control)
/// with its interval and Fisher's exact p-value. The p-value is descriptive (a flag for screening, as in AE dot plots),
/// not adjusted for multiplicity and not confirmatory.
/// </summary>
/// <param name="Key">The row compared.</param>
/// <param name="TreatmentArm">The test arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="Difference">Risk difference with its interval (the 2x2 table is <c>Difference.Table</c>).</param>
/// <param name="Fisher">Fisher's exact test (descriptive).</param>
public sealed record TermComparison(SafetyRowKey Key, string TreatmentArm, string ControlArm, DifferenceEstimate Difference, TestResult Fisher);
