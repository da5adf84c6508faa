namespace AsAnalysis.Statistics.MixedModels;

/// <summary>Denominator degrees of freedom of the t statistics of an MMRM (SAS PROC MIXED <c>MODEL / DDFM=</c>).</summary>
public enum DegreesOfFreedomMethod
{
    /// <summary>
    /// Kenward-Roger (1997), SAS <c>DDFM=KR</c>: standard errors from the bias-corrected covariance of the fixed
    /// effects (second derivatives of the covariance taken in SAS's parametrisation) and Satterthwaite-type degrees of
    /// freedom. Code <c>kenward_roger</c>.
    /// </summary>
    KenwardRoger,
    /// <summary>
    /// Kenward-Roger without the second-derivative term of the adjusted covariance, SAS <c>DDFM=KR(FIRSTORDER)</c>
    /// (R mmrm <c>vcov = "Kenward-Roger-Linear"</c>); identical to <see cref="KenwardRoger"/> for structures linear in
    /// their parameters (UN, TOEP, CS). Code <c>kenward_roger_linear</c>.
    /// </summary>
    KenwardRogerLinear,
    /// <summary>Satterthwaite (1946) approximation with the model-based covariance, SAS <c>DDFM=SATTERTHWAITE</c>. Code <c>satterthwaite</c>.</summary>
    Satterthwaite,
    /// <summary>
    /// Between-within (Schluchter and Elashoff 1990) as R mmrm computes it: subjects minus between-subject parameters
    /// for coefficients constant within every subject, observations minus subjects minus within-subject parameters for
    /// the others and the intercept; a contrast takes the smallest over its coefficients. Code <c>between_within</c>.
    /// </summary>
    BetweenWithin,
    /// <summary>Residual: observations minus the rank of the design, SAS <c>DDFM=RESIDUAL</c>. Code <c>residual</c>.</summary>
    Residual,
}
