namespace AsAnalysis.Statistics.Logistic;

/// <summary>How the Ye et al. (2023) variance estimates the variance of the residuals Y - mu_a(X) within arm a.</summary>
public enum YeVarianceForm
{
    /// <summary>Decomposed as var(Y) - 2 cov(Y, mu_a) within the arm plus var(mu_a) over all subjects, as R RobinCar and beeca
    /// (its default, <c>mod = FALSE</c>; Bannick et al. 2023). Code <c>decomposed</c>.</summary>
    Decomposed,
    /// <summary>The sample variance of Y - mu_a(X) within arm a, as printed in Ye et al. (2023); beeca <c>mod = TRUE</c>.
    /// Code <c>within_arm_residual</c>.</summary>
    WithinArmResidual,
}
