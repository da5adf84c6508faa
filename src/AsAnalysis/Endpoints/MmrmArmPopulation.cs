namespace AsAnalysis.Endpoints;

/// <summary>
/// How the ITT subjects of one arm enter the MMRM of one endpoint. Every ITT subject is in exactly one of
/// <see cref="WithoutBaseline"/>, <see cref="WithoutPostBaseline"/> and <see cref="Analysed"/>.
/// </summary>
/// <param name="Arm">The arm (TRT01P).</param>
/// <param name="IttSubjects">ITT subjects of the arm.</param>
/// <param name="WithoutBaseline">ITT subjects without a baseline value of the endpoint (no baseline visit or the value missing there): not in the model.</param>
/// <param name="WithoutPostBaseline">ITT subjects with a baseline value but no post-baseline value of the endpoint: not in the model.</param>
/// <param name="Analysed">Subjects in the model (a baseline value and at least one post-baseline change).</param>
/// <param name="Observations">Changes from baseline of the arm in the model (subject-visits).</param>
public sealed record MmrmArmPopulation(string Arm, int IttSubjects, int WithoutBaseline, int WithoutPostBaseline, int Analysed, int Observations);
