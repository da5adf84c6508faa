namespace AsAnalysis.Endpoints;

/// <summary>ITT subjects of one arm.</summary>
/// <param name="Arm">Planned arm (TRT01P).</param>
/// <param name="IttSubjects">Subjects with ITTFL = Y.</param>
/// <param name="WithBaseline">Of those, subjects with a baseline visit (AVISITN 0) in the efficacy data.</param>
/// <param name="WithAnyPostBaselineVisit">Of those, subjects with at least one post-baseline visit.</param>
public sealed record ArmPopulation(string Arm, int IttSubjects, int WithBaseline, int WithAnyPostBaselineVisit);
