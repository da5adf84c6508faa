namespace AsAnalysis.Statistics.Planning;

/// <summary>Sample size per arm for a non-inferiority comparison of response rates (<see cref="NonInferiorityPlanning.PerArm"/>).</summary>
/// <param name="TreatmentRate">Assumed treatment response rate.</param>
/// <param name="ControlRate">Assumed control response rate.</param>
/// <param name="Margin">Non-inferiority margin M (H0: p_T - p_C &lt;= -M).</param>
/// <param name="OneSidedAlpha">One-sided significance level.</param>
/// <param name="TargetPower">Power asked for.</param>
/// <param name="UnroundedPerArm">The formula's real-valued n per arm.</param>
/// <param name="PerArm">Subjects per arm: <paramref name="UnroundedPerArm"/> rounded up.</param>
/// <param name="AchievedPower">Power at <paramref name="PerArm"/> by the same normal approximation.</param>
/// <param name="RestrictedTreatmentRate">Farrington-Manning restricted estimate of p_T under p_T - p_C = -M.</param>
/// <param name="RestrictedControlRate">Restricted estimate of p_C (= p_T restricted + M).</param>
public sealed record NonInferioritySampleSize(double TreatmentRate, double ControlRate, double Margin, double OneSidedAlpha, double TargetPower,
    double UnroundedPerArm, int PerArm, double AchievedPower, double RestrictedTreatmentRate, double RestrictedControlRate);
