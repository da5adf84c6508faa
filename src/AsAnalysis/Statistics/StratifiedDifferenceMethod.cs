namespace AsAnalysis.Statistics;

/// <summary>Methods for a difference of proportions adjusted for a stratification factor (common difference across strata).</summary>
/// <remarks>Its code, short label and label: <see cref="StratifiedDifferenceMethodNames"/>.</remarks>
public enum StratifiedDifferenceMethod
{
    /// <summary>
    /// Mantel-Haenszel (CMH-weighted, w_k = n1k n2k / (n1k + n2k)) average of the stratum differences with a Wald interval
    /// using the Sato (1989) variance (the Greenland-Robins-type estimator, consistent for sparse data and for large strata;
    /// SAS PROC FREQ <c>COMMONRISKDIFF</c> Mantel-Haenszel). Code <c>cmh_wald</c>.
    /// </summary>
    CmhWald,
    /// <summary>
    /// Stratified Newcombe hybrid score interval of Yan and Su (2010) with CMH weights: stratified Wilson limits of each
    /// arm's CMH-weighted proportion, combined as in Newcombe's method 10. Code <c>stratified_newcombe</c>.
    /// </summary>
    Newcombe,
    /// <summary>
    /// Stratified Miettinen-Nurminen (1985) score interval with fixed CMH weights: the weighted sum of stratum score
    /// numerators over the square root of the weighted sum of stratum constrained-MLE variances (each with N_k/(N_k - 1)),
    /// inverted by root finding. Code <c>stratified_miettinen_nurminen</c>.
    /// </summary>
    MiettinenNurminen,
}
