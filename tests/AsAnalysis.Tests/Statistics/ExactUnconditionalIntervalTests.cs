using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>
/// Chan-Zhang and Agresti-Min exact unconditional intervals (<see cref="DifferenceCiMethod.ChanZhang"/>,
/// <see cref="DifferenceCiMethod.AgrestiMin"/>) against published SAS and StatXact output (4 decimals, as printed) and against
/// a brute-force check of the defining property at the computed limits (every table enumerated, the nuisance parameter on
/// a dense grid of 4001 points, written here independently of the library's grid-and-refine search).
/// The printed values were recorded by R exact2x2 1.7.0's tests (inst/slowTests); exact2x2 defines the difference as its
/// second sample minus its first, so its (x1, n1, x2, n2) is (control, treatment) here. The paper of Fagerland, Lydersen
/// and Laake (2015, SMMR) was not available here; its tables remain to be added.
/// </summary>
public class ExactUnconditionalIntervalTests
{
    private static ConfidenceInterval Ci(int x1, int n1, int x2, int n2, DifferenceCiMethod method, double level = 0.95) =>
        ProportionDifference.Estimate(new TwoByTwoTable(x1, n1, x2, n2), method, level).Ci;

    private static void Printed(double lower, double upper, ConfidenceInterval ci, string what)
    {
        Assert.True(Math.Abs(Math.Round(ci.Lower, 4) - lower) < 1e-9 && Math.Abs(Math.Round(ci.Upper, 4) - upper) < 1e-9,
            $"{what}: expected {lower} to {upper}, got {ci.Lower:R} to {ci.Upper:R}");
    }

    [Fact]
    public void ChanZhangMatchesSasPrintedLimits()
    {
        // SAS PROC FREQ EXACT RISKDIFF(METHOD=SCORE), as recorded in exact2x2's inst/slowTests/test_SAS.R:
        // uncondExact2x2(10, 35, 24, 61, tsmethod = "central", method = "score") -> -0.0992 0.2949
        Printed(-0.0992, 0.2949, Ci(24, 61, 10, 35, DifferenceCiMethod.ChanZhang), "24/61 - 10/35");
        // uncondExact2x2(4, 12, 9, 11, tsmethod = "central", method = "score") -> 0.0616 0.7968
        Printed(0.0616, 0.7968, Ci(9, 11, 4, 12, DifferenceCiMethod.ChanZhang), "9/11 - 4/12");
    }

    [Fact]
    public void MatchesStatXactPrintedLimits()
    {
        // StatXact 11, as recorded in exact2x2's inst/slowTests/test_StatXact.R:
        // uncondExact2x2(2, 7, 6, 13, tsmethod = "central", method = "score") -> -0.3108 0.5787 (Chan-Zhang)
        Printed(-0.3108, 0.5787, Ci(6, 13, 2, 7, DifferenceCiMethod.ChanZhang), "CZ 6/13 - 2/7");
        // tsmethod = "square" -> -0.3079 0.5542 (Agresti-Min)
        Printed(-0.3079, 0.5542, Ci(6, 13, 2, 7, DifferenceCiMethod.AgrestiMin), "AM 6/13 - 2/7");
        // uncondExact2x2(0, 7, 13, 13, tsmethod = "central", method = "score") -> 0.5904 1.0000 (also SAS 9.4)
        Printed(0.5904, 1.0, Ci(13, 13, 0, 7, DifferenceCiMethod.ChanZhang), "CZ 13/13 - 0/7");
    }

    /// <summary>Brute force: sup over a dense p2 grid of P(Z op Z_obs) at null difference d (Farrington-Manning ordering).</summary>
    private static double BruteForcePValue(int x1, int n1, int x2, int n2, double d, int side)
    {
        double Z(int a, int b) => ProportionMath.ScoreRatio((double)a / n1 - (double)b / n2 - d, ProportionMath.ScoreVarianceForDifference(a, n1, b, n2, d, false));
        double zObs = Z(x1, x2);
        var member = new bool[n1 + 1, n2 + 1];
        for (int a = 0; a <= n1; a++)
            for (int b = 0; b <= n2; b++)
            {
                double v = Z(a, b);
                member[a, b] = side > 0 ? v >= zObs - 1e-9 : side < 0 ? v <= zObs + 1e-9 : Math.Abs(v) >= Math.Abs(zObs) - 1e-9;
            }
        double lo = Math.Max(0, -d), hi = Math.Min(1, 1 - d), best = 0;
        for (int g = 0; g <= 4000; g++)
        {
            double p2 = lo + (hi - lo) * g / 4000, p1 = Math.Clamp(p2 + d, 0, 1);
            var pb = new double[n2 + 1];
            for (int b = 0; b <= n2; b++) pb[b] = MathNet.Numerics.Distributions.Binomial.PMF(p2, n2, b);
            double sum = 0;
            for (int a = 0; a <= n1; a++)
            {
                double pa = MathNet.Numerics.Distributions.Binomial.PMF(p1, n1, a), row = 0;
                for (int b = 0; b <= n2; b++)
                    if (member[a, b]) row += pb[b];
                sum += pa * row;
            }
            best = Math.Max(best, sum);
        }
        return best;
    }

    [Theory]
    [InlineData(18, 30, 12, 30)]
    [InlineData(7, 34, 1, 34)]
    [InlineData(0, 16, 15, 72)]
    public void LimitsAreWhereTheExactPValueCrossesAlpha(int x1, int n1, int x2, int n2)
    {
        // Just outside each Chan-Zhang limit the one-sided p-value is at most 0.025, just inside above it (the dense grid
        // can only underestimate a supremum, hence the small allowance inside); Agresti-Min the same with the two-sided 0.05.
        var cz = Ci(x1, n1, x2, n2, DifferenceCiMethod.ChanZhang);
        Assert.True(BruteForcePValue(x1, n1, x2, n2, cz.Lower - 1e-6, +1) <= 0.025 + 1e-12, "CZ below lower");
        Assert.True(BruteForcePValue(x1, n1, x2, n2, cz.Lower + 1e-6, +1) > 0.025 * (1 - 1e-3), "CZ above lower");
        Assert.True(BruteForcePValue(x1, n1, x2, n2, cz.Upper + 1e-6, -1) <= 0.025 + 1e-12, "CZ above upper");
        Assert.True(BruteForcePValue(x1, n1, x2, n2, cz.Upper - 1e-6, -1) > 0.025 * (1 - 1e-3), "CZ below upper");
        var am = Ci(x1, n1, x2, n2, DifferenceCiMethod.AgrestiMin);
        Assert.True(BruteForcePValue(x1, n1, x2, n2, am.Lower - 1e-6, 0) <= 0.05 + 1e-12, "AM below lower");
        Assert.True(BruteForcePValue(x1, n1, x2, n2, am.Lower + 1e-6, 0) > 0.05 * (1 - 1e-3), "AM above lower");
        Assert.True(BruteForcePValue(x1, n1, x2, n2, am.Upper + 1e-6, 0) <= 0.05 + 1e-12, "AM above upper");
        Assert.True(BruteForcePValue(x1, n1, x2, n2, am.Upper - 1e-6, 0) > 0.05 * (1 - 1e-3), "AM below upper");
    }

    [Theory]
    [InlineData(DifferenceCiMethod.ChanZhang)]
    [InlineData(DifferenceCiMethod.AgrestiMin)]
    public void EdgesGiveIntervalsOrNaNNotExceptions(DifferenceCiMethod method)
    {
        var zeros = Ci(0, 30, 0, 30, method);
        Assert.True(zeros.Lower < 0 && zeros.Upper > 0);
        Assert.Equal(-zeros.Lower, zeros.Upper, 9);
        var all = Ci(30, 30, 30, 30, method);
        Assert.True(all.Lower < 0 && all.Upper > 0);
        var extreme = Ci(30, 30, 0, 30, method);
        Assert.Equal(1.0, extreme.Upper);
        Assert.True(extreme.Lower > 0.8);
        var low = Ci(0, 30, 30, 30, method);
        Assert.Equal(-1.0, low.Lower);
        var empty = ProportionDifference.Estimate(new TwoByTwoTable(0, 0, 3, 10), method);
        Assert.True(double.IsNaN(empty.Estimate) && double.IsNaN(empty.Ci.Lower) && double.IsNaN(empty.Ci.Upper));
        var single = Ci(1, 1, 0, 1, method);
        Assert.True(single.Lower < 1 && single.Upper == 1.0);
    }

    [Theory]
    [InlineData(DifferenceCiMethod.ChanZhang)]
    [InlineData(DifferenceCiMethod.AgrestiMin)]
    public void SwappingArmsMirrorsAndLevelsNest(DifferenceCiMethod method)
    {
        var a = Ci(9, 20, 4, 18, method);
        var b = Ci(4, 18, 9, 20, method);
        Assert.Equal(a.Lower, -b.Upper, 9);
        Assert.Equal(a.Upper, -b.Lower, 9);
        var wide = Ci(9, 20, 4, 18, method, 0.99);
        Assert.True(wide.Lower <= a.Lower && wide.Upper >= a.Upper);
        Assert.True(a.Lower < 9.0 / 20 - 4.0 / 18 && a.Upper > 9.0 / 20 - 4.0 / 18);
    }

    [Fact]
    public void MethodNamesAreChanZhangAndAgrestiMin()
    {
        Assert.Equal("chan_zhang", DifferenceCiMethod.ChanZhang.Code());
        Assert.Equal("agresti_min", DifferenceCiMethod.AgrestiMin.Code());
        Assert.Equal("chan_zhang", ProportionDifference.Estimate(new TwoByTwoTable(3, 10, 1, 10), DifferenceCiMethod.ChanZhang).MethodName);
    }
}
