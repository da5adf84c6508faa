namespace AsAnalysis.Statistics.Logistic;

/// <summary>Outcome of a logistic-regression fit (<see cref="LogisticRegression.Fit"/>).</summary>
public enum LogisticFitStatus
{
    /// <summary>IRLS converged (R <c>glm</c> criterion) and the maximum-likelihood estimates exist. Code <c>converged</c>.</summary>
    Converged,
    /// <summary>IRLS stopped at the iteration limit without meeting the convergence criterion, although the data are not
    /// separated; the last iterate is reported (R warns "glm.fit: algorithm did not converge"). Code <c>not_converged</c>.</summary>
    NotConverged,
    /// <summary>Quasi-complete separation (Albert and Anderson 1984): a combination of the predictors classifies some
    /// observations perfectly and the rest with ties, so the maximum-likelihood estimates do not exist (some coefficients
    /// diverge). Coefficients and standard errors are NaN. Code <c>quasi_complete_separation</c>.</summary>
    QuasiCompleteSeparation,
    /// <summary>Complete separation: a combination of the predictors classifies every observation perfectly (this includes an
    /// outcome with no events or no non-events); the maximum-likelihood estimates do not exist. Coefficients and standard
    /// errors are NaN. Code <c>complete_separation</c>.</summary>
    CompleteSeparation,
    /// <summary>The design matrix is not of full column rank (a constant covariate next to the intercept, a covariate that
    /// is a combination of others, or fewer observations than parameters); nothing is estimated. Code <c>rank_deficient</c>.</summary>
    RankDeficient,
    /// <summary>No observation with a positive weight; nothing is estimated. Code <c>no_data</c>.</summary>
    NoData,
}
