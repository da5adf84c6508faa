namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// Least-squares mean of one arm at one visit: the model prediction with numeric covariates (and baseline) at their mean
/// over the records used and factor covariates averaged with equal weights over their levels (SAS <c>LSMEANS</c>,
/// emmeans).
/// </summary>
/// <param name="Arm">The arm.</param>
/// <param name="Visit">The visit.</param>
/// <param name="Estimate">LS mean (NaN when the fit failed).</param>
/// <param name="StandardError">Its standard error (Kenward-Roger adjusted for the Kenward-Roger methods).</param>
/// <param name="DegreesOfFreedom">Degrees of freedom by <paramref name="DfMethod"/>.</param>
/// <param name="Ci">Two-sided t interval.</param>
/// <param name="DfMethod">The degrees-of-freedom method.</param>
public sealed record MmrmLsMean(string Arm, string Visit, double Estimate, double StandardError, double DegreesOfFreedom,
    ConfidenceInterval Ci, DegreesOfFreedomMethod DfMethod);
