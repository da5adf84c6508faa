using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>Risk ratio (treatment over control) with log (Katz) and score intervals.</summary>
public class RiskRatioTests
{
    private static RiskRatioEstimate R(int x1, int n1, int x2, int n2, RiskRatioCiMethod m) => RiskRatio.Estimate(new TwoByTwoTable(x1, n1, x2, n2), m);

    [Theory]
    // R 4.2.2: rr <- (x1/n1)/(x2/n2); se <- sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2); rr * exp(c(-1, 1) * qnorm(0.975) * se)
    [InlineData(56, 70, 48, 80, 1.3333333333333335, 1.0766264227631930, 1.6512485112663868)]
    [InlineData(9, 10, 3, 10, 3.0, 1.1383503574476703, 7.9061775147847904)]
    [InlineData(36, 40, 16, 80, 4.5, 2.8685501986034847, 7.0593151933887874)]
    [InlineData(10, 10, 10, 10, 1.0, 1.0, 1.0)]
    public void LogIntervalMatchesR(int x1, int n1, int x2, int n2, double rr, double lower, double upper)
    {
        var e = R(x1, n1, x2, n2, RiskRatioCiMethod.Log);
        PropAssert.Close(rr, e.Estimate, PropAssert.ClosedForm);
        PropAssert.Close(lower, e.Ci.Lower, PropAssert.ClosedForm);
        PropAssert.Close(upper, e.Ci.Upper, PropAssert.ClosedForm);
        Assert.Equal("log", e.MethodName);
    }

    [Theory]
    // R 4.2.2, independent implementation (Reference/proportion-reference.R, scorerr): constrained MLE under p1 = phi p2 as the
    // uniroot of the profile score equation, variance x N/(N-1), limits by uniroot(tol = 1e-15) on log(phi).
    [InlineData(56, 70, 48, 80, 1.0790471195344267, 1.6721453590897679)]
    [InlineData(9, 10, 3, 10, 1.3279565734835248, 8.6919149490172956)]
    [InlineData(5, 56, 0, 29, 0.71749507827711423, double.PositiveInfinity)]
    [InlineData(0, 29, 5, 56, 0.0, 1.3937377834022937)]
    [InlineData(10, 10, 10, 10, 0.71206605871798812, 1.40436408638885490)]
    [InlineData(36, 40, 16, 80, 2.9346464594877988, 7.1662982994603341)]
    public void ScoreIntervalMatchesIndependentR(int x1, int n1, int x2, int n2, double lower, double upper)
    {
        var e = R(x1, n1, x2, n2, RiskRatioCiMethod.Score);
        PropAssert.Close(lower, e.Ci.Lower, PropAssert.Iterative);
        PropAssert.Close(upper, e.Ci.Upper, PropAssert.Iterative);
        Assert.Equal("score", e.MethodName);
    }

    [Fact]
    public void ZeroCells()
    {
        // x1 = 0: ratio 0; log interval undefined, score interval starts at 0.
        var logZero = R(0, 29, 5, 56, RiskRatioCiMethod.Log);
        Assert.Equal(0.0, logZero.Estimate);
        Assert.True(double.IsNaN(logZero.Ci.Lower) && double.IsNaN(logZero.Ci.Upper));
        // x2 = 0: ratio +infinity; log undefined; score upper limit +infinity (checked above).
        var logInf = R(5, 56, 0, 29, RiskRatioCiMethod.Log);
        Assert.Equal(double.PositiveInfinity, logInf.Estimate);
        Assert.True(double.IsNaN(logInf.Ci.Lower));
        // x1 = x2 = 0 and empty arms: nothing estimable.
        foreach (var m in Enum.GetValues<RiskRatioCiMethod>())
            foreach (var t in new[] { new TwoByTwoTable(0, 10, 0, 20), new TwoByTwoTable(0, 0, 3, 5), new TwoByTwoTable(3, 5, 0, 0) })
            {
                var e = RiskRatio.Estimate(t, m);
                Assert.True(double.IsNaN(e.Estimate));
                Assert.True(double.IsNaN(e.Ci.Lower) && double.IsNaN(e.Ci.Upper));
            }
    }

    [Fact]
    public void ScoreIntervalIsValidForEveryTableUpToTen()
    {
        for (int n1 = 1; n1 <= 10; n1++)
            for (int n2 = 1; n2 <= 10; n2++)
                for (int x1 = 0; x1 <= n1; x1++)
                    for (int x2 = 0; x2 <= n2; x2++)
                    {
                        if (x1 == 0 && x2 == 0) continue;
                        var e = R(x1, n1, x2, n2, RiskRatioCiMethod.Score);
                        Assert.True(e.Ci.Lower >= 0 && e.Ci.Lower <= e.Estimate && e.Estimate <= e.Ci.Upper, $"{x1}/{n1} vs {x2}/{n2}: {e.Ci.Lower} {e.Estimate} {e.Ci.Upper}");
                        // Swapping the arms inverts the interval.
                        var s = R(x2, n2, x1, n1, RiskRatioCiMethod.Score);
                        if (x1 > 0 && x2 > 0)
                        {
                            PropAssert.Close(1.0 / e.Ci.Upper, s.Ci.Lower, 1e-9, "swap lower");
                            PropAssert.Close(1.0 / e.Ci.Lower, s.Ci.Upper, 1e-9, "swap upper");
                        }
                    }
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        var t = new TwoByTwoTable(1, 2, 1, 2);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => RiskRatio.Estimate(null!)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => RiskRatio.Estimate(t, level: -0.5)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => RiskRatio.Estimate(t, (RiskRatioCiMethod)5)).ParamName);
    }
}
