namespace AsAnalysis.Safety;

/// <summary>An arm of the safety population (SAFFL = Y, by actual arm TRT01A).</summary>
/// <param name="Arm">The actual arm.</param>
/// <param name="N">Number of subjects in the safety population in this arm.</param>
public sealed record SafetyArm(string Arm, int N);
