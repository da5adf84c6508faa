namespace AsAnalysis.Statistics.MixedModels;

/// <summary>A linear combination of the fixed effects of an MMRM with its t-test and confidence interval.</summary>
/// <param name="Label">What was estimated (e.g. <c>TRT - PBO, mean of Week 12, Week 16</c>).</param>
/// <param name="Estimate">The estimate c'beta.</param>
/// <param name="StandardError">sqrt(c' Phi c), Phi the Kenward-Roger adjusted covariance for the Kenward-Roger methods and the model-based one otherwise.</param>
/// <param name="DegreesOfFreedom">Denominator degrees of freedom by <paramref name="DfMethod"/> (may be +infinity when c'beta does not depend on the covariance parameters).</param>
/// <param name="Ci">Two-sided t interval.</param>
/// <param name="TStatistic">Estimate / standard error (test of zero).</param>
/// <param name="PValue">Two-sided p-value of the t-test.</param>
/// <param name="DfMethod">The degrees-of-freedom method.</param>
/// <remarks>Every number is NaN (interval undefined) when the fit did not converge.</remarks>
public sealed record MmrmEstimate(string Label, double Estimate, double StandardError, double DegreesOfFreedom,
    ConfidenceInterval Ci, double TStatistic, double PValue, DegreesOfFreedomMethod DfMethod);
