namespace AsAnalysis.Cli.Generation;

/// <summary>How many rows the generator wrote.</summary>
/// <param name="Subjects">adsl rows.</param>
/// <param name="Assessments">adeff rows.</param>
/// <param name="AdverseEvents">adae rows.</param>
/// <param name="Administrations">adex rows.</param>
public sealed record SyntheticTrialCounts(long Subjects, long Assessments, long AdverseEvents, long Administrations);
