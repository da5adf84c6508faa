namespace AsAnalysis.Statistics.MixedModels;

/// <summary>Difference of LS means at one visit, treatment arm minus control arm, with its t-test.</summary>
/// <param name="TreatmentArm">The treatment arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="Visit">The visit.</param>
/// <param name="Estimate">LS mean of the treatment arm minus that of the control arm (NaN when the fit failed).</param>
/// <param name="StandardError">Its standard error (Kenward-Roger adjusted for the Kenward-Roger methods).</param>
/// <param name="DegreesOfFreedom">Degrees of freedom by <paramref name="DfMethod"/>.</param>
/// <param name="Ci">Two-sided t interval.</param>
/// <param name="TStatistic">Estimate / standard error.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="DfMethod">The degrees-of-freedom method.</param>
public sealed record MmrmDifference(string TreatmentArm, string ControlArm, string Visit, double Estimate, double StandardError,
    double DegreesOfFreedom, ConfidenceInterval Ci, double TStatistic, double PValue, DegreesOfFreedomMethod DfMethod);
