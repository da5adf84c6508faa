using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>
/// A binary endpoint compared between a treatment arm and the control arm at one visit under one missing-data handling
/// (difference = treatment − control).
/// </summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="VisitWeek">The visit (AVISITN).</param>
/// <param name="Imputation">The missing-data handling.</param>
/// <param name="TreatmentArm">The treatment (test) arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="Table">Responders / N per arm.</param>
/// <param name="Newcombe">Difference with the Newcombe hybrid score interval.</param>
/// <param name="MiettinenNurminen">Difference with the Miettinen-Nurminen score interval.</param>
/// <param name="Fisher">Fisher's exact test.</param>
/// <param name="ChiSquare">Pearson chi-square test without continuity correction.</param>
/// <param name="OddsRatio">Odds ratio (treatment over control) with the Woolf interval.</param>
/// <param name="Stratified">Stratified analysis by STRAT1, when requested.</param>
public sealed record ArmComparison(ResponderEndpoint Endpoint, decimal VisitWeek, Imputation Imputation, string TreatmentArm, string ControlArm,
    TwoByTwoTable Table, DifferenceEstimate Newcombe, DifferenceEstimate MiettinenNurminen, TestResult Fisher, TestResult ChiSquare,
    OddsRatioEstimate OddsRatio, StratifiedComparison? Stratified)
{
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => VisitLabels.Week(VisitWeek);
}
