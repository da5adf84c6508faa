namespace AsAnalysis.Statistics.Planning;

/// <summary>One point of a power curve (<see cref="PhaseThreePlanning.Curve"/>): power and assurance at one size per arm.</summary>
/// <param name="PerArm">Subjects per arm (both arms).</param>
/// <param name="ConventionalPower">Power of the conventional calculation's normal approximation at the observed rates
/// (<see cref="SampleSize.Power"/> two-sided for superiority, <see cref="NonInferiorityPlanning.Power"/> for a margin); NaN where undefined.</param>
/// <param name="ExactPower">Exact power of the success rule at the observed rates.</param>
/// <param name="Assurance">Assurance of the success rule.</param>
public sealed record PowerCurvePoint(int PerArm, double ConventionalPower, double ExactPower, double Assurance);
