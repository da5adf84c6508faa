using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>Stratum-adjusted (CMH-weighted) difference of proportions.</summary>
public class StratifiedDifferenceTests
{
    // Treatment "A" vs control "B" in six strata: the data of R package tern's test
    // "prop_diff_strat_nc output matches equivalent SAS function output" (set.seed(1); sample(...) in R 4.2.2,
    // tabulated with table(rsp, grp, strata)); tern's snapshot gives 0.25390590, 0.03467969, 0.44544132.
    private static readonly TwoByTwoTable[] TernSas =
    {
        new(8, 9, 3, 6), new(4, 4, 6, 12), new(2, 5, 2, 5), new(5, 7, 3, 4), new(6, 7, 3, 8), new(5, 8, 3, 5),
    };

    // tern tests' non-sparse tables "tbl1": group 1 = 12/30, 15/35, 9/23; group 2 = 8/30, 10/35, 6/27; tern reports
    // group 2 minus group 1, so group 2 is the treatment here.
    private static readonly TwoByTwoTable[] TernTbl1 = { new(8, 30, 12, 30), new(10, 35, 15, 35), new(6, 27, 9, 23) };

    private static StratifiedDifferenceEstimate S(IReadOnlyList<TwoByTwoTable> strata, StratifiedDifferenceMethod m, double level = 0.95) =>
        ProportionDifference.Stratified(strata, m, level);

    [Fact]
    public void StratifiedNewcombeMatchesTernAndSas()
    {
        var e = S(TernSas, StratifiedDifferenceMethod.Newcombe);
        // R tern snapshot (printed to 8 digits; tern states it matches SAS PROC FREQ output)
        Assert.Equal(0.25390590, e.Estimate, 8);
        Assert.Equal(0.03467969, e.Ci.Lower, 8);
        Assert.Equal(0.44544132, e.Ci.Upper, 8);
        // Full precision: R 4.2.2 transcription of the Yan-Su / tern algorithm (Reference/proportion-reference.R, strat_newcombe)
        PropAssert.Close(0.253905904641616664, e.Estimate, PropAssert.ClosedForm);
        PropAssert.Close(0.034679690416318909, e.Ci.Lower, PropAssert.ClosedForm);
        PropAssert.Close(0.445441318532963426, e.Ci.Upper, PropAssert.ClosedForm);
        Assert.Equal("stratified_newcombe", e.MethodName);
    }

    [Fact]
    public void CmhWaldUsesTheSatoVariance()
    {
        // Sato variances from R tern's h_cmh_sato_var snapshots: 0.00484709089617089 (tbl1), 0.00301389352651087 (tbl2),
        // 0.013671875 (tbl3); interval = d -/+ qnorm(0.975) sqrt(var), computed in R 4.2.2 (proportion-reference.R, sato).
        double z = 1.959963984540054; // R: qnorm(0.975)
        var e1 = S(TernTbl1, StratifiedDifferenceMethod.CmhWald);
        PropAssert.Close(-0.1469278717720391980, e1.Estimate, PropAssert.ClosedForm);
        PropAssert.Close(e1.Estimate - z * Math.Sqrt(0.00484709089617089), e1.Ci.Lower, PropAssert.ClosedForm);
        PropAssert.Close(e1.Estimate + z * Math.Sqrt(0.00484709089617089), e1.Ci.Upper, PropAssert.ClosedForm);

        var tbl2 = new TwoByTwoTable[] { new(0, 13, 1, 8), new(3, 70, 42, 50), new(2, 13, 0, 95) };
        var e2 = S(tbl2, StratifiedDifferenceMethod.CmhWald);
        PropAssert.Close(-0.4853509103051772966, e2.Estimate, PropAssert.ClosedForm);
        PropAssert.Close(-0.5929508539485087715, e2.Ci.Lower, PropAssert.ClosedForm);
        PropAssert.Close(-0.3777509666618458217, e2.Ci.Upper, PropAssert.ClosedForm);
        PropAssert.Close(e2.Estimate - z * Math.Sqrt(0.00301389352651087), e2.Ci.Lower, PropAssert.ClosedForm);

        var e3 = S(new[] { new TwoByTwoTable(0, 13, 1, 8) }, StratifiedDifferenceMethod.CmhWald);
        PropAssert.Close(-0.125, e3.Estimate, PropAssert.ClosedForm);
        PropAssert.Close(-0.125 - z * Math.Sqrt(0.013671875), e3.Ci.Lower, PropAssert.ClosedForm);

        // R 4.2.2 (proportion-reference.R, sato) on the tern/SAS data
        var e4 = S(TernSas, StratifiedDifferenceMethod.CmhWald);
        PropAssert.Close(0.042039378662919485, e4.Ci.Lower, PropAssert.ClosedForm);
        PropAssert.Close(0.465772430620313815, e4.Ci.Upper, PropAssert.ClosedForm);
        Assert.Equal("cmh_wald", e4.MethodName);
    }

    [Fact]
    public void StratifiedMiettinenNurminenMatchesIndependentR()
    {
        // R 4.2.2 (proportion-reference.R, strat_mn: constrained MLEs as roots of the profile score equation, limits by uniroot(tol = 1e-15)).
        // R tern h_miettinen_nurminen_stratified_ci snapshot for tbl1 (uniroot default tolerance): -0.281568259, -0.008104148.
        var e1 = S(TernTbl1, StratifiedDifferenceMethod.MiettinenNurminen);
        PropAssert.Close(-0.2815687430730342555, e1.Ci.Lower, PropAssert.Iterative);
        PropAssert.Close(-0.0081038535117783032, e1.Ci.Upper, PropAssert.Iterative);
        Assert.True(Math.Abs(-0.281568259 - e1.Ci.Lower) < 1e-6);
        Assert.True(Math.Abs(-0.008104148 - e1.Ci.Upper) < 1e-6);

        var e2 = S(TernSas, StratifiedDifferenceMethod.MiettinenNurminen);
        PropAssert.Close(0.029428239739478383, e2.Ci.Lower, PropAssert.Iterative);
        PropAssert.Close(0.450062256738580635, e2.Ci.Upper, PropAssert.Iterative);
        Assert.Equal("stratified_miettinen_nurminen", e2.MethodName);
    }

    [Theory]
    [InlineData(56, 70, 48, 80)]
    [InlineData(9, 10, 3, 10)]
    [InlineData(5, 56, 0, 29)]
    [InlineData(0, 10, 0, 20)]
    [InlineData(10, 10, 0, 20)]
    public void OneStratumReducesToTheUnstratifiedMethod(int x1, int n1, int x2, int n2)
    {
        var t = new TwoByTwoTable(x1, n1, x2, n2);
        var nc = ProportionDifference.Estimate(t, DifferenceCiMethod.Newcombe);
        var snc = S(new[] { t }, StratifiedDifferenceMethod.Newcombe);
        PropAssert.Close(nc.Ci.Lower, snc.Ci.Lower, 1e-12);
        PropAssert.Close(nc.Ci.Upper, snc.Ci.Upper, 1e-12);
        var mn = ProportionDifference.Estimate(t, DifferenceCiMethod.MiettinenNurminen);
        var smn = S(new[] { t }, StratifiedDifferenceMethod.MiettinenNurminen);
        PropAssert.Close(mn.Ci.Lower, smn.Ci.Lower, 1e-12);
        PropAssert.Close(mn.Ci.Upper, smn.Ci.Upper, 1e-12);
        PropAssert.Close(mn.Estimate, smn.Estimate, 1e-14);
    }

    [Fact]
    public void StrataWithAnEmptyArmAreDroppedAndAllEmptyIsNaN()
    {
        var withEmpty = TernTbl1.Append(new TwoByTwoTable(4, 4, 0, 0)).ToArray();
        foreach (var m in Enum.GetValues<StratifiedDifferenceMethod>())
        {
            var a = S(TernTbl1, m);
            var b = S(withEmpty, m);
            Assert.Equal(a.Estimate, b.Estimate, 15);
            Assert.Equal(a.Ci.Lower, b.Ci.Lower, 12);
            Assert.Equal(a.Ci.Upper, b.Ci.Upper, 12);
            Assert.Equal(4, b.Strata.Count);

            var none = S(new[] { new TwoByTwoTable(4, 4, 0, 0), new TwoByTwoTable(0, 0, 2, 7) }, m);
            Assert.True(double.IsNaN(none.Estimate));
            Assert.True(double.IsNaN(none.Ci.Lower) && double.IsNaN(none.Ci.Upper));
        }
    }

    [Fact]
    public void BoundaryStrataGiveFiniteIntervals()
    {
        // Every stratum 0/n vs 0/m, or all responders in one arm: no exception, ordered finite limits.
        var sets = new[]
        {
            new TwoByTwoTable[] { new(0, 10, 0, 12), new(0, 5, 0, 6) },
            new TwoByTwoTable[] { new(10, 10, 0, 12), new(5, 5, 0, 6) },
            new TwoByTwoTable[] { new(3, 10, 0, 12), new(5, 5, 6, 6) },
        };
        foreach (var set in sets)
            foreach (var m in Enum.GetValues<StratifiedDifferenceMethod>())
            {
                var e = S(set, m);
                Assert.True(double.IsFinite(e.Ci.Lower) && double.IsFinite(e.Ci.Upper), $"{m}");
                Assert.InRange(e.Estimate, e.Ci.Lower, e.Ci.Upper);
            }
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Equal("strata", Assert.Throws<ArgumentNullException>(() => ProportionDifference.Stratified(null!)).ParamName);
        Assert.Equal("strata", Assert.Throws<ArgumentException>(() => ProportionDifference.Stratified(Array.Empty<TwoByTwoTable>())).ParamName);
        Assert.Equal("strata", Assert.Throws<ArgumentNullException>(() => ProportionDifference.Stratified(new TwoByTwoTable[] { null! })).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionDifference.Stratified(TernTbl1, level: 0)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ProportionDifference.Stratified(TernTbl1, (StratifiedDifferenceMethod)7)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ((StratifiedDifferenceMethod)7).Code());
    }

    [Fact]
    public void StrataAreCopied()
    {
        var list = new List<TwoByTwoTable>(TernTbl1);
        var e = ProportionDifference.Stratified(list);
        list.Clear();
        Assert.Equal(3, e.Strata.Count);
    }
}
