using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Sensitivity;

namespace AsAnalysis.Tests.Statistics.Sensitivity;

/// <summary>
/// The tipping-point grid against the single-table functions it must reproduce cell by cell
/// (<see cref="ProportionDifference.Estimate"/>, <see cref="TwoByTwoTests"/>; those are validated against R and
/// scipy in ProportionDifferenceTests and TwoByTwoTestsTests), and its conclusions and tipping points against a
/// direct reading of the cells.
/// </summary>
public class TippingPointTests
{
    private static MissingResponseCounts Arm(int responders, int evaluable, int missing) => new(responders, evaluable, missing);

    /// <summary>p-values agree to 1e-10 relative; below 1e-300 (where both implementations underflow) to 1e-300 absolute.</summary>
    private static void ClosePValue(double expected, double actual, string what)
    {
        if (expected < 1e-300 && actual < 1e-300) return;
        TableAssert.Close(expected, actual, TableAssert.ClosedForm, what);
    }

    public static TheoryData<int, int, int, int, int, int> Grids() => new()
    {
        { 12, 26, 4, 17, 27, 3 },     // pilot-sized (about 30 per arm, a few dropouts)
        { 40, 100, 60, 50, 100, 45 }, // many missing
        { 0, 0, 5, 3, 10, 2 },        // no evaluable treatment subject
        { 7, 7, 3, 0, 9, 4 },         // all evaluable treatment subjects respond, no control subject does
        { 14, 30, 0, 11, 30, 0 },     // nothing missing: one cell
        { 5000, 10000, 2, 4900, 10000, 3 }, // long supports: Fisher cell by cell
    };

    [Theory]
    [MemberData(nameof(Grids))]
    public void NewcombeAndFisherCellsEqualTheSingleTableFunctions(int xT, int nT, int mT, int xC, int nC, int mC)
    {
        var grid = TippingPoint.Analyze(Arm(xT, nT, mT), Arm(xC, nC, mC));
        Assert.Equal((mT + 1) * (mC + 1), grid.Count);
        for (int k = 0; k <= mT; k++)
            for (int j = 0; j <= mC; j++)
            {
                var table = new TwoByTwoTable(xT + k, nT + mT, xC + j, nC + mC);
                var single = ProportionDifference.Estimate(table);
                var cell = grid.Cell(k, j);
                Assert.Equal(table, cell.Table);
                Assert.Equal(single.Estimate, cell.Difference);
                Assert.Equal(single.Ci.Lower, cell.Ci.Lower);   // same operations: bit for bit
                Assert.Equal(single.Ci.Upper, cell.Ci.Upper);
                ClosePValue(TwoByTwoTests.Fisher(table).PValue, cell.PValue, $"Fisher p at K={k}, J={j}");
                Assert.Equal(DifferenceCiMethod.Newcombe, cell.CiMethod);
                Assert.Equal(TestMethod.Fisher, cell.Test);
            }
    }

    [Fact]
    public void FisherAtThreeHundredMissingPerArmEqualsTheSingleTableFunction()
    {
        // The benchmark's grid (benchmarks/AsAnalysis.Benchmarks/TippingPointBenchmarks.cs), every 7th cell.
        var grid = TippingPoint.Analyze(Arm(14, 30, 300), Arm(17, 30, 300));
        for (int k = 0; k <= 300; k += 7)
            for (int j = 0; j <= 300; j += 7)
            {
                var table = new TwoByTwoTable(14 + k, 330, 17 + j, 330);
                ClosePValue(TwoByTwoTests.Fisher(table).PValue, grid.PValue(k, j), $"K={k}, J={j}");
                Assert.Equal(ProportionDifference.Estimate(table).Ci.Lower, grid.Lower(k, j));
            }
    }

    public static TheoryData<DifferenceCiMethod, TestMethod> OtherMethods() => new()
    {
        { DifferenceCiMethod.Wald, TestMethod.ChiSquare },
        { DifferenceCiMethod.WaldCc, TestMethod.ChiSquareYates },
        { DifferenceCiMethod.MiettinenNurminen, TestMethod.Boschloo },
        { DifferenceCiMethod.Mee, TestMethod.Barnard },
        { DifferenceCiMethod.AgrestiCaffo, TestMethod.Fisher },
    };

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public void OtherMethodsEqualTheSingleTableFunctions(DifferenceCiMethod ci, TestMethod test)
    {
        var options = new TippingPointOptions { CiMethod = ci, Test = test, Level = 0.9, Alpha = 0.1 };
        var grid = TippingPoint.Analyze(Arm(9, 22, 3), Arm(4, 20, 4), options);
        for (int k = 0; k <= 3; k++)
            for (int j = 0; j <= 4; j++)
            {
                var table = new TwoByTwoTable(9 + k, 25, 4 + j, 24);
                var single = ProportionDifference.Estimate(table, ci, 0.9);
                Assert.Equal(single.Ci.Lower, grid.Lower(k, j));
                Assert.Equal(single.Ci.Upper, grid.Upper(k, j));
                double p = test switch
                {
                    TestMethod.ChiSquare => TwoByTwoTests.ChiSquare(table).PValue,
                    TestMethod.ChiSquareYates => TwoByTwoTests.ChiSquare(table, yatesCorrection: true).PValue,
                    TestMethod.Boschloo => TwoByTwoTests.Boschloo(table).PValue,
                    TestMethod.Barnard => TwoByTwoTests.Barnard(table).PValue,
                    _ => TwoByTwoTests.Fisher(table).PValue,
                };
                ClosePValue(p, grid.PValue(k, j), $"{test} K={k} J={j}");
                Assert.Equal(0.9, grid.Cell(k, j).Ci.Level);
            }
    }

    [Fact]
    public void ChiSquareIsUndefinedWhereEverybodyResponds()
    {
        var grid = TippingPoint.Analyze(Arm(5, 5, 1), Arm(4, 4, 1), new TippingPointOptions { Test = TestMethod.ChiSquare });
        Assert.True(double.IsNaN(grid.PValue(1, 1)));
        Assert.Equal(TippingConclusion.Undefined, grid.TestConclusion(1, 1));
        Assert.Equal(TippingConclusion.Inconclusive, grid.CiConclusion(1, 1));
    }

    [Fact]
    public void ConclusionsAndFlipsFollowTheCells()
    {
        // A grid that crosses every region: treatment better with NRI, control better in the worst case.
        var grid = TippingPoint.Analyze(Arm(20, 26, 14), Arm(10, 20, 20));
        Assert.Equal(TippingConclusion.FavoursTreatment, grid.NonResponderImputation.CiConclusion);
        Assert.Equal(TippingConclusion.FavoursTreatment, grid.BestCase.CiConclusion);
        var regions = new HashSet<TippingConclusion>();
        var expectedFlips = new List<TippingFlip>();
        foreach (var criterion in new[] { TippingCriterion.ConfidenceInterval, TippingCriterion.Test })
            for (int k = 0; k <= 14; k++)
                for (int j = 0; j <= 20; j++)
                {
                    var cell = grid.Cell(k, j);
                    var conclusion = criterion == TippingCriterion.ConfidenceInterval
                        ? cell.Ci.Lower > 0 ? TippingConclusion.FavoursTreatment : cell.Ci.Upper < 0 ? TippingConclusion.FavoursControl : TippingConclusion.Inconclusive
                        : cell.PValue < 0.05 ? (cell.Difference > 0 ? TippingConclusion.FavoursTreatment : TippingConclusion.FavoursControl) : TippingConclusion.Inconclusive;
                    Assert.Equal(conclusion, grid.Conclusion(criterion, k, j));
                    Assert.Equal(conclusion, criterion == TippingCriterion.ConfidenceInterval ? cell.CiConclusion : cell.TestConclusion);
                    regions.Add(conclusion);
                    if (k < 14 && grid.Conclusion(criterion, k + 1, j) is var a && a != conclusion) expectedFlips.Add(new(criterion, k, j, k + 1, j, conclusion, a));
                    if (j < 20 && grid.Conclusion(criterion, k, j + 1) is var b && b != conclusion) expectedFlips.Add(new(criterion, k, j, k, j + 1, conclusion, b));
                }
        Assert.Equal(3, regions.Count);
        Assert.Equal(expectedFlips, grid.Flips);
        Assert.NotEmpty(grid.FlipsOf(TippingCriterion.Test));
        Assert.All(grid.FlipsOf(TippingCriterion.ConfidenceInterval), f => Assert.Equal(TippingCriterion.ConfidenceInterval, f.Criterion));
        // Along K (more treatment responders) the difference rises, along J it falls.
        Assert.All(grid.Flips.Where(f => f.ToTreatmentImputed > f.FromTreatmentImputed), f => Assert.True(f.To < f.From));
        Assert.All(grid.Flips.Where(f => f.ToControlImputed > f.FromControlImputed), f => Assert.True(f.To > f.From));
    }

    [Fact]
    public void CornersAndTheObservedCasePoint()
    {
        // K* = 4 * 10/20 = 2, J* = 4 * 5/20 = 1: there the completed rates equal the observed ones.
        var grid = TippingPoint.Analyze(Arm(10, 20, 4), Arm(5, 20, 4));
        Assert.Equal(2.0, grid.ObservedCaseTreatmentImputed);
        Assert.Equal(1.0, grid.ObservedCaseControlImputed);
        var oc = grid.ObservedCaseEquivalent!;
        Assert.Equal((2, 1), (oc.TreatmentImputed, oc.ControlImputed));
        Assert.Equal(10.0 / 20 - 5.0 / 20, oc.Difference);
        Assert.Equal(new TwoByTwoTable(10, 24, 5, 24), grid.NonResponderImputation.Table);
        Assert.Equal(new TwoByTwoTable(14, 24, 5, 24), grid.BestCase.Table);
        Assert.Equal(new TwoByTwoTable(10, 24, 9, 24), grid.WorstCase.Table);

        // K* = 3 * 7/9 = 2.33 -> 2; J* = 5 * 1/2 = 2.5 -> 3 (halves up).
        var g2 = TippingPoint.Analyze(Arm(7, 9, 3), Arm(4, 8, 5));
        Assert.Equal(7.0 / 3, g2.ObservedCaseTreatmentImputed, 15);
        Assert.Equal(2.5, g2.ObservedCaseControlImputed);
        Assert.Equal((2, 3), (g2.ObservedCaseEquivalent!.TreatmentImputed, g2.ObservedCaseEquivalent.ControlImputed));

        var noneEvaluable = TippingPoint.Analyze(Arm(0, 0, 3), Arm(4, 8, 5));
        Assert.Null(noneEvaluable.ObservedCaseEquivalent);
        Assert.True(double.IsNaN(noneEvaluable.ObservedCaseTreatmentImputed));
    }

    [Fact]
    public void AnEmptyArmGivesUndefinedCells()
    {
        var grid = TippingPoint.Analyze(Arm(0, 0, 0), Arm(4, 8, 2));
        Assert.Equal(3, grid.Count);
        Assert.All(grid.Cells, c =>
        {
            Assert.True(double.IsNaN(c.Difference) && double.IsNaN(c.Ci.Lower) && double.IsNaN(c.PValue));
            Assert.Equal(TippingConclusion.Undefined, c.CiConclusion);
            Assert.Equal(TippingConclusion.Undefined, c.TestConclusion);
        });
        Assert.Empty(grid.Flips);
    }

    [Fact]
    public void CellsAreOrderedKThenJ()
    {
        var grid = TippingPoint.Analyze(Arm(3, 10, 2), Arm(4, 10, 1));
        Assert.Equal([(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)], grid.Cells.Select(c => (c.TreatmentImputed, c.ControlImputed)));
    }

    [Fact]
    public void IllegalArgumentsAreRejected()
    {
        Assert.Equal("evaluable", Assert.Throws<ArgumentOutOfRangeException>(() => Arm(0, -1, 0)).ParamName);
        Assert.Equal("responders", Assert.Throws<ArgumentOutOfRangeException>(() => Arm(5, 4, 0)).ParamName);
        Assert.Equal("missing", Assert.Throws<ArgumentOutOfRangeException>(() => Arm(0, 4, -1)).ParamName);
        Assert.Equal("missing", Assert.Throws<ArgumentOutOfRangeException>(() => Arm(0, int.MaxValue, 1)).ParamName);
        Assert.Throws<ArgumentNullException>(() => TippingPoint.Analyze(null!, Arm(0, 1, 0)));
        Assert.Equal("control", Assert.Throws<ArgumentOutOfRangeException>(() => TippingPoint.Analyze(Arm(0, 1, 4096), Arm(0, 1, 4096))).ParamName);
        Assert.Equal("Level", Assert.Throws<ArgumentOutOfRangeException>(() => new TippingPointOptions { Level = 1 }).ParamName);
        Assert.Equal("Alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new TippingPointOptions { Alpha = 0 }).ParamName);
        Assert.Equal("Test", Assert.Throws<ArgumentOutOfRangeException>(() => new TippingPointOptions { Test = TestMethod.WelchT }).ParamName);
        Assert.Equal("CiMethod", Assert.Throws<ArgumentOutOfRangeException>(() => new TippingPointOptions { CiMethod = (DifferenceCiMethod)99 }).ParamName);
        var grid = TippingPoint.Analyze(Arm(3, 10, 2), Arm(4, 10, 1));
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => grid.Cell(3, 0)).ParamName);
        Assert.Equal("j", Assert.Throws<ArgumentOutOfRangeException>(() => grid.PValue(0, -1)).ParamName);
    }
}
