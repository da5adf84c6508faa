namespace AsAnalysis.Endpoints;

/// <summary>The MMRM analyses of a trial's continuous endpoints (one per endpoint of the options, in order).</summary>
/// <param name="Options">The options used.</param>
/// <param name="Arms">ITT arms: the control first, then the others in ordinal order.</param>
/// <param name="NonIttSubjects">Subjects of the export outside the ITT population (not analysed).</param>
/// <param name="Endpoints">One result per endpoint.</param>
public sealed record MmrmEfficacyResults(MmrmEfficacyOptions Options, IReadOnlyList<string> Arms, int NonIttSubjects, IReadOnlyList<MmrmEndpointResult> Endpoints);
