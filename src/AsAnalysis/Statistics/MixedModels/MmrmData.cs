namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// Long data for an MMRM: one record per subject and visit (parallel lists of equal length), and the fixed effects of
/// the model. The design is intercept + arm + visit + covariates + baseline + arm:visit + baseline:visit, each part
/// switchable: with the defaults and a baseline this is the usual change-from-baseline model
/// <c>chg ~ arm * visit + base * visit</c>. Factors use reference coding (control arm, first visit, first level);
/// LS means and differences do not depend on the coding.
/// </summary>
/// <remarks>
/// Records whose response is NaN, or whose baseline or a covariate is missing, are not used and are counted in
/// <see cref="MmrmFit.RecordsNotUsed"/> (SAS's "observations not used"). A subject may have any subset of the visits.
/// </remarks>
public sealed record MmrmData
{
    /// <summary>Subject identifier of each record.</summary>
    public required IReadOnlyList<string> Subjects { get; init; }
    /// <summary>Visit of each record: one of <see cref="VisitLevels"/>.</summary>
    public required IReadOnlyList<string> Visits { get; init; }
    /// <summary>The visits in time order: their order defines lags for Toeplitz and autoregressive structures.</summary>
    public required IReadOnlyList<string> VisitLevels { get; init; }
    /// <summary>Arm of each record (constant within a subject).</summary>
    public required IReadOnlyList<string> Arms { get; init; }
    /// <summary>The control arm (reference level; differences are other arm minus control).</summary>
    public required string ControlArm { get; init; }
    /// <summary>Response of each record (e.g. change from baseline); NaN = missing.</summary>
    public required IReadOnlyList<double> Response { get; init; }
    /// <summary>Baseline value of each record (constant within a subject); <c>null</c> = no baseline term. NaN = missing.</summary>
    public IReadOnlyList<double>? Baseline { get; init; }
    /// <summary>Further covariates and strata (default none).</summary>
    public IReadOnlyList<MmrmCovariate> Covariates { get; init; } = [];
    /// <summary>Include the visit main effect (default true).</summary>
    public bool VisitEffect { get; init; } = true;
    /// <summary>Include the arm-by-visit interaction (default true; needs <see cref="VisitEffect"/>).</summary>
    public bool ArmByVisit { get; init; } = true;
    /// <summary>Include the baseline-by-visit interaction when a baseline is given (default true; needs <see cref="VisitEffect"/>).</summary>
    public bool BaselineByVisit { get; init; } = true;
}
