using AsAnalysis.Statistics.MixedModels;

namespace AsAnalysis.Endpoints;

/// <summary>The MMRM of the change from baseline of one endpoint.</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="Weeks">The post-baseline visits in the model (AVISITN), in order; visit labels are <c>Week N</c>.</param>
/// <param name="Populations">ITT subjects by arm and how they enter the model (control first).</param>
/// <param name="Fit">The fit: structure used, fallback, convergence, covariance, coefficients, general contrasts.</param>
/// <param name="LsMeans">LS means by arm and reported visit, for each degrees-of-freedom method of the options (method-major, then visit, then arm).</param>
/// <param name="Differences">Differences (each other arm minus the control) by reported visit, for each degrees-of-freedom method.</param>
public sealed record MmrmEndpointResult(ContinuousEndpoint Endpoint, string ControlArm, IReadOnlyList<decimal> Weeks,
    IReadOnlyList<MmrmArmPopulation> Populations, MmrmFit Fit, IReadOnlyList<MmrmLsMean> LsMeans, IReadOnlyList<MmrmDifference> Differences)
{
    /// <summary>The ard.csv endpoint name, e.g. <c>ASDAS_CRP</c>.</summary>
    public string EndpointName => Endpoint.Code();
    /// <summary>ITT subjects without a baseline value, all arms.</summary>
    public int WithoutBaseline => Populations.Sum(p => p.WithoutBaseline);
    /// <summary>ITT subjects with a baseline value but no post-baseline value, all arms.</summary>
    public int WithoutPostBaseline => Populations.Sum(p => p.WithoutPostBaseline);
}
