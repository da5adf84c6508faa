using AsAnalysis.Data;
using AsAnalysis.Statistics.MultipleImputation;

namespace AsAnalysis.Endpoints;

/// <summary>Multiple imputation of a responder endpoint at one visit (<see cref="ResponderSensitivityData.MultipleImputation"/>).</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="VisitWeek">The visit (AVISITN).</param>
/// <param name="TreatmentArm">Treatment arm.</param>
/// <param name="ControlArm">Control arm.</param>
/// <param name="Covariates">Baseline covariates of the imputation model, in order.</param>
/// <param name="FilledBaselineValues">Per covariate, the subjects whose baseline value was missing and set to the mean
/// of the others (White and Thompson 2005); 0 when none.</param>
/// <param name="Result">Completed tables and pooled results.</param>
public sealed record ResponderImputationAnalysis(ResponderEndpoint Endpoint, decimal VisitWeek, string TreatmentArm, string ControlArm,
    IReadOnlyList<ContinuousEndpoint> Covariates, IReadOnlyList<int> FilledBaselineValues, ResponderImputationResult Result)
{
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => VisitLabels.Week(VisitWeek);
}
