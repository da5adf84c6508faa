namespace AsAnalysis.Statistics.MixedModels;

/// <summary>One fixed-effect coefficient of an MMRM (reference coding: control arm, first visit, first factor level).</summary>
/// <param name="Name">Column name, e.g. <c>arm TRT:visit VIS2</c> or <c>(Intercept)</c>.</param>
/// <param name="Term">The term the column belongs to: <c>intercept</c>, <c>arm</c>, <c>visit</c>, <c>arm:visit</c>, <c>baseline</c>, <c>baseline:visit</c> or a covariate's name.</param>
/// <param name="Estimate">Generalised least squares estimate at the REML covariance (NaN when the fit failed).</param>
/// <param name="StandardError">Model-based standard error, sqrt of the diagonal of (X'V^-1X)^-1 (NaN when the fit failed).</param>
public sealed record MmrmCoefficient(string Name, string Term, double Estimate, double StandardError);
