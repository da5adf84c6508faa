using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Bayes;

namespace AsAnalysis.Tests.Statistics.Bayes;

/// <summary>
/// The distribution of a difference of two independent beta variables against numerical integration in R 4.2.2
/// (Statistics/Reference/bayes-reference.R): each value is <c>integrate(..., rel.tol = 1e-12)</c> of
/// dbeta(y, a2, b2) * pbeta(y + d, a1, b1) (distribution function), of the same with <c>lower.tail = FALSE</c>
/// (survival) and of dbeta(y, a2, b2) * dbeta(y + d, a1, b1) (density) over y in [max(0, -d), min(1, 1 - d)], plus the
/// end terms pbeta(1 - d, a2, b2, lower.tail = FALSE) (d &gt; 0) or pbeta(-d, a2, b2) (d &lt; 0); R's integration over x
/// instead of y agrees with it to 1e-12. Tolerance 1e-8 relative.
/// </summary>
public class BetaDifferenceTests
{
    private const double Tol = TableAssert.Iterative;

    /// <summary>a1, b1, a2, b2, d, P(D &lt;= d), P(D &gt; d), density.</summary>
    public static TheoryData<double, double, double, double, double, double, double, double> Rows() => new()
    {
        // Pilot, Jeffreys: 14/30 vs 17/30.
        { 14.5, 16.5, 17.5, 13.5, -0.3, 0.049809256298294358, 0.95019074370170531, 0.8669739408666427 },
        { 14.5, 16.5, 17.5, 13.5, -0.1, 0.4929676030859233, 0.5070323969140762, 3.1727099281248341 },
        { 14.5, 16.5, 17.5, 13.5, 0, 0.78067118545252723, 0.21932881454747294, 2.3371024977950614 },
        { 14.5, 16.5, 17.5, 13.5, 0.1, 0.94151119699120966, 0.058488803008790169, 0.93118401002918549 },
        { 14.5, 16.5, 17.5, 13.5, 0.25, 0.99732695612392031, 0.0026730438760793392, 0.068553267246693611 },
        // Jeffreys, 3/12 vs 0/12: the control density behaves like y^-1/2 at 0.
        { 3.5, 9.5, 0.5, 12.5, -0.05, 0.010506397845955688, 0.98949360215404436, 0.18461628649918443 },
        { 3.5, 9.5, 0.5, 12.5, 0, 0.025289962443828438, 0.97471003755617269, 0.44910327204484313 },
        { 3.5, 9.5, 0.5, 12.5, 0.02, 0.03632110106727611, 0.96367889893272229, 0.67194072490061685 },
        { 3.5, 9.5, 0.5, 12.5, 0.2, 0.43021654184411628, 0.5697834581558785, 3.1415275892069316 },
        // Jeffreys, 0/10 vs 10/10: both densities singular at an end; P(D > 0) is 1.6e-7.
        { 0.5, 10.5, 10.5, 0.5, -0.95, 0.40699756530861037, 0.59300243469108516, 6.3180782008457763 },
        { 0.5, 10.5, 10.5, 0.5, -0.9, 0.6556076948070666, 0.34439230519235364, 3.8185620771806277 },
        { 0.5, 10.5, 10.5, 0.5, -0.5, 0.99828282909422894, 0.0017171709059095872, 0.026965995392135636 },
        { 0.5, 10.5, 10.5, 0.5, 0, 0.99999983946937221, 1.6053075831788172e-07, 3.532925044825453e-06 },
        // Informative control prior Beta(17.7, 12.3) (rate 0.59, 30 subjects' worth) with 17/30; treatment Jeffreys 14/30.
        { 14.5, 16.5, 34.7, 25.3, -0.2, 0.20774519998159144, 0.79225480001840909, 2.6587619832038989 },
        { 14.5, 16.5, 34.7, 25.3, 0, 0.84404396760835798, 0.15595603239164205, 2.1760131436172454 },
        { 14.5, 16.5, 34.7, 25.3, 0.1, 0.97306557805217075, 0.026934421947829155, 0.57645445448883514 },
        // Jeffreys, 480/1000 vs 400/1000: concentrated posteriors, P(D <= 0) = 1.6e-4.
        { 480.5, 520.5, 400.5, 600.5, 0, 0.00015568059400438629, 0.99984431940599539, 0.027009497397767552 },
        { 480.5, 520.5, 400.5, 600.5, 0.05, 0.088127723267733937, 0.91187227673226634, 7.2115257221150824 },
        { 480.5, 520.5, 400.5, 600.5, 0.08, 0.50097624939379315, 0.49902375060620702, 18.041111999817318 },
        { 480.5, 520.5, 400.5, 600.5, 0.15, 0.99927271562858799, 0.00072728437141201239, 0.11486882971092854 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void MatchesRIntegrate(double a1, double b1, double a2, double b2, double d, double cdf, double survival, double density)
    {
        var dist = new BetaDifference(a1, b1, a2, b2);
        TableAssert.Close(cdf, dist.Cdf(d), Tol, $"P(D <= {d})");
        TableAssert.Close(survival, dist.Survival(d), Tol, $"P(D > {d})");
        TableAssert.Close(density, dist.Density(d), Tol, $"density at {d}");
        Assert.Equal(1.0, dist.Cdf(d) + dist.Survival(d), 12);
    }

    /// <summary>R: uniroot(function(d) cdf(d) - p (p &lt;= 1/2) or (1 - p) - surv(d), c(-1, 1), tol = 1e-15).</summary>
    public static TheoryData<double, double, double, double, double, double, double> QuantileRows() => new()
    {
        { 14.5, 16.5, 17.5, 13.5, -0.33681698644995967, -0.097783380285577828, 0.14897973915626886 },
        { 3.5, 9.5, 0.5, 12.5, -0.00064962921037152249, 0.22234343226764761, 0.50271410919915571 },
        { 14.5, 16.5, 34.7, 25.3, -0.32045735088878136, -0.11133061608317364, 0.1034594539078118 },
        { 480.5, 520.5, 400.5, 600.5, 0.036525531982701587, 0.079945887468824112, 0.12316798431314678 },
    };

    [Theory]
    [MemberData(nameof(QuantileRows))]
    public void QuantilesMatchR(double a1, double b1, double a2, double b2, double q025, double q50, double q975)
    {
        var dist = new BetaDifference(a1, b1, a2, b2);
        TableAssert.Close(q025, dist.Quantile(0.025), Tol, "2.5%");
        TableAssert.Close(q50, dist.Quantile(0.5), Tol, "50%");
        TableAssert.Close(q975, dist.Quantile(0.975), Tol, "97.5%");
    }

    [Fact]
    public void QuantilesWithTwoSingularEnds()
    {
        // R's integrate fails near d = -1 here except for the upper quantile; the others are checked by round trip.
        var dist = new BetaDifference(0.5, 10.5, 10.5, 0.5);
        TableAssert.Close(-0.68444784801252112, dist.Quantile(0.975), Tol, "97.5%");
        foreach (double p in new[] { 0.025, 0.5 })
            TableAssert.Close(p, dist.Cdf(dist.Quantile(p)), 1e-12, $"P(D <= q({p}))");
    }

    [Fact]
    public void IntegerShapesMatchTheClosedForm()
    {
        // Uniform priors, 7/20 vs 4/20. R: a1 <- 8; b1 <- 14; a2 <- 5; b2 <- 17; i <- 0:(a1 - 1);
        // sum(exp(lbeta(a2 + i, b1 + b2) - log(b1 + i) - lbeta(1 + i, b1) - lbeta(a2, b2)))  (P(X > Y), E. Miller's formula)
        TableAssert.Close(0.84711810400244802, new BetaDifference(8, 14, 5, 17).Survival(0), 1e-10, "P(X > Y)");
    }

    [Fact]
    public void MomentsAndBounds()
    {
        var dist = new BetaDifference(14.5, 16.5, 17.5, 13.5);
        Assert.Equal(14.5 / 31 - 17.5 / 31, dist.Mean, 15);
        Assert.Equal(14.5 * 16.5 / (31.0 * 31 * 32) + 17.5 * 13.5 / (31.0 * 31 * 32), dist.Variance, 15);
        Assert.Equal(0, dist.Cdf(-1));
        Assert.Equal(1, dist.Cdf(1.5));
        Assert.Equal(1, dist.Survival(-2));
        Assert.Equal(0, dist.Survival(1));
        Assert.Equal(0, dist.Density(1));
        Assert.Throws<ArgumentException>(() => dist.Cdf(double.NaN));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => dist.Quantile(1)).ParamName);
        Assert.Equal("b2", Assert.Throws<ArgumentOutOfRangeException>(() => new BetaDifference(1, 1, 1, 0)).ParamName);
        // The density integrates to 1 (trapezoid on a fine grid, loose tolerance).
        double sum = 0;
        for (int i = 1; i < 4000; i++) sum += dist.Density(-1 + i / 2000.0) / 2000.0;
        Assert.Equal(1.0, sum, 6);
    }
}
