namespace AsAnalysis.Statistics.Logistic;

/// <summary>Covariance of the logistic coefficients used inside the Ge et al. (2011) delta method.</summary>
public enum GeCovariance
{
    /// <summary>Model-based (inverse Fisher information, R <c>vcov(fit)</c>), as in Ge et al. (2011), their SAS macro and
    /// SAS <c>%Margins</c>; beeca <c>type = "model-based"</c>. Code <c>model_based</c>.</summary>
    ModelBased,
    /// <summary>Heteroscedasticity-consistent sandwich HC0 (R <c>sandwich::vcovHC(fit, type = "HC0")</c>); beeca's default
    /// <c>type = "HC0"</c>. Code <c>hc0</c>.</summary>
    Hc0,
}
