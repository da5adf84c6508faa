using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary><see cref="MantelHaenszel"/> against R 4.2.2 <c>mantelhaen.test</c> (Reference/mantelhaen-reference.R).</summary>
public class MantelHaenszelTests
{
    /// <summary>
    /// R's UCBAdmissions data set (R 4.2.2 package datasets; Bickel, Hammel and O'Connell 1975, Science 187:398-404):
    /// graduate admissions at UC Berkeley, 1973, for the six largest departments A to F. Treatment = Male,
    /// Control = Female, event = Admitted, so the odds ratio is the odds of admission of men over women, the same as
    /// R's x[1,1,k] x[2,2,k] / (x[1,2,k] x[2,1,k]) for the Admit x Gender x Dept array.
    /// Counts (ftable(UCBAdmissions)): admitted men 512 353 120 138 53 22, admitted women 89 17 202 131 94 24,
    /// rejected men 313 207 205 279 138 351, rejected women 19 8 391 244 299 317.
    /// </summary>
    internal static readonly TwoByTwoTable[] UcbAdmissions =
    [
        new(512, 512 + 313, 89, 89 + 19),   // A
        new(353, 353 + 207, 17, 17 + 8),    // B
        new(120, 120 + 205, 202, 202 + 391), // C
        new(138, 138 + 279, 131, 131 + 244), // D
        new(53, 53 + 138, 94, 94 + 299),    // E
        new(22, 22 + 351, 24, 24 + 317),    // F
    ];

    [Fact]
    public void UcbAdmissionsMatchesSpec()
    {
        // statistics.md, R 4.2.2 mantelhaen.test(UCBAdmissions, correct = FALSE): X-squared 1.52460666044344,
        // p 0.216923697055518, MH odds ratio 0.904696828258623, CI 0.77190736175935 to 1.06032976443666.
        // Full digits (mantelhaen-reference.R): 1.52460666044343562 0.21692369705551837 0.90469682825862308
        // 0.77190736175935049 1.06032976443665561.
        var r = MantelHaenszel.Test(UcbAdmissions);
        TableAssert.Close(1.52460666044343562, r.Test.Statistic, TableAssert.ClosedForm);
        TableAssert.Close(0.21692369705551837, r.Test.PValue, TableAssert.ClosedForm);
        Assert.Equal(1, r.Test.DegreesOfFreedom);
        Assert.Equal(TestMethod.CochranMantelHaenszel, r.Test.Method);
        Assert.Equal("cmh", r.Test.MethodName);
        TableAssert.Close(0.90469682825862308, r.CommonOddsRatio, TableAssert.ClosedForm);
        TableAssert.Close(0.77190736175935049, r.OddsRatioCi.Lower, TableAssert.ClosedForm);
        TableAssert.Close(1.06032976443665561, r.OddsRatioCi.Upper, TableAssert.ClosedForm);
        Assert.Equal(6, r.Strata.Count);
        Assert.Equal(UcbAdmissions, r.Strata);
    }

    [Fact]
    public void UcbAdmissionsCorrectedMatchesSpec()
    {
        // statistics.md, R 4.2.2 mantelhaen.test(UCBAdmissions, correct = TRUE): X-squared 1.42694622858669,
        // p 0.232263462817048 (full digits 1.42694622858668829, 0.23226346281704827); odds ratio and CI unchanged.
        var r = MantelHaenszel.Test(UcbAdmissions, continuityCorrection: true);
        TableAssert.Close(1.42694622858668829, r.Test.Statistic, TableAssert.ClosedForm);
        TableAssert.Close(0.23226346281704827, r.Test.PValue, TableAssert.ClosedForm);
        Assert.Equal(TestMethod.CochranMantelHaenszelCorrected, r.Test.Method);
        Assert.Equal("cmh_cc", r.Test.MethodName);
        TableAssert.Close(0.90469682825862308, r.CommonOddsRatio, TableAssert.ClosedForm);
        TableAssert.Close(0.77190736175935049, r.OddsRatioCi.Lower, TableAssert.ClosedForm);
    }

    [Fact]
    public void UcbAdmissionsNinetyPercent()
    {
        // R 4.2.2: mantelhaen.test(UCBAdmissions, correct = FALSE, conf.level = 0.9)$conf.int: 0.79186030159854326 1.03361205178355187
        var r = MantelHaenszel.Test(UcbAdmissions, level: 0.9);
        TableAssert.Close(0.79186030159854326, r.OddsRatioCi.Lower, TableAssert.ClosedForm);
        TableAssert.Close(1.03361205178355187, r.OddsRatioCi.Upper, TableAssert.ClosedForm);
        Assert.Equal(0.9, r.OddsRatioCi.Level);
    }

    public static TheoryData<TwoByTwoTable[], bool, double, double, double, double, double> RCases() => new()
    {
        // R 4.2.2 (mantelhaen-reference.R): x[, , k] = matrix(c(x1, x2, n1 - x1, n2 - x2), 2) per stratum;
        // c(statistic, p.value, estimate, conf.int) of mantelhaen.test(x, correct = ...)
        { [new(12, 40, 6, 38), new(20, 45, 11, 44), new(8, 15, 3, 16)], false,
            9.1451035560790039369, 0.0024938452450644771, 2.6504374358443123505, 1.4003390714751695612, 5.0165126035687670480 },
        { [new(12, 40, 6, 38), new(20, 45, 11, 44), new(8, 15, 3, 16)], true,
            8.2332427241053895983, 0.0041129976242447663, 2.6504374358443123505, 1.4003390714751695612, 5.0165126035687670480 },
        // a stratum without events (zero margin) contributes nothing
        { [new(3, 10, 0, 10), new(0, 12, 0, 11), new(5, 9, 2, 8)], false,
            4.433284211070606773, 0.035244628226712753, 6.9375, 1.030098533927332305, 46.722623773188701080 },
        { [new(3, 10, 0, 10), new(0, 12, 0, 11), new(5, 9, 2, 8)], true,
            2.988598464282944178, 0.083852714170256804, 6.9375, 1.030098533927332305, 46.722623773188701080 },
        // DELTA = 0: no correction is applied (|DELTA| < 0.5), X-squared 0, p 1
        { [new(4, 9, 4, 9), new(2, 10, 2, 10)], true,
            0.0, 1.0, 1.0, 0.24225416269644412, 4.12789604467208715 },
        // b c = 0 in every stratum: OR Inf, R's interval NaN NaN
        { [new(5, 10, 0, 10), new(7, 8, 0, 9)], false,
            18.544316562534256, 1.6599944645885794e-05, double.PositiveInfinity, double.NaN, double.NaN },
    };

    [Theory]
    [MemberData(nameof(RCases))]
    public void MatchesR(TwoByTwoTable[] strata, bool correct, double statistic, double p, double or, double lower, double upper)
    {
        var r = MantelHaenszel.Test(strata, correct);
        TableAssert.Close(statistic, r.Test.Statistic, TableAssert.ClosedForm, "statistic");
        TableAssert.Close(p, r.Test.PValue, TableAssert.ClosedForm, "p");
        TableAssert.Close(or, r.CommonOddsRatio, TableAssert.ClosedForm, "odds ratio");
        TableAssert.Close(lower, r.OddsRatioCi.Lower, TableAssert.ClosedForm, "lower");
        TableAssert.Close(upper, r.OddsRatioCi.Upper, TableAssert.ClosedForm, "upper");
    }

    [Fact]
    public void StrataWithFewerThanTwoSubjectsAreSkipped()
    {
        // R stops on such strata; their terms are identically 0, so the result equals the analysis without them.
        TwoByTwoTable[] core = [new(12, 40, 6, 38), new(20, 45, 11, 44), new(8, 15, 3, 16)];
        var expected = MantelHaenszel.Test(core);
        var r = MantelHaenszel.Test([.. core, new(1, 1, 0, 0), new(0, 0, 0, 1), new(0, 0, 0, 0)]);
        Assert.Equal(expected.Test, r.Test);
        Assert.Equal(expected.CommonOddsRatio, r.CommonOddsRatio);
        Assert.Equal(expected.OddsRatioCi, r.OddsRatioCi);
        Assert.Equal(6, r.Strata.Count);
    }

    [Fact]
    public void AllStrataDegenerateGivesNaN()
    {
        var r = MantelHaenszel.Test([new(0, 10, 0, 12), new(5, 5, 6, 6)]);
        Assert.True(double.IsNaN(r.Test.Statistic));
        Assert.True(double.IsNaN(r.Test.PValue));
        Assert.True(double.IsNaN(r.CommonOddsRatio));
        Assert.True(double.IsNaN(r.OddsRatioCi.Lower));
    }

    [Fact]
    public void SingleStratumTestIsPearsonTimesNMinusOneOverN()
    {
        // One stratum: X2_MH = X2_Pearson (n - 1) / n, and the MH odds ratio is the sample odds ratio.
        var t = new TwoByTwoTable(56, 70, 48, 80);
        var r = MantelHaenszel.Test([t]);
        TableAssert.Close(TwoByTwoTests.ChiSquare(t).Statistic * 149 / 150, r.Test.Statistic, 1e-13);
        TableAssert.Close(8.0 / 3.0, r.CommonOddsRatio, 1e-14);
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentNullException>("strata", () => MantelHaenszel.Test(null!));
        Assert.Throws<ArgumentOutOfRangeException>("strata", () => MantelHaenszel.Test([]));
        Assert.Throws<ArgumentNullException>("strata", () => MantelHaenszel.Test([new(1, 2, 1, 2), null!]));
        Assert.Throws<ArgumentOutOfRangeException>("level", () => MantelHaenszel.Test(UcbAdmissions, level: 0));
        Assert.Throws<ArgumentOutOfRangeException>("level", () => MantelHaenszel.Test(UcbAdmissions, level: 1.5));
    }

    [Fact]
    public void ResultCopiesTheStrata()
    {
        var list = new List<TwoByTwoTable>(UcbAdmissions);
        var r = MantelHaenszel.Test(list);
        list.Clear();
        Assert.Equal(6, r.Strata.Count);
    }
}
