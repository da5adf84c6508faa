using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>Exposure-adjusted event rates, rate difference and rate ratio.</summary>
public class PoissonRateTests
{
    private const double Tol = PropAssert.ClosedForm;

    [Theory]
    // Values from shared/spec/statistics.md (R 4.2.2 poisson.test) and further R 4.2.2 calls:
    [InlineData(3, 10.0, 0.95, 0.0618672122895602, 0.876727306974232)]          // poisson.test(3, 10)$conf.int
    [InlineData(0, 25.4, 0.95, 0.0, 0.145231474571415)]                         // poisson.test(0, 25.4)$conf.int
    [InlineData(12, 150.3, 0.9, 0.046069278200832384, 0.129358412042016063)]    // poisson.test(12, 150.3, conf.level = 0.9)$conf.int
    [InlineData(250, 1000.0, 0.95, 0.21996799563093727, 0.28298770504231607)]   // poisson.test(250, 1000)$conf.int
    public void ExactIntervalMatchesRPoissonTest(int x, double t, double level, double lower, double upper)
    {
        var e = PoissonRate.Estimate(x, t, level);
        PropAssert.Close(x / t, e.Rate, Tol);
        // Spec values are printed to 15 significant digits.
        PropAssert.Close(lower, e.Ci.Lower, 1e-13);
        PropAssert.Close(upper, e.Ci.Upper, 1e-13);
        Assert.Equal(x, e.Events);
        Assert.Equal(t, e.Exposure);
    }

    [Theory]
    // R 4.2.2: r <- poisson.test(c(x1, x2), c(t1, t2)); r$estimate; r$conf.int; r$p.value
    [InlineData(12, 150.3, 5, 140.7, 2.2467065868263472, 0.73677549773862416, 8.14054919094020946, 0.14715915498651927)]
    [InlineData(0, 50, 4, 60, 0.0, 0.0, 1.8178402312390443, 0.13120688477563006)]
    [InlineData(4, 50, 0, 60, double.PositiveInfinity, 0.79214882323211244, double.PositiveInfinity, 0.042688340960316914)]
    [InlineData(7, 100, 7, 100, 1.0, 0.2993096818105993, 3.3410212257443503, 1.0)]
    [InlineData(30, 80.5, 12, 95.25, 2.9580745341614905, 1.4707110386915521, 6.3440860006722328, 0.00097051281705533689)]
    public void RatioMatchesRPoissonTest(int x1, double t1, int x2, double t2, double ratio, double lower, double upper, double p)
    {
        var e = PoissonRate.Ratio(x1, t1, x2, t2);
        PropAssert.Close(ratio, e.Estimate, Tol);
        PropAssert.Close(lower, e.Ci.Lower, Tol);
        PropAssert.Close(upper, e.Ci.Upper, Tol);
        PropAssert.Close(p, e.Test.PValue, Tol);
        Assert.Equal(TestMethod.PoissonExact, e.Test.Method);
        Assert.Equal("poisson_exact", e.Test.MethodName);
        Assert.Equal(x1, e.Test.Statistic);
        PropAssert.Close(x1 / t1, e.Treatment.Rate, Tol);
        PropAssert.Close(x2 / t2, e.Control.Rate, Tol);
    }

    [Theory]
    // R 4.2.2: d <- x1/t1 - x2/t2; d + c(-1, 1) * qnorm(0.975) * sqrt(x1/t1^2 + x2/t2^2)
    [InlineData(12, 150.3, 5, 140.7, 0.044303716660495637, -0.010567448817148592, 0.099174882138139867)]
    [InlineData(0, 50, 4, 60, -0.0666666666666666657, -0.1319987994846684720, -0.0013345338486648733)]
    [InlineData(4, 50, 0, 60, 0.08, 0.0016014406183978563, 0.1583985593816021331)]
    [InlineData(30, 80.5, 12, 95.25, 0.246686555484912196, 0.095475361561967537, 0.397897749407856827)]
    public void DifferenceIsTheNormalApproximation(int x1, double t1, int x2, double t2, double d, double lower, double upper)
    {
        var e = PoissonRate.Difference(x1, t1, x2, t2);
        PropAssert.Close(d, e.Estimate, Tol);
        PropAssert.Close(lower, e.Ci.Lower, Tol);
        PropAssert.Close(upper, e.Ci.Upper, Tol);
    }

    [Fact]
    public void DifferenceOfEqualRatesIsSymmetric()
    {
        // R 4.2.2: 0 + c(-1, 1) * qnorm(0.975) * sqrt(7/100^2 + 7/100^2)
        var e = PoissonRate.Difference(7, 100, 7, 100);
        Assert.Equal(0.0, e.Estimate);
        PropAssert.Close(-0.073335137205651796, e.Ci.Lower, Tol);
        PropAssert.Close(0.073335137205651796, e.Ci.Upper, Tol);
        var none = PoissonRate.Difference(0, 100, 0, 80);
        Assert.Equal((0.0, 0.0, 0.0), (none.Estimate, none.Ci.Lower, none.Ci.Upper));
    }

    [Fact]
    public void UndefinedCasesAreNaN()
    {
        var zeroExposure = PoissonRate.Estimate(0, 0.0);
        Assert.True(double.IsNaN(zeroExposure.Rate) && double.IsNaN(zeroExposure.Ci.Lower));
        Assert.True(double.IsNaN(PoissonRate.Difference(1, 0.0, 1, 10).Estimate));
        var noEvents = PoissonRate.Ratio(0, 10, 0, 20);
        Assert.True(double.IsNaN(noEvents.Estimate) && double.IsNaN(noEvents.Ci.Lower) && double.IsNaN(noEvents.Test.PValue));
        Assert.Equal(0.0, noEvents.Treatment.Rate);
        var noExposure = PoissonRate.Ratio(3, 10, 2, 0.0);
        Assert.True(double.IsNaN(noExposure.Estimate) && double.IsNaN(noExposure.Test.PValue));
    }

    [Fact]
    public void InvalidArgumentsThrowWithTheParameterName()
    {
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Estimate(-1, 10)).ParamName);
        Assert.Equal("exposure", Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Estimate(1, -0.5)).ParamName);
        Assert.Equal("exposure", Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Estimate(1, double.NaN)).ParamName);
        Assert.Equal("exposure", Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Estimate(1, double.PositiveInfinity)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Estimate(1, 1, 1.0)).ParamName);
        Assert.Equal("controlExposure", Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Ratio(1, 1, 1, -1)).ParamName);
        Assert.Equal("treatmentEvents", Assert.Throws<ArgumentOutOfRangeException>(() => PoissonRate.Difference(-2, 1, 1, 1)).ParamName);
        Assert.Equal("Exposure", Assert.Throws<ArgumentOutOfRangeException>(() => new RateEstimate(1, -1, 1, ConfidenceInterval.Undefined(0.95))).ParamName);
    }
}
