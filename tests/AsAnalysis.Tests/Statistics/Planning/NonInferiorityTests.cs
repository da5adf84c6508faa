using AsAnalysis.Statistics.Planning;

namespace AsAnalysis.Tests.Statistics.Planning;

/// <summary>Farrington-Manning non-inferiority sample size and power against R rpact 3.3.4 (Statistics/Reference/planning-reference.R).</summary>
public class NonInferiorityTests
{
    /// <summary>pT, pC, margin, one-sided alpha, beta; R: getSampleSizeRates(pi1 = pT, pi2 = pC, thetaH0 = -margin, alpha, beta,
    /// sided = 1, normalApproximation = TRUE)$nFixed1.</summary>
    public static TheoryData<double, double, double, double, double, double> Rows() => new()
    {
        { 0.6, 0.6, 0.1, 0.025, 0.2, 374.44666657902786 },
        { 0.55, 0.6, 0.15, 0.025, 0.1, 506.30047707190681 },
        { 0.7, 0.65, 0.1, 0.05, 0.2, 120.26026390827725 },
        { 0.9, 0.9, 0.05, 0.025, 0.2, 580.73790537324078 },
        { 0.05, 0.1, 0.1, 0.025, 0.2, 471.63182709129183 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void SampleSizeMatchesRpact(double pT, double pC, double margin, double alpha, double beta, double n)
    {
        var r = NonInferiorityPlanning.PerArm(pT, pC, margin, 1 - beta, alpha);
        TableAssert.Close(n, r.UnroundedPerArm, TableAssert.Iterative, "nFixed1");
        Assert.Equal((int)Math.Ceiling(n), r.PerArm);
        Assert.True(r.AchievedPower >= 1 - beta);
        Assert.Equal(r.RestrictedTreatmentRate + margin, r.RestrictedControlRate, 15);
        // The unrounded n gives the target power back.
        Assert.Equal(1 - beta, NonInferiorityPowerAtReal(pT, pC, margin, r.UnroundedPerArm, alpha, r.RestrictedTreatmentRate), 10);
    }

    private static double NonInferiorityPowerAtReal(double pT, double pC, double m, double n, double alpha, double q)
    {
        double v0 = q * (1 - q) + (q + m) * (1 - q - m), v1 = pT * (1 - pT) + pC * (1 - pC);
        var normal = new MathNet.Numerics.Distributions.Normal();
        return normal.CumulativeDistribution((Math.Sqrt(n) * (pT - pC + m) - normal.InverseCumulativeDistribution(1 - alpha) * Math.Sqrt(v0)) / Math.Sqrt(v1));
    }

    [Fact]
    public void PowerMatchesRpact()
    {
        // R: getPowerRates(pi1 = 0.6, pi2 = 0.6, thetaH0 = -0.1, alpha = 0.025, sided = 1, maxNumberOfSubjects = 600)$overallReject
        TableAssert.Close(0.70835972388662838, NonInferiorityPlanning.Power(0.6, 0.6, 0.1, 300), TableAssert.Iterative, "power 300");
        // R: getPowerRates(pi1 = 0.55, pi2 = 0.6, thetaH0 = -0.15, alpha = 0.025, sided = 1, maxNumberOfSubjects = 240)$overallReject
        TableAssert.Close(0.35487311302558278, NonInferiorityPlanning.Power(0.55, 0.6, 0.15, 120), TableAssert.Iterative, "power 120");
    }

    [Fact]
    public void IllegalArgumentsAreRejected()
    {
        Assert.Equal("controlRate", Assert.Throws<ArgumentOutOfRangeException>(() => NonInferiorityPlanning.PerArm(0.4, 0.6, 0.1)).ParamName);
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => NonInferiorityPlanning.PerArm(0.6, 0.6, 0)).ParamName);
        Assert.Equal("treatmentRate", Assert.Throws<ArgumentOutOfRangeException>(() => NonInferiorityPlanning.PerArm(1.2, 0.6, 0.1)).ParamName);
        Assert.Equal("power", Assert.Throws<ArgumentOutOfRangeException>(() => NonInferiorityPlanning.PerArm(0.6, 0.6, 0.1, 1)).ParamName);
        Assert.Equal("oneSidedAlpha", Assert.Throws<ArgumentOutOfRangeException>(() => NonInferiorityPlanning.PerArm(0.6, 0.6, 0.1, 0.8, 0.5)).ParamName);
        Assert.Equal("perArm", Assert.Throws<ArgumentOutOfRangeException>(() => NonInferiorityPlanning.Power(0.6, 0.6, 0.1, 0)).ParamName);
        // Rates at the bounds still give a restricted estimate inside [0, 1 - M].
        Assert.InRange(NonInferiorityPlanning.PerArm(1, 1, 0.1).RestrictedTreatmentRate, 0, 0.9);
        Assert.InRange(NonInferiorityPlanning.PerArm(0, 0, 0.1).RestrictedTreatmentRate, 0, 0.9);
    }
}
