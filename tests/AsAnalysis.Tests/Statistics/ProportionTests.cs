using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>One-proportion intervals: boundary cases 0/n and n/n, R's continuity-correction quirk, levels, argument checks.</summary>
public class ProportionTests
{
    private const double Tol = PropAssert.ClosedForm;

    private static void Ci(ProportionEstimate e, double lower, double upper)
    {
        PropAssert.Close(lower, e.Ci.Lower, Tol, $"{e.MethodName} {e.Events}/{e.Total} lower");
        PropAssert.Close(upper, e.Ci.Upper, Tol, $"{e.MethodName} {e.Events}/{e.Total} upper");
    }

    [Fact]
    public void WilsonAtZeroAndAll()
    {
        // R 4.2.2: prop.test(0, 15, correct = FALSE)$conf.int
        Ci(Proportion.Estimate(0, 15, ProportionCiMethod.Wilson), 0.0, 0.20388330103584854);
        // R 4.2.2: prop.test(15, 15, correct = FALSE)$conf.int
        Ci(Proportion.Estimate(15, 15, ProportionCiMethod.Wilson), 0.79611669896415138, 1.0);
        Assert.Equal(0.0, Proportion.Estimate(0, 15).Ci.Lower);
        Assert.Equal(1.0, Proportion.Estimate(15, 15).Ci.Upper);
    }

    [Fact]
    public void WilsonAtOtherLevel()
    {
        // R 4.2.2: prop.test(7, 20, correct = FALSE, conf.level = 0.9)$conf.int
        var e = Proportion.Estimate(7, 20, ProportionCiMethod.Wilson, 0.9);
        Ci(e, 0.20226004005676107, 0.53348731115152825);
        Assert.Equal(0.9, e.Ci.Level);
    }

    [Fact]
    public void WilsonContinuityCorrected()
    {
        // R 4.2.2: prop.test(0, 15)$conf.int
        Ci(Proportion.Estimate(0, 15, ProportionCiMethod.WilsonCc), 0.0, 0.25346786096061685);
        // R 4.2.2: prop.test(15, 15)$conf.int
        Ci(Proportion.Estimate(15, 15, ProportionCiMethod.WilsonCc), 0.7465321390393832, 1.0);
        // R 4.2.2: prop.test(7, 20)$conf.int
        Ci(Proportion.Estimate(7, 20, ProportionCiMethod.WilsonCc), 0.16308667971630930, 0.59051043384857327);
    }

    [Fact]
    public void WilsonCcFollowsRWhereXIsHalfOfN()
    {
        // R's prop.test uses YATES = min(0.5, |x - n/2|): at x = n/2 no correction is applied.
        // R 4.2.2: prop.test(5, 10)$conf.int and prop.test(5, 10, correct = FALSE)$conf.int are both:
        Ci(Proportion.Estimate(5, 10, ProportionCiMethod.WilsonCc), 0.23659309051256402, 0.76340690948743595);
        Ci(Proportion.Estimate(5, 10, ProportionCiMethod.Wilson), 0.23659309051256402, 0.76340690948743595);
    }

    [Fact]
    public void ClopperPearsonAtZeroAndAll()
    {
        // R 4.2.2: binom.test(0, 15)$conf.int
        Ci(Proportion.Estimate(0, 15, ProportionCiMethod.ClopperPearson), 0.0, 0.21801936091053398);
        // R 4.2.2: binom.test(15, 15)$conf.int
        Ci(Proportion.Estimate(15, 15, ProportionCiMethod.ClopperPearson), 0.78198063908946602, 1.0);
        // R 4.2.2: binom.test(3, 10)$conf.int
        Ci(Proportion.Estimate(3, 10, ProportionCiMethod.ClopperPearson), 0.066739511177734495, 0.652452850059997314);
    }

    [Fact]
    public void ClopperPearsonTinyLowerLimitKeepsRelativeAccuracy()
    {
        // R 4.2.2: binom.test(1, 1000, conf.level = 0.99)$conf.int
        Ci(Proportion.Estimate(1, 1000, ProportionCiMethod.ClopperPearson, 0.99), 5.0125292607775124e-06, 7.4062869383529906e-03);
    }

    [Fact]
    public void JeffreysHasNoBoundaryModification()
    {
        // R 4.2.2: qbeta(c(0.025, 0.975), 0.5, 15.5)
        Ci(Proportion.Estimate(0, 15, ProportionCiMethod.Jeffreys), 3.219414432372691e-05, 1.518166621143977e-01);
        // R 4.2.2: qbeta(c(0.025, 0.975), 15.5, 0.5)
        Ci(Proportion.Estimate(15, 15, ProportionCiMethod.Jeffreys), 0.84818333788560230, 0.99996780585567624);
    }

    [Fact]
    public void AgrestiCoullIsClipped()
    {
        // R 4.2.2: z <- qnorm(0.975); nt <- 15 + z^2; pt <- (x + z^2/2)/nt; pt -/+ z*sqrt(pt*(1-pt)/nt), clipped to [0, 1]
        Ci(Proportion.Estimate(0, 15, ProportionCiMethod.AgrestiCoull), 0.0, 0.23856311495690052);
        Ci(Proportion.Estimate(15, 15, ProportionCiMethod.AgrestiCoull), 0.76143688504309948, 1.0);
    }

    [Fact]
    public void WaldIsClippedAndDegenerateAtTheBoundary()
    {
        // R 4.2.2: p <- 7/20; p + c(-1, 1) * qnorm(0.975) * sqrt(p * (1 - p) / 20)
        Ci(Proportion.Estimate(7, 20, ProportionCiMethod.Wald), 0.14096269690460592, 0.55903730309539401);
        // R 4.2.2: p <- 1/20; max(0, p - qnorm(0.975) * sqrt(p * (1 - p) / 20)); p + qnorm(0.975) * sqrt(p * (1 - p) / 20)
        Ci(Proportion.Estimate(1, 20, ProportionCiMethod.Wald), 0.0, 0.1455168294027212);
        var zero = Proportion.Estimate(0, 15, ProportionCiMethod.Wald);
        Assert.Equal((0.0, 0.0), (zero.Ci.Lower, zero.Ci.Upper));
        var all = Proportion.Estimate(15, 15, ProportionCiMethod.Wald);
        Assert.Equal((1.0, 1.0), (all.Ci.Lower, all.Ci.Upper));
    }

    [Theory]
    [InlineData(ProportionCiMethod.Wilson)]
    [InlineData(ProportionCiMethod.WilsonCc)]
    [InlineData(ProportionCiMethod.ClopperPearson)]
    [InlineData(ProportionCiMethod.AgrestiCoull)]
    [InlineData(ProportionCiMethod.Jeffreys)]
    [InlineData(ProportionCiMethod.Wald)]
    public void EmptyGroupIsUndefinedNotAnError(ProportionCiMethod method)
    {
        var e = Proportion.Estimate(0, 0, method);
        Assert.True(double.IsNaN(e.Estimate));
        Assert.True(double.IsNaN(e.Ci.Lower) && double.IsNaN(e.Ci.Upper));
        Assert.Equal(method, e.Method);
    }

    [Theory]
    [InlineData(ProportionCiMethod.Wilson)]
    [InlineData(ProportionCiMethod.WilsonCc)]
    [InlineData(ProportionCiMethod.ClopperPearson)]
    [InlineData(ProportionCiMethod.AgrestiCoull)]
    [InlineData(ProportionCiMethod.Jeffreys)]
    [InlineData(ProportionCiMethod.Wald)]
    public void EveryLegalCountGivesAnOrderedIntervalInsideZeroOne(ProportionCiMethod method)
    {
        for (int n = 1; n <= 40; n++)
            for (int x = 0; x <= n; x++)
            {
                var e = Proportion.Estimate(x, n, method);
                Assert.InRange(e.Ci.Lower, 0.0, 1.0);
                Assert.InRange(e.Ci.Upper, e.Ci.Lower, 1.0);
                if (method != ProportionCiMethod.Jeffreys || (x > 0 && x < n))
                    Assert.InRange(e.Estimate, e.Ci.Lower, e.Ci.Upper);
            }
    }

    [Fact]
    public void ResultCarriesInputsAndCanonicalName()
    {
        var e = Proportion.Estimate(56, 70, ProportionCiMethod.ClopperPearson);
        Assert.Equal(56, e.Events);
        Assert.Equal(70, e.Total);
        Assert.Equal(0.8, e.Estimate, 15);
        Assert.Equal("clopper_pearson", e.MethodName);
        Assert.Equal("wilson", Proportion.Estimate(1, 2).MethodName);
    }

    [Fact]
    public void InvalidArgumentsThrowWithTheParameterName()
    {
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Estimate(-1, 10)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Estimate(11, 10)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Estimate(0, -1)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Estimate(1, 10, level: 1.0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Estimate(1, 10, level: 0.0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Estimate(1, 10, level: double.NaN)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Estimate(1, 10, (ProportionCiMethod)99)).ParamName);
    }

    [Fact]
    public void RecordRejectsInconsistentCounts()
    {
        var ci = new ConfidenceInterval(0.1, 0.2, 0.95);
        Assert.Equal("Events", Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionEstimate(5, 4, 1.25, ci, ProportionCiMethod.Wilson)).ParamName);
        Assert.Equal("Total", Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionEstimate(0, -1, 0, ci, ProportionCiMethod.Wilson)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new ProportionEstimate(1, 4, 0.25, null!, ProportionCiMethod.Wilson));
    }
}
