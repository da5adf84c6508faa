using AsAnalysis.Statistics;
using static AsAnalysis.Tests.Statistics.ContinuousAssert;

namespace AsAnalysis.Tests.Statistics;

public class WilcoxonInternalsTests
{
    [Fact]
    public void ExactDistributionMatchesRPwilcox()
    {
        // R 4.2.2: print(pwilcox(c(0, 5, 12, 23, 24), 4, 6), digits = 17)
        //   0.0047619047619047623 0.0857142857142857151 0.5428571428571428159 0.9952380952380952550 1
        // print(pwilcox(c(0, 5, 12, 23), 4, 6, lower.tail = FALSE), digits = 17)
        //   0.9952380952380952550 0.9142857142857142572 0.4571428571428571841 0.0047619047619047623
        var d = new MannWhitneyDistribution(4, 6);
        Assert.Equal(24, d.MaxU);
        Close(0.0047619047619047623, d.LowerTail(0));
        Close(0.0857142857142857151, d.LowerTail(5));
        Close(0.5428571428571428159, d.LowerTail(12));
        Close(0.9952380952380952550, d.LowerTail(23));
        Assert.Equal(1.0, d.LowerTail(24));
        Assert.Equal(0.0, d.LowerTail(-1));
        Close(0.9952380952380952550, d.UpperTail(0));
        Close(0.9142857142857142572, d.UpperTail(5));
        Close(0.4571428571428571841, d.UpperTail(12));
        Close(0.0047619047619047623, d.UpperTail(23));
        // The same table with the sample sizes swapped.
        Close(0.0857142857142857151, new MannWhitneyDistribution(6, 4).LowerTail(5));
    }

    [Fact]
    public void ExactQuantilesMatchRQwilcox()
    {
        // R 4.2.2: qwilcox(c(0.025, 0.05, 0.5), 4, 6) -> 3 4 12; qwilcox(0.025, 49, 49) -> 925
        var d = new MannWhitneyDistribution(4, 6);
        Assert.Equal(3, d.LowerQuantile(0.025));
        Assert.Equal(4, d.LowerQuantile(0.05));
        Assert.Equal(12, d.LowerQuantile(0.5));
        var big = new MannWhitneyDistribution(49, 49);
        Assert.Equal(925, big.LowerQuantile(0.025));
        // R 4.2.2: print(pwilcox(300, 49, 49), digits = 17) -> 2.6115662252321572e-12
        Close(2.6115662252321572e-12, big.LowerTail(300));
        // P(U <= 1200) is exactly 1/2 by symmetry (R's summation prints 0.49999999999999767).
        Assert.Equal(0.5, big.LowerTail(1200));
    }

    [Fact]
    public void ZeroFinderFollowsRUniroot()
    {
        // R 4.2.2: u <- uniroot(function(x) x^3 - 2*x - 5, c(2, 3), tol = 1e-4); print(u$root, digits = 17) -> 2.0945512665841388
        Close(2.0945512665841388, BrentZeroin.FindRoot(x => x * x * x - 2 * x - 5, 2, 3, -1, 16, 1e-4, 1000, out var ok1), 1e-15);
        Assert.True(ok1);
        // R 4.2.2: uniroot(function(x) cos(x) - x, c(-1, 2), tol = 1e-10)$root -> 0.73908513321515146
        Close(0.73908513321515146, BrentZeroin.FindRoot(x => Math.Cos(x) - x, -1, 2, Math.Cos(-1) + 1, Math.Cos(2) - 2, 1e-10, 1000, out _), 1e-15);
        // A step function, as in the Wilcoxon interval: R 4.2.2
        // uniroot(function(x) ifelse(x < 0.3, -1, 1), c(0, 1), tol = 1e-4)$root -> 0.29998779296875 (not 0.3: the iterates matter)
        Assert.Equal(0.29998779296875, BrentZeroin.FindRoot(x => x < 0.3 ? -1 : 1, 0, 1, -1, 1, 1e-4, 1000, out _));
        // A zero at an end point is returned as is; an iteration cap reports non-convergence.
        Assert.Equal(2.0, BrentZeroin.FindRoot(x => x - 2, 2, 3, 0, 1, 1e-4, 1000, out _));
        BrentZeroin.FindRoot(x => x < 0.3 ? -1 : 1, 0, 1, -1, 1, 1e-12, 3, out var ok2);
        Assert.False(ok2);
    }
}
