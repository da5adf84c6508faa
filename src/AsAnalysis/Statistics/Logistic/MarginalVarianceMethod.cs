namespace AsAnalysis.Statistics.Logistic;

/// <summary>Variance estimators for the covariate-adjusted marginal risks of <see cref="MarginalStandardization"/>.</summary>
public enum MarginalVarianceMethod
{
    /// <summary>Delta method of Ge et al. (2011, Drug Inf J 45:481): the gradient of the averaged predictions with respect
    /// to the coefficients, sandwiching the coefficients' covariance (model-based by default, see
    /// <see cref="MarginalStandardizationOptions.GeCovariance"/>). Targets the conditional population average effect; valid when
    /// the logistic model is right. Code <c>ge</c>.</summary>
    Ge,
    /// <summary>Robust estimator of Ye, Bannick, Yi and Shao (2023, Stat Theory Relat Fields 7:159): built from the
    /// within-arm covariances of outcomes and predictions, valid for the population average effect even when the logistic
    /// model is wrong (the variance FDA 2023 guidance asks for). Code <c>ye</c>.</summary>
    Ye,
}
