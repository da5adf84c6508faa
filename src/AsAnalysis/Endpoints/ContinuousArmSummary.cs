using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>
/// Change from baseline of a continuous endpoint in one arm at one visit: ITT subjects with a value at baseline
/// and at the visit (observed cases).
/// </summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="VisitWeek">The visit (AVISITN).</param>
/// <param name="Arm">The arm (TRT01P).</param>
/// <param name="IttSubjects">ITT subjects of the arm (those without both values are not in the summaries).</param>
/// <param name="Change">Summary of the change from baseline (visit − baseline).</param>
/// <param name="Baseline">Summary of the baseline values of the same subjects.</param>
/// <param name="Value">Summary of the values at the visit of the same subjects.</param>
/// <param name="ExcludedReasons">ITT subjects of the arm without a change at the visit, by reason (empty when none).</param>
public sealed record ContinuousArmSummary(ContinuousEndpoint Endpoint, decimal VisitWeek, string Arm, int IttSubjects,
    DescriptiveSummary Change, DescriptiveSummary Baseline, DescriptiveSummary Value, IReadOnlyList<ReasonCount> ExcludedReasons)
{
    /// <summary>ITT subjects without a change at the visit (<see cref="IttSubjects"/> − n).</summary>
    public int Excluded => IttSubjects - Change.N;

    /// <summary>ITT subjects of the arm (never negative).</summary>
    public int IttSubjects { get; } = IttSubjects >= 0 ? IttSubjects : throw new ArgumentOutOfRangeException(nameof(IttSubjects), IttSubjects, "A count cannot be negative.");
    /// <summary>Summary of the change from baseline.</summary>
    public DescriptiveSummary Change { get; } = Change ?? throw new ArgumentNullException(nameof(Change));
    /// <summary>The visit label, e.g. <c>Week 12</c>.</summary>
    public string VisitLabel => VisitLabels.Week(VisitWeek);
}
