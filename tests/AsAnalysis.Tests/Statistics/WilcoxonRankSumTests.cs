using AsAnalysis.Statistics;
using static AsAnalysis.Tests.Statistics.ContinuousAssert;

namespace AsAnalysis.Tests.Statistics;

public class WilcoxonRankSumTests
{
    // statistics.md: x and y of the Welch / Wilcoxon reference (ties, so the normal approximation).
    private static readonly double[] X = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
    private static readonly double[] Y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

    // R's ?wilcox.test example (Hollander & Wolfe): no ties, exact.
    private static readonly double[] Hx = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    private static readonly double[] Hy = [1.15, 0.88, 0.90, 0.74, 1.21];

    // Reproducible larger samples, the same expressions in R: i <- 1:55; xl <- ((i * 37) %% 1009) / 100;
    // j <- 1:60; yl <- ((j * 53) %% 1013) / 100 + 0.005   (115 distinct values: no ties)
    private static readonly double[] Lx = Enumerable.Range(1, 55).Select(i => (i * 37 % 1009) / 100.0).ToArray();
    private static readonly double[] Ly = Enumerable.Range(1, 60).Select(j => (j * 53 % 1013) / 100.0 + 0.005).ToArray();

    [Fact]
    public void NormalApproximationWithTiesMatchesStatisticsSpecAndR()
    {
        // statistics.md / R 4.2.2: w <- wilcox.test(x, y, conf.int = TRUE); print(w$statistic, digits = 17) etc.
        //   W 58, p 0.13291945818531886, difference in location 0.5600561608358734,
        //   conf.int -0.36997737472725434 1.18297077368792247
        var r = WilcoxonRankSum.Test(X, Y);
        Assert.False(r.Exact);
        Assert.Equal(TestMethod.WilcoxonNormal, r.Test.Method);
        Assert.Equal("wilcoxon_normal", r.Test.MethodName);
        Assert.Equal(58.0, r.Test.Statistic);
        Assert.True(double.IsNaN(r.Test.DegreesOfFreedom));
        Close(0.13291945818531886, r.Test.PValue);
        Close(0.5600561608358734, r.HodgesLehmann, Iterative);
        Close(-0.36997737472725434, r.Ci.Lower, Iterative);
        Close(1.18297077368792247, r.Ci.Upper, Iterative);
        Assert.Equal(0.95, r.Ci.Level);
        Assert.Equal(9, r.TreatmentN);
        Assert.Equal(9, r.ControlN);
    }

    [Fact]
    public void NormalApproximationFollowsRsRootSearchNotJustTheZero()
    {
        // R 4.2.2: w2 <- wilcox.test(y, x, conf.int = TRUE): W 23, p 0.13291945818531886,
        //   estimate -0.56002945022384254 (not -0.5600561608358734: R's tol.root = 1e-4 search), conf.int -1.18299928912176533 0.36996870118346259
        var r = WilcoxonRankSum.Test(Y, X);
        Assert.Equal(23.0, r.Test.Statistic);
        Close(0.13291945818531886, r.Test.PValue);
        Close(-0.56002945022384254, r.HodgesLehmann, Iterative);
        Close(-1.18299928912176533, r.Ci.Lower, Iterative);
        Close(0.36996870118346259, r.Ci.Upper, Iterative);

        // R 4.2.2: w90 <- wilcox.test(x, y, conf.int = TRUE, conf.level = 0.9): estimate 0.5600561608358734,
        //   conf.int -0.098050658035734997 1.010043633983942257
        var r90 = WilcoxonRankSum.Test(X, Y, 0.90);
        Close(0.5600561608358734, r90.HodgesLehmann, Iterative);
        Close(-0.098050658035734997, r90.Ci.Lower, Iterative);
        Close(1.010043633983942257, r90.Ci.Upper, Iterative);
        Assert.Equal(0.90, r90.Ci.Level);
    }

    [Fact]
    public void ExactWithoutTiesMatchesR()
    {
        // R 4.2.2: x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46); y <- c(1.15, 0.88, 0.90, 0.74, 1.21)
        //   w <- wilcox.test(x, y, conf.int = TRUE): W 35, p 0.2544122544122544,
        //   difference in location 0.30500000000000005, conf.int -0.15000000000000002 0.75999999999999990
        var r = WilcoxonRankSum.Test(Hx, Hy);
        Assert.True(r.Exact);
        Assert.Equal(TestMethod.WilcoxonExact, r.Test.Method);
        Assert.Equal("wilcoxon_exact", r.Test.MethodName);
        Assert.Equal(35.0, r.Test.Statistic);
        Close(0.2544122544122544, r.Test.PValue);
        Close(0.30500000000000005, r.HodgesLehmann);
        Close(-0.15000000000000002, r.Ci.Lower);
        Close(0.75999999999999990, r.Ci.Upper);
        Assert.Equal(0.95, r.Ci.Level);

        // R 4.2.2: wilcox.test(x, y, conf.int = TRUE, conf.level = 0.90)$conf.int -> -0.07999999999999996 0.71999999999999997
        var r90 = WilcoxonRankSum.Test(Hx, Hy, 0.90);
        Close(-0.07999999999999996, r90.Ci.Lower);
        Close(0.71999999999999997, r90.Ci.Upper);

        // R 4.2.2: wilcox.test(y, x, conf.int = TRUE): W 15, p 0.2544122544122544, estimate -0.30500000000000005,
        //   conf.int -0.75999999999999990 0.15000000000000002
        var rev = WilcoxonRankSum.Test(Hy, Hx);
        Assert.Equal(15.0, rev.Test.Statistic);
        Close(0.2544122544122544, rev.Test.PValue);
        Close(-0.30500000000000005, rev.HodgesLehmann);
        Close(-0.75999999999999990, rev.Ci.Lower);
        Close(0.15000000000000002, rev.Ci.Upper);
    }

    [Fact]
    public void ForcedNormalApproximationWithoutTiesMatchesR()
    {
        // R 4.2.2: wilcox.test(x, y, conf.int = TRUE, exact = FALSE) on the Hollander & Wolfe data:
        //   W 35, p 0.24462360512698336, estimate 0.30250833904157232, conf.int -0.15001483719908448 0.75994276532229388
        var r = WilcoxonRankSum.Test(Hx, Hy, mode: WilcoxonMode.NormalApproximation);
        Assert.False(r.Exact);
        Assert.Equal(35.0, r.Test.Statistic);
        Close(0.24462360512698336, r.Test.PValue);
        Close(0.30250833904157232, r.HodgesLehmann, Iterative);
        Close(-0.15001483719908448, r.Ci.Lower, Iterative);
        Close(0.75994276532229388, r.Ci.Upper, Iterative);
    }

    [Fact]
    public void SmallSamplesReportTheAchievedLevelAsR()
    {
        // R 4.2.2: wilcox.test(c(1.1, 2.3, 3.7), c(0.5, 1.9), conf.int = TRUE): W 5, p 0.40000000000000002, estimate 1.2,
        //   conf.int -0.79999999999999982 3.20000000000000018, conf.level 0.80000000000000004 ("Requested conf.level not achievable")
        var r = WilcoxonRankSum.Test([1.1, 2.3, 3.7], [0.5, 1.9]);
        Assert.True(r.Exact);
        Assert.Equal(5.0, r.Test.Statistic);
        Close(0.40000000000000002, r.Test.PValue);
        Close(1.2, r.HodgesLehmann);
        Close(-0.79999999999999982, r.Ci.Lower);
        Close(3.20000000000000018, r.Ci.Upper);
        Close(0.80000000000000004, r.Ci.Level);

        // R 4.2.2: wilcox.test(c(2.5), c(1, 3, 4), conf.int = TRUE): W 1, p 1, estimate -0.5, conf.int -1.5 1.5, conf.level 0.5
        var one = WilcoxonRankSum.Test([2.5], [1, 3, 4]);
        Assert.Equal(1.0, one.Test.Statistic);
        Assert.Equal(1.0, one.Test.PValue);
        Assert.Equal(-0.5, one.HodgesLehmann);
        Assert.Equal(-1.5, one.Ci.Lower);
        Assert.Equal(1.5, one.Ci.Upper);
        Close(0.5, one.Ci.Level);

        // R 4.2.2: wilcox.test(c(2.5), c(1), conf.int = TRUE): W 1, p 1, estimate 1.5, conf.int 1.5 1.5 at conf.level 0.
        // A level-0 interval is no interval: undefined here, at the requested level.
        var single = WilcoxonRankSum.Test([2.5], [1]);
        Assert.Equal(1.0, single.Test.Statistic);
        Assert.Equal(1.0, single.Test.PValue);
        Assert.Equal(1.5, single.HodgesLehmann);
        Assert.True(double.IsNaN(single.Ci.Lower) && double.IsNaN(single.Ci.Upper));
        Assert.Equal(0.95, single.Ci.Level);
    }

    [Fact]
    public void FiftyOrMoreWithoutTiesUsesTheNormalApproximationAsR()
    {
        // R 4.2.2 (xl, yl above): wilcox.test(xl, yl, conf.int = TRUE): W 1651, p 0.99776635496650545,
        //   estimate 0.0049499572075874885, conf.int -1.1249334729508227 1.1650818479176768
        var r = WilcoxonRankSum.Test(Lx, Ly);
        Assert.False(r.Exact);
        Assert.Equal(1651.0, r.Test.Statistic);
        Close(0.99776635496650545, r.Test.PValue);
        Close(0.0049499572075874885, r.HodgesLehmann, Iterative);
        Close(-1.1249334729508227, r.Ci.Lower, Iterative);
        Close(1.1650818479176768, r.Ci.Upper, Iterative);
    }

    [Fact]
    public void ExactCanBeForcedForLargeSamplesAsR()
    {
        // R 4.2.2: wilcox.test(xl, yl, conf.int = TRUE, exact = TRUE): W 1651, p 0.99777515710693598,
        //   estimate 0.0050000000000001155, conf.int -1.125 1.165
        var r = WilcoxonRankSum.Test(Lx, Ly, mode: WilcoxonMode.Exact);
        Assert.True(r.Exact);
        Assert.Equal(1651.0, r.Test.Statistic);
        Close(0.99777515710693598, r.Test.PValue);
        Close(0.0050000000000001155, r.HodgesLehmann);
        Close(-1.125, r.Ci.Lower);
        Close(1.165, r.Ci.Upper);
    }

    [Fact]
    public void FortyNineEachIsStillExact()
    {
        // R 4.2.2: wilcox.test(xl[1:49], yl[1:49], conf.int = TRUE): W 1192, p 0.95488009929031648,
        //   estimate -0.025000000000000355, conf.int -1.2149999999999999 1.1650000000000000
        var r = WilcoxonRankSum.Test(Lx[..49], Ly[..49]);
        Assert.True(r.Exact);
        Assert.Equal(1192.0, r.Test.Statistic);
        Close(0.95488009929031648, r.Test.PValue);
        Close(-0.025000000000000355, r.HodgesLehmann);
        Close(-1.2149999999999999, r.Ci.Lower);
        Close(1.1650000000000000, r.Ci.Upper);
    }

    [Fact]
    public void HeavyTiesMatchR()
    {
        // R 4.2.2: i <- 1:40; xt <- round(((i * 37) %% 101) / 10); j <- 1:45; yt <- round(((j * 53) %% 103) / 10)
        //   wilcox.test(xt, yt, conf.int = TRUE): W 984.5, p 0.45736919899528738, estimate 0.0081337766758959873,
        //   conf.int -0.99997896718906032 1.99998722844329690
        // R's round() rounds half to even, as Math.Round's default.
        var xt = Enumerable.Range(1, 40).Select(i => Math.Round((i * 37 % 101) / 10.0)).ToArray();
        var yt = Enumerable.Range(1, 45).Select(j => Math.Round((j * 53 % 103) / 10.0)).ToArray();
        var r = WilcoxonRankSum.Test(xt, yt, mode: WilcoxonMode.Exact); // ties: falls back to the normal approximation, as R
        Assert.False(r.Exact);
        Assert.Equal(984.5, r.Test.Statistic);
        Close(0.45736919899528738, r.Test.PValue);
        Close(0.0081337766758959873, r.HodgesLehmann, Iterative);
        Close(-0.99997896718906032, r.Ci.Lower, Iterative);
        Close(1.99998722844329690, r.Ci.Upper, Iterative);
    }

    [Fact]
    public void AllValuesTiedGiveNaNNotAnException()
    {
        // R 4.2.2: wilcox.test(c(1, 1, 1), c(1, 1)): W = 3, p-value = NA (and conf.int = TRUE stops with an error).
        var same = WilcoxonRankSum.Test([1, 1, 1], [1, 1]);
        Assert.Equal(3.0, same.Test.Statistic);
        Assert.True(double.IsNaN(same.Test.PValue));
        Assert.True(double.IsNaN(same.HodgesLehmann));
        Assert.True(double.IsNaN(same.Ci.Lower));

        // R 4.2.2: wilcox.test(c(2, 2, 2), c(1, 1)): W = 6, p-value = 0.09558; with conf.int = TRUE R stops
        // ("cannot compute confidence interval when all observations are tied"): NaN estimate and interval here.
        // p: z = (3 - 0.5) / sqrt(6/12 * (6 - 30/20)) -> 2 * pnorm(-2.5 / 1.5)
        var constantArms = WilcoxonRankSum.Test([2, 2, 2], [1, 1]);
        Assert.Equal(6.0, constantArms.Test.Statistic);
        Close(2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -2.5 / 1.5), constantArms.Test.PValue);
        Assert.Equal(0.0955807045, constantArms.Test.PValue, 1e-9);
        Assert.True(double.IsNaN(constantArms.HodgesLehmann));
        Assert.True(double.IsNaN(constantArms.Ci.Lower) && double.IsNaN(constantArms.Ci.Upper));
    }

    [Fact]
    public void EmptyArmGivesNaNNotAnException()
    {
        // R 4.2.2: wilcox.test(numeric(0), 1:3) stops: "not enough (non-missing) 'x' observations".
        var r = WilcoxonRankSum.Test([], [1, 2, 3]);
        Assert.Equal(0, r.TreatmentN);
        Assert.True(double.IsNaN(r.Test.Statistic));
        Assert.True(double.IsNaN(r.Test.PValue));
        Assert.True(double.IsNaN(r.HodgesLehmann));
        Assert.True(double.IsNaN(r.Ci.Lower));
        Assert.True(double.IsNaN(WilcoxonRankSum.Test([1.0], []).Test.PValue));
    }

    [Fact]
    public void InvalidArgumentsAreRejected()
    {
        Assert.Equal("treatment", Assert.Throws<ArgumentException>(() => WilcoxonRankSum.Test([double.NaN], Y)).ParamName);
        Assert.Equal("control", Assert.Throws<ArgumentException>(() => WilcoxonRankSum.Test(X, [double.NegativeInfinity])).ParamName);
        Assert.Equal("control", Assert.Throws<ArgumentNullException>(() => WilcoxonRankSum.Test(X, null!)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => WilcoxonRankSum.Test(X, Y, 0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => WilcoxonRankSum.Test(X, Y, 1)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => WilcoxonRankSum.Test(X, Y, 0.95, (WilcoxonMode)7)).ParamName);
    }

    [Fact]
    public void ResultInvariantsAreChecked()
    {
        var ci = new ConfidenceInterval(0, 1, 0.95);
        Assert.Throws<ArgumentException>(() => new WilcoxonResult(3, 3, new TestResult(TestMethod.WelchT, 1, 0.5), 0.5, ci, false));
        Assert.Throws<ArgumentException>(() => new WilcoxonResult(3, 3, new TestResult(TestMethod.WilcoxonNormal, 1, 0.5), 0.5, ci, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WilcoxonResult(-1, 3, new TestResult(TestMethod.WilcoxonExact, 1, 0.5), 0.5, ci, true));
    }
}
