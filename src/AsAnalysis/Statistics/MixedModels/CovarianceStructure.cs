namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// Covariance structures of a subject's residuals over the visits of an MMRM (SAS PROC MIXED <c>REPEATED / TYPE=</c>).
/// Visits enter by their position in <see cref="MmrmData.VisitLevels"/> (lag = difference of positions), as SAS
/// uses the order of the levels of the repeated effect; the time between visits plays no part.
/// </summary>
public enum CovarianceStructure
{
    /// <summary>Unstructured: every variance and covariance free, V(V+1)/2 parameters (SAS <c>TYPE=UN</c>). Code <c>unstructured</c>.</summary>
    Unstructured,
    /// <summary>Heterogeneous Toeplitz: a variance per visit and a correlation per lag, 2V - 1 parameters (SAS <c>TYPE=TOEPH</c>). Code <c>heterogeneous_toeplitz</c>.</summary>
    HeterogeneousToeplitz,
    /// <summary>Toeplitz: one variance and a covariance per lag, V parameters (SAS <c>TYPE=TOEP</c>). Code <c>toeplitz</c>.</summary>
    Toeplitz,
    /// <summary>Heterogeneous first-order autoregressive: a variance per visit, correlation rho^lag, V + 1 parameters (SAS <c>TYPE=ARH(1)</c>). Code <c>heterogeneous_ar1</c>.</summary>
    HeterogeneousAutoregressive,
    /// <summary>First-order autoregressive: one variance, correlation rho^lag, 2 parameters (SAS <c>TYPE=AR(1)</c>). Code <c>ar1</c>.</summary>
    Autoregressive,
    /// <summary>Heterogeneous compound symmetry: a variance per visit and one common correlation, V + 1 parameters (SAS <c>TYPE=CSH</c>). Code <c>heterogeneous_compound_symmetry</c>.</summary>
    HeterogeneousCompoundSymmetry,
    /// <summary>Compound symmetry: one variance and one common covariance, 2 parameters (SAS <c>TYPE=CS</c>). Code <c>compound_symmetry</c>.</summary>
    CompoundSymmetry,
}
