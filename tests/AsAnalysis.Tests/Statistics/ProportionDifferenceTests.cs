using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>
/// Difference of two proportions (treatment minus control). The Newcombe (1998) Table II rows of the reference file are
/// covered by <see cref="ProportionReferenceTests"/>; these add R values, the published Miettinen-Nurminen limits,
/// Mee, edge cases and argument checks.
/// </summary>
public class ProportionDifferenceTests
{
    private static void Ci(DifferenceEstimate e, double lower, double upper, double tol)
    {
        PropAssert.Close(lower, e.Ci.Lower, tol, $"{e.MethodName} lower");
        PropAssert.Close(upper, e.Ci.Upper, tol, $"{e.MethodName} upper");
    }

    private static DifferenceEstimate D(int x1, int n1, int x2, int n2, DifferenceCiMethod m, double level = 0.95) =>
        ProportionDifference.Estimate(new TwoByTwoTable(x1, n1, x2, n2), m, level);

    [Theory]
    // Published limits, Newcombe (1998) Stat Med 17:873, Table II, method 6 (Miettinen-Nurminen), 4 decimals.
    [InlineData(56, 70, 48, 80, 0.0528, 0.3382)]
    [InlineData(9, 10, 3, 10, 0.1700, 0.8406)]
    [InlineData(5, 56, 0, 29, -0.0326, 0.1933)]
    public void MiettinenNurminenReproducesPublishedLimits(int x1, int n1, int x2, int n2, double lower, double upper)
    {
        var e = D(x1, n1, x2, n2, DifferenceCiMethod.MiettinenNurminen);
        Assert.Equal(lower, Math.Round(e.Ci.Lower, 4));
        Assert.Equal(upper, Math.Round(e.Ci.Upper, 4));
    }

    [Theory]
    // R 4.2.2, independent implementation (Reference/proportion-reference.R, scoreci: constrained MLE as the uniroot of the
    // profile score equation rather than the closed-form cubic; limits by uniroot(tol = 1e-15)). MN = variance x N/(N-1), Mee without.
    [InlineData(56, 70, 48, 80, 0.053333849291325175, 0.337729463741141323, 0.052829713245844727, 0.338172940015868395)]
    [InlineData(9, 10, 3, 10, 0.18212649945676715, 0.83695033088967197, 0.17002501642439893, 0.84064954394332791)]
    [InlineData(6, 7, 2, 7, 0.054448327743146029, 0.847809084468273522, 0.034175545084364475, 0.853405259897420221)]
    [InlineData(5, 56, 0, 29, -0.031327068773778187, 0.192560013855111595, -0.032596561743513656, 0.193330976690880674)]
    [InlineData(0, 10, 0, 20, -0.1611251580528193, 0.2775327998628892, -0.16576022754217160, 0.28438133953437728)]
    [InlineData(10, 10, 0, 20, 0.72246720013711085, 1.0, 0.71561866046562284, 1.0)]
    [InlineData(30, 40, 29, 40, -0.16846576549752870, 0.21718897180439897, -0.16968517501504846, 0.21838963177908635)]
    public void MeeAndMiettinenNurminenMatchIndependentR(int x1, int n1, int x2, int n2, double meeL, double meeU, double mnL, double mnU)
    {
        Ci(D(x1, n1, x2, n2, DifferenceCiMethod.Mee), meeL, meeU, PropAssert.Iterative);
        Ci(D(x1, n1, x2, n2, DifferenceCiMethod.MiettinenNurminen), mnL, mnU, PropAssert.Iterative);
    }

    [Fact]
    public void MiettinenNurminenAtOtherLevel()
    {
        // R 4.2.2, same independent implementation as above with conf.level = 0.9 (z = qnorm(0.95))
        var e = D(56, 70, 48, 80, DifferenceCiMethod.MiettinenNurminen, 0.9);
        Ci(e, 0.077019942272081823, 0.316667210529262999, PropAssert.Iterative);
        Assert.Equal(0.9, e.Ci.Level);
    }

    [Theory]
    // R 4.2.2: prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$conf.int, then with correct = TRUE
    [InlineData(56, 70, 48, 80, 0.05750489914903717, 0.34249510085096296, 0.044112042006180019, 0.355887957993820114)]
    [InlineData(9, 10, 3, 10, 0.26052427977714870, 0.93947572022285142, 0.16052427977714867, 1.0)]
    [InlineData(5, 56, 0, 29, 0.014600240442592019, 0.163971188128836542, -0.01156971029632424, 0.19014113886775280)]
    [InlineData(0, 10, 0, 10, 0.0, 0.0, 0.0, 0.0)]
    [InlineData(10, 10, 0, 20, 1.0, 1.0, 0.92500000000000004, 1.0)]
    [InlineData(3, 10, 3, 10, -0.40167308905271853, 0.40167308905271853, -0.40167308905271853, 0.40167308905271853)]
    [InlineData(30, 40, 29, 40, -0.16775401300984882, 0.21775401300984887, -0.19275401300984882, 0.24275401300984886)]
    public void WaldMatchesRPropTest(int x1, int n1, int x2, int n2, double l, double u, double lcc, double ucc)
    {
        Ci(D(x1, n1, x2, n2, DifferenceCiMethod.Wald), l, u, PropAssert.ClosedForm);
        Ci(D(x1, n1, x2, n2, DifferenceCiMethod.WaldCc), lcc, ucc, PropAssert.ClosedForm);
    }

    [Fact]
    public void AgrestiCaffoIsNotTruncated()
    {
        // R 4.2.2: p1 <- 31/42; p2 <- 30/42; (p1 - p2) + c(-1, 1) * qnorm(0.975) * sqrt(p1*(1-p1)/42 + p2*(1-p2)/42)
        Ci(D(30, 40, 29, 40, DifferenceCiMethod.AgrestiCaffo), -0.16683887599733854, 0.21445792361638621, PropAssert.ClosedForm);
        // Reference file (statsmodels 0.13.5): 10/10 - 0/20 has upper limit 1.0501810045410513, above 1.
        Assert.True(D(10, 10, 0, 20, DifferenceCiMethod.AgrestiCaffo).Ci.Upper > 1.0);
    }

    [Theory]
    [InlineData(DifferenceCiMethod.Wald)]
    [InlineData(DifferenceCiMethod.WaldCc)]
    [InlineData(DifferenceCiMethod.Newcombe)]
    [InlineData(DifferenceCiMethod.MiettinenNurminen)]
    [InlineData(DifferenceCiMethod.Mee)]
    [InlineData(DifferenceCiMethod.AgrestiCaffo)]
    public void SwappingArmsMirrorsTheInterval(DifferenceCiMethod method)
    {
        foreach (var (x1, n1, x2, n2) in new[] { (56, 70, 48, 80), (5, 56, 0, 29), (10, 10, 0, 20), (0, 10, 0, 10), (1, 3, 2, 2) })
        {
            var a = D(x1, n1, x2, n2, method);
            var b = D(x2, n2, x1, n1, method);
            Assert.Equal(-a.Estimate, b.Estimate, 14);
            Assert.Equal(-a.Ci.Lower, b.Ci.Upper, 12);
            Assert.Equal(-a.Ci.Upper, b.Ci.Lower, 12);
        }
    }

    [Theory]
    [InlineData(DifferenceCiMethod.Newcombe)]
    [InlineData(DifferenceCiMethod.MiettinenNurminen)]
    [InlineData(DifferenceCiMethod.Mee)]
    public void ScoreTypeIntervalsAreValidForEveryTableUpToTwelve(DifferenceCiMethod method)
    {
        for (int n1 = 1; n1 <= 12; n1++)
            for (int n2 = 1; n2 <= 12; n2++)
                for (int x1 = 0; x1 <= n1; x1++)
                    for (int x2 = 0; x2 <= n2; x2++)
                    {
                        var e = D(x1, n1, x2, n2, method);
                        Assert.InRange(e.Ci.Lower, -1.0, e.Estimate);
                        Assert.InRange(e.Ci.Upper, e.Estimate, 1.0);
                        if (e.Estimate > -1) Assert.True(e.Ci.Lower < e.Estimate, $"{x1}/{n1}-{x2}/{n2}");
                        if (e.Estimate < 1) Assert.True(e.Ci.Upper > e.Estimate, $"{x1}/{n1}-{x2}/{n2}");
                    }
    }

    [Fact]
    public void MiettinenNurminenLimitsSolveTheScoreEquation()
    {
        // At each limit the score statistic equals +/- z (checked through the internal constrained variance).
        var e = D(56, 70, 48, 80, DifferenceCiMethod.MiettinenNurminen);
        double z = 1.959963984540054;
        foreach (var (limit, sign) in new[] { (e.Ci.Lower, 1.0), (e.Ci.Upper, -1.0) })
        {
            double v = ProportionMath.ScoreVarianceForDifference(56, 70, 48, 80, limit, nCorrection: true);
            Assert.Equal(sign * z, (e.Estimate - limit) / Math.Sqrt(v), 9);
        }
    }

    [Fact]
    public void ConstrainedMleMaximisesTheLikelihood()
    {
        // The closed-form Farrington-Manning solution must beat every other feasible (p2 + delta, p2) on a fine grid.
        foreach (var (x1, n1, x2, n2, delta) in new[] { (56, 70, 48, 80, 0.1), (9, 10, 3, 10, -0.2), (0, 10, 0, 20, 0.3), (10, 10, 0, 20, 0.5), (5, 56, 0, 29, -0.05) })
        {
            var (q1, q2) = ProportionMath.ConstrainedForDifference(x1, n1, x2, n2, delta);
            Assert.Equal(delta, q1 - q2, 12);
            double Ll(double a, double b) => LogLik(x1, n1, a) + LogLik(x2, n2, b);
            double best = Ll(q1, q2);
            double lo = Math.Max(0, -delta), hi = Math.Min(1, 1 - delta);
            for (int i = 0; i <= 2000; i++)
            {
                double p2 = lo + (hi - lo) * i / 2000.0;
                Assert.True(Ll(p2 + delta, p2) <= best + 1e-9, $"{x1}/{n1}-{x2}/{n2} delta {delta}");
            }
        }
    }

    private static double LogLik(int x, int n, double p)
    {
        double a = x == 0 ? 0 : x * Math.Log(p);
        double b = x == n ? 0 : (n - x) * Math.Log(1 - p);
        return a + b;
    }

    [Theory]
    [InlineData(DifferenceCiMethod.Wald)]
    [InlineData(DifferenceCiMethod.WaldCc)]
    [InlineData(DifferenceCiMethod.Newcombe)]
    [InlineData(DifferenceCiMethod.MiettinenNurminen)]
    [InlineData(DifferenceCiMethod.Mee)]
    [InlineData(DifferenceCiMethod.AgrestiCaffo)]
    public void EmptyArmGivesNaNNotAnException(DifferenceCiMethod method)
    {
        foreach (var table in new[] { new TwoByTwoTable(0, 0, 3, 10), new TwoByTwoTable(3, 10, 0, 0), new TwoByTwoTable(0, 0, 0, 0) })
        {
            var e = ProportionDifference.Estimate(table, method);
            Assert.True(double.IsNaN(e.Estimate));
            Assert.True(double.IsNaN(e.Ci.Lower) && double.IsNaN(e.Ci.Upper));
            Assert.Same(table, e.Table);
            Assert.Equal(method.Code(), e.MethodName);
        }
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        var t = new TwoByTwoTable(1, 2, 1, 2);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => ProportionDifference.Estimate(null!)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionDifference.Estimate(t, level: 1.5)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionDifference.Estimate(t, (DifferenceCiMethod)42)).ParamName);
        // Counts are validated by the table itself.
        Assert.Equal("treatmentEvents", Assert.Throws<ArgumentOutOfRangeException>(() => new TwoByTwoTable(3, 2, 0, 1)).ParamName);
    }

    [Fact]
    public void DefaultIsNewcombe()
    {
        var e = ProportionDifference.Estimate(new TwoByTwoTable(56, 70, 48, 80));
        Assert.Equal(DifferenceCiMethod.Newcombe, e.Method);
        Assert.Equal("newcombe", e.MethodName);
    }
}
