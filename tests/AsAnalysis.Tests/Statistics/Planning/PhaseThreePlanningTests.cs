using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Bayes;
using AsAnalysis.Statistics.Planning;

namespace AsAnalysis.Tests.Statistics.Planning;

/// <summary>Phase III planning: consistency of the plan with the validated pieces (SampleSize, NonInferiority, Assurance).</summary>
public class PhaseThreePlanningTests
{
    private static readonly TwoByTwoTable Favourable = new(20, 30, 14, 30);

    [Fact]
    public void SuperiorityPlanFromAFavourablePilot()
    {
        var plan = PhaseThreePlanning.Plan(Favourable);
        Assert.True(plan.PilotSupportsSuccess);
        Assert.Equal(SampleSize.PerArm(20.0 / 30, 14.0 / 30, 0.8, PowerMethod.NormalApproximation, 0.05), plan.Superiority);
        Assert.Null(plan.NonInferiority);
        int n = plan.ConventionalPerArm!.Value;
        Assert.Equal(Assurance.Power(20.0 / 30, 14.0 / 30, n, n).Probability, plan.PowerAtConventional);
        Assert.Equal(Assurance.Compute(plan.Treatment, plan.Control, n, n).Probability, plan.AssuranceAtConventional);
        Assert.Equal(Assurance.Limit(plan.Treatment, plan.Control), plan.AssuranceLimit);
        // The limit (P(pT > pC | pilot) = 0.95 or so) is above 0.8, so some n reaches the target; it is the first.
        Assert.True(plan.AssuranceLimit > 0.8);
        int m = plan.AssurancePerArm!.Value;
        Assert.True(plan.AchievedAssurance >= 0.8);
        for (int k = 1; k < m; k++) Assert.True(Assurance.Compute(plan.Treatment, plan.Control, k, k).Probability < 0.8, $"n = {k}");
        // Uncertainty costs subjects: the assurance-based trial is larger than the conventional one.
        Assert.True(m > n, $"assurance n {m}, conventional n {n}");
        Assert.True(plan.AssuranceAtConventional < 0.8);
    }

    [Fact]
    public void AnUnreachableTargetGivesNoAssuranceSize()
    {
        var plan = PhaseThreePlanning.Plan(new TwoByTwoTable(14, 30, 17, 30));
        Assert.False(plan.PilotSupportsSuccess);
        Assert.True(plan.AssuranceLimit < 0.3);
        Assert.Null(plan.AssurancePerArm);
        Assert.True(double.IsNaN(plan.AchievedAssurance));
        Assert.NotNull(plan.Superiority);   // two-sided: the size to detect the observed (unfavourable) difference
        var equal = PhaseThreePlanning.Plan(new TwoByTwoTable(15, 30, 15, 30));
        Assert.Null(equal.Superiority);
        Assert.True(double.IsNaN(equal.PowerAtConventional));
    }

    [Fact]
    public void NonInferiorityPlanWithAnInformativeControlPrior()
    {
        var options = new PlanningOptions
        {
            Success = TrialSuccess.NonInferiority(0.15),
            ControlPrior = BetaPrior.FromRate(0.59, 20),
            TargetAssurance = 0.6,
        };
        var pilot = new TwoByTwoTable(17, 30, 18, 30);
        var plan = PhaseThreePlanning.Plan(pilot, options);
        Assert.Null(plan.Superiority);
        Assert.Equal(NonInferiorityPlanning.PerArm(17.0 / 30, 18.0 / 30, 0.15), plan.NonInferiority);
        Assert.Equal(18 + 0.59 * 20, plan.Control.A, 12);
        Assert.Equal(Assurance.Limit(plan.Treatment, plan.Control, options.Success), plan.AssuranceLimit);
        Assert.NotNull(plan.AssurancePerArm);
        var unfavourable = PhaseThreePlanning.Plan(new TwoByTwoTable(10, 30, 18, 30), options);
        Assert.Null(unfavourable.NonInferiority);
        Assert.Null(unfavourable.ConventionalPerArm);
    }

    [Fact]
    public void CurveHasPowerAndAssuranceAtEachSize()
    {
        var curve = PhaseThreePlanning.Curve(Favourable, [20, 60, 100, 200]);
        Assert.Equal([20, 60, 100, 200], curve.Select(p => p.PerArm));
        var t = BetaBinomial.Posterior(20, 30);
        var c = BetaBinomial.Posterior(14, 30);
        foreach (var p in curve)
        {
            Assert.Equal(SampleSize.Power(20.0 / 30, 14.0 / 30, p.PerArm).Power, p.ConventionalPower);
            Assert.Equal(Assurance.Power(20.0 / 30, 14.0 / 30, p.PerArm, p.PerArm).Probability, p.ExactPower);
            Assert.Equal(Assurance.Compute(t, c, p.PerArm, p.PerArm).Probability, p.Assurance);
        }
        Assert.True(curve[3].ExactPower > curve[0].ExactPower && curve[3].Assurance > curve[0].Assurance);
        var ni = PhaseThreePlanning.Curve(Favourable, [50], new PlanningOptions { Success = TrialSuccess.NonInferiority(0.1) });
        Assert.Equal(NonInferiorityPlanning.Power(20.0 / 30, 14.0 / 30, 0.1, 50), ni[0].ConventionalPower);
    }

    [Fact]
    public void IllegalArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => PhaseThreePlanning.Plan(null!));
        Assert.Equal("pilot", Assert.Throws<ArgumentException>(() => PhaseThreePlanning.Plan(new TwoByTwoTable(0, 0, 1, 2))).ParamName);
        Assert.Equal("perArm", Assert.Throws<ArgumentOutOfRangeException>(() => PhaseThreePlanning.Curve(Favourable, [0])).ParamName);
        Assert.Equal("MaxPerArm", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningOptions { MaxPerArm = 0 }).ParamName);
        Assert.Equal("TargetAssurance", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningOptions { TargetAssurance = 1 }).ParamName);
        Assert.Equal("Success", Assert.Throws<ArgumentException>(() => new PlanningOptions { Success = new TrialSuccess { Rule = SuccessRule.FisherOneSided, Margin = 0.1 } }).ParamName);
        Assert.Throws<ArgumentNullException>(() => new PlanningOptions { ControlPrior = null! });
    }
}
