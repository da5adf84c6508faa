using AsAnalysis.Statistics.Bayes;

namespace AsAnalysis.Statistics.Planning;

/// <summary>
/// Phase III sample size from a pilot (<see cref="PhaseThreePlanning.Plan"/>): the conventional calculation at the
/// pilot's point estimates and the assurance-based one that carries their uncertainty.
/// </summary>
/// <param name="Pilot">The pilot's responders / subjects per arm.</param>
/// <param name="Options">Options used.</param>
/// <param name="Treatment">Treatment posterior after the pilot (the design prior of the assurance).</param>
/// <param name="Control">Control posterior after the pilot.</param>
/// <param name="Superiority">Conventional superiority sample size at the observed rates (margin 0 and rates that
/// differ; <c>null</c> otherwise, or when an exact method does not reach the power by <see cref="PlanningOptions.MaxPerArm"/>).
/// It is two-sided, so it is also computed when the pilot favours control: check <see cref="PilotSupportsSuccess"/>.</param>
/// <param name="NonInferiority">Conventional non-inferiority sample size (positive margin and an observed difference
/// above minus the margin; <c>null</c> otherwise).</param>
/// <param name="PowerAtConventional">Exact power of the success rule at the observed rates with the conventional n (NaN without one).</param>
/// <param name="AssuranceAtConventional">Assurance at the conventional n (NaN without one).</param>
/// <param name="AssuranceLimit">The assurance's limit for large trials, P(p_T - p_C &gt; -margin | pilot).</param>
/// <param name="AssurancePerArm">Smallest n per arm (both arms equal) whose assurance reaches the target, or <c>null</c>
/// when the target is not below <paramref name="AssuranceLimit"/> or no n up to <see cref="PlanningOptions.MaxPerArm"/> reaches it.</param>
/// <param name="AchievedAssurance">Assurance at <paramref name="AssurancePerArm"/> (NaN without one).</param>
public sealed record PhaseThreePlan(TwoByTwoTable Pilot, PlanningOptions Options, BetaPosterior Treatment, BetaPosterior Control,
    SampleSizeResult? Superiority, NonInferioritySampleSize? NonInferiority, double PowerAtConventional, double AssuranceAtConventional,
    double AssuranceLimit, int? AssurancePerArm, double AchievedAssurance)
{
    /// <summary>Observed treatment rate (plug-in).</summary>
    public double ObservedTreatmentRate => Pilot.TreatmentProportion;
    /// <summary>Observed control rate (plug-in).</summary>
    public double ObservedControlRate => Pilot.ControlProportion;
    /// <summary>True when the observed difference exceeds minus the margin (above 0 for superiority): the direction the phase III would need.</summary>
    public bool PilotSupportsSuccess => ObservedTreatmentRate - ObservedControlRate > -Options.Success.Margin;
    /// <summary>The conventional n per arm (superiority or non-inferiority), or <c>null</c>.</summary>
    public int? ConventionalPerArm => Superiority?.PerArm ?? NonInferiority?.PerArm;
}
