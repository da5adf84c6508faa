using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>ANCOVA of the change from baseline (change ~ arm + baseline), treatment arm versus control at one visit.</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="VisitWeek">The visit (AVISITN).</param>
/// <param name="TreatmentArm">The treatment arm.</param>
/// <param name="ControlArm">The control arm.</param>
/// <param name="Ancova">LS means, adjusted difference (treatment − control), its CI and the t-test.</param>
public sealed record ContinuousComparison(ContinuousEndpoint Endpoint, decimal VisitWeek, string TreatmentArm, string ControlArm, AncovaResult Ancova)
{
    /// <summary>The ANCOVA result.</summary>
    public AncovaResult Ancova { get; } = Ancova ?? throw new ArgumentNullException(nameof(Ancova));
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => VisitLabels.Week(VisitWeek);
}
