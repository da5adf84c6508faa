namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// One covariance parameter in SAS PROC MIXED's parametrisation and naming: UN(i,j) covariances (i &gt;= j);
/// Var(i) visit variances and TOEPH(k), ARH(1), CSH correlations; Residual (variance), AR(1) correlation, TOEP(k) lag
/// covariances, CS common covariance (then Residual = variance minus CS).
/// </summary>
/// <param name="Name">The SAS name, e.g. <c>UN(2,1)</c>, <c>Var(3)</c>, <c>AR(1)</c>.</param>
/// <param name="Estimate">REML estimate.</param>
public sealed record MmrmCovarianceParameter(string Name, double Estimate);
