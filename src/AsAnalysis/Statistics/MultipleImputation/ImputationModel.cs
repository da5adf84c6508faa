namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>The imputation model of a missing response.</summary>
public enum ImputationModel
{
    /// <summary>A logistic regression of the response on the baseline covariates fitted in each arm separately (arm
    /// by covariate interactions allowed). Code <c>logistic_by_arm</c>.</summary>
    LogisticByArm,
    /// <summary>One logistic regression on an arm indicator and the baseline covariates (common covariate effects).
    /// Code <c>logistic</c>.</summary>
    Logistic,
}
