using AsAnalysis.Statistics;
using static AsAnalysis.Tests.Statistics.ContinuousAssert;

namespace AsAnalysis.Tests.Statistics;

public class TTestTests
{
    // statistics.md: x and y of the Welch reference.
    private static readonly double[] X = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
    private static readonly double[] Y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

    [Fact]
    public void WelchMatchesStatisticsSpecAndR()
    {
        // statistics.md / R 4.2.2: tt <- t.test(x, y); print(tt$statistic, digits = 17) etc.
        //   t 1.2051727991066514, df 15.795035582541246, p 0.24588283853317081,
        //   conf.int -0.3286079301898116 1.1923857079675890, estimate 1.7666666666666666 1.3347777777777778
        var r = TTest.Welch(X, Y);
        Assert.Equal(TestMethod.WelchT, r.Test.Method);
        Assert.Equal("welch_t", r.Test.MethodName);
        Assert.Equal(9, r.TreatmentN);
        Assert.Equal(9, r.ControlN);
        Close(1.7666666666666666, r.TreatmentMean);
        Close(1.3347777777777778, r.ControlMean);
        Close(1.7666666666666666 - 1.3347777777777778, r.Estimate);
        Close(1.2051727991066514, r.Test.Statistic);
        Close(15.795035582541246, r.Test.DegreesOfFreedom);
        Close(0.24588283853317081, r.Test.PValue);
        Close(-0.3286079301898116, r.Ci.Lower);
        Close(1.1923857079675890, r.Ci.Upper);
        Assert.Equal(0.95, r.Ci.Level);
    }

    [Fact]
    public void WelchAtNinetyPercentMatchesR()
    {
        // R 4.2.2: print(t.test(x, y, conf.level = 0.90)$conf.int, digits = 17) -> -0.1942688967947078 1.0580466745724852
        var r = TTest.Welch(X, Y, 0.90);
        Close(-0.1942688967947078, r.Ci.Lower);
        Close(1.0580466745724852, r.Ci.Upper);
        Assert.Equal(0.90, r.Ci.Level);
    }

    [Fact]
    public void SwappingArmsNegatesTheDifference()
    {
        var a = TTest.Welch(X, Y);
        var b = TTest.Welch(Y, X);
        Close(-a.Estimate, b.Estimate);
        Close(-a.Test.Statistic, b.Test.Statistic);
        Close(a.Test.PValue, b.Test.PValue);
        Close(-a.Ci.Upper, b.Ci.Lower);
    }

    [Fact]
    public void OneConstantArmIsStillDefined()
    {
        // R 4.2.2: tt <- t.test(c(1, 1, 1), c(2, 3, 4.5)); print(c(tt$statistic, tt$parameter, tt$p.value, tt$conf.int), digits = 17)
        //   -2.982404540317302732 2.000000000000000000 0.096437539086009369 -5.292471406354553487 0.959138073021220894
        var r = TTest.Welch([1, 1, 1], [2, 3, 4.5]);
        Close(-2.982404540317302732, r.Test.Statistic);
        Close(2.0, r.Test.DegreesOfFreedom);
        Close(0.096437539086009369, r.Test.PValue);
        Close(-5.292471406354553487, r.Ci.Lower);
        Close(0.959138073021220894, r.Ci.Upper);
    }

    [Fact]
    public void ZeroVarianceInBothArmsLeavesTUndefined()
    {
        // R 4.2.2: t.test(c(1, 1, 1), c(2, 2)) stops: "data are essentially constant". Here: NaN, estimate still given.
        var r = TTest.Welch([1, 1, 1], [2, 2]);
        Assert.Equal(-1.0, r.Estimate);
        AssertUndefined(r);
        // Constant arms that are only rounding-level different from constant (R's 10 eps criterion) too.
        AssertUndefined(TTest.Welch(Enumerable.Repeat(0.1, 10).ToArray(), [0.3, 0.3, 0.3]));
    }

    [Fact]
    public void FewerThanTwoValuesInAnArmGiveNaNNotAnException()
    {
        // R 4.2.2: t.test(c(1), c(2, 2, 4)) stops: "not enough 'x' observations". Here: NaN test and interval.
        var one = TTest.Welch([1], [2, 2, 4]);
        Assert.Equal(1, one.TreatmentN);
        Assert.Equal(1.0, one.TreatmentMean);
        Close(1.0 - 8.0 / 3.0, one.Estimate);
        AssertUndefined(one);

        var empty = TTest.Welch([], [2, 2, 4]);
        Assert.Equal(0, empty.TreatmentN);
        Assert.True(double.IsNaN(empty.TreatmentMean));
        Assert.True(double.IsNaN(empty.Estimate));
        AssertUndefined(empty);
        AssertUndefined(TTest.Welch([], []));
    }

    [Fact]
    public void InvalidArgumentsAreRejected()
    {
        Assert.Equal("treatment", Assert.Throws<ArgumentException>(() => TTest.Welch([1, double.NaN], Y)).ParamName);
        Assert.Equal("control", Assert.Throws<ArgumentException>(() => TTest.Welch(X, [1, double.PositiveInfinity])).ParamName);
        Assert.Equal("treatment", Assert.Throws<ArgumentNullException>(() => TTest.Welch(null!, Y)).ParamName);
        foreach (var level in new[] { 0.0, 1.0, -0.5, 1.5, double.NaN })
        {
            Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => TTest.Welch(X, Y, level)).ParamName);
        }
    }

    private static void AssertUndefined(MeanDifferenceEstimate r)
    {
        Assert.True(double.IsNaN(r.Test.Statistic));
        Assert.True(double.IsNaN(r.Test.PValue));
        Assert.True(double.IsNaN(r.Test.DegreesOfFreedom));
        Assert.True(double.IsNaN(r.Ci.Lower));
        Assert.True(double.IsNaN(r.Ci.Upper));
    }
}
