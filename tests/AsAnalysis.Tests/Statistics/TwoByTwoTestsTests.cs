using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>Fisher, chi-square, Boschloo and Barnard tests of <see cref="TwoByTwoTests"/>.</summary>
public class TwoByTwoTestsTests
{
    private static readonly HashSet<string> Methods = ["fisher", "chisq", "chisq_yates", "boschloo"];

    private static bool Covered(ProportionReferenceRow r) => r.Stat == "p_value" && Methods.Contains(r.Method);

    /// <summary>The p-value rows of Statistics/Reference/reference-2x2.csv (copy of shared/spec/reference-2x2.csv:
    /// Newcombe 1998 Table II tables; fisher/chisq/chisq_yates from R 4.2.2, boschloo from scipy 1.10).</summary>
    public static TheoryData<ProportionReferenceRow> ReferenceRows()
    {
        var data = new TheoryData<ProportionReferenceRow>();
        foreach (var r in ProportionReferenceRow.Load().Where(Covered)) data.Add(r);
        return data;
    }

    [Fact]
    public void ReferenceFileHasAllPValueRows()
    {
        var rows = ProportionReferenceRow.Load();
        // 8 fisher (all tables), 6 chisq, 6 chisq_yates, 6 boschloo (not for the two all-zero tables).
        Assert.Equal(26, rows.Count(Covered));
        Assert.Equal(26, rows.Count(r => r.Stat == "p_value"));
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void MatchesReferenceFile(ProportionReferenceRow row)
    {
        var table = new TwoByTwoTable(row.X1, row.N1, row.X2, row.N2);
        switch (row.Method)
        {
            case "fisher":
                TableAssert.Close(row.Value, TwoByTwoTests.Fisher(table).PValue, TableAssert.ClosedForm, row.ToString());
                break;
            case "chisq":
                TableAssert.Close(row.Value, TwoByTwoTests.ChiSquare(table).PValue, TableAssert.ClosedForm, row.ToString());
                break;
            case "chisq_yates":
                TableAssert.Close(row.Value, TwoByTwoTests.ChiSquare(table, yatesCorrection: true).PValue, TableAssert.ClosedForm, row.ToString());
                break;
            case "boschloo":
                // The file's boschloo values are scipy 1.10 boschloo_exact applied to the TRANSPOSED table
                // [[x1, n1 - x1], [x2, n2 - x2]]: scipy takes the columns as the two binomial samples, so these values
                // treat events and non-events as the samples and the arm as the outcome. Recomputed here and confirmed:
                // scipy.stats.boschloo_exact(np.array([[x1, n1 - x1], [x2, n2 - x2]])).pvalue reproduces every row.
                // The arm-as-sample values (what Boschloo(table) returns) are in BoschlooMatchesScipyWithArmsAsSamples.
                var transposed = new TwoByTwoTable(row.X1, row.X1 + row.X2, row.N1 - row.X1, row.N1 - row.X1 + row.N2 - row.X2);
                TableAssert.Close(row.Value, TwoByTwoTests.Boschloo(transposed).PValue, 1e-10, row.ToString());
                break;
            default:
                Assert.Fail(row.ToString());
                break;
        }
    }

    // ---------------------------------------------------------------- Fisher

    [Theory]
    // R 4.2.2: fisher.test(matrix(c(x1, x2, n1 - x1, n2 - x2), 2))$p.value (tests/.../Reference/twobytwo-reference.R)
    [InlineData(3, 4, 1, 4, 0.48571428571428582)] // fisher.test(matrix(c(3, 1, 1, 3), 2)); spec statistics.md
    [InlineData(12, 40, 25, 41, 0.0073503357117036903)]
    [InlineData(1, 2, 0, 1, 1.0)]
    [InlineData(3, 3, 1, 3, 0.40000000000000019)]
    [InlineData(0, 10, 5, 10, 0.032507739938080538)]
    [InlineData(7, 30, 7, 30, 1.0)]
    [InlineData(15, 30, 15, 30, 1.0)]
    [InlineData(30, 60, 20, 60, 0.095174087346094602)]
    [InlineData(3, 17, 9, 21, 0.16115002655603297)]
    public void FisherMatchesR(int x1, int n1, int x2, int n2, double expected)
    {
        var r = TwoByTwoTests.Fisher(new TwoByTwoTable(x1, n1, x2, n2));
        TableAssert.Close(expected, r.PValue, TableAssert.ClosedForm);
        Assert.Equal(TestMethod.Fisher, r.Method);
        Assert.Equal("fisher", r.MethodName);
        Assert.True(double.IsNaN(r.Statistic));
    }

    [Theory]
    // R 4.2.2: fisher.test(matrix(c(x1, x2, n1 - x1, n2 - x2), 2))$p.value, 10^5 subjects (twobytwo-reference.R);
    // the last: fisher.test(matrix(c(5000000, 4990000, 5000000, 5010000), 2))$p.value, 2 x 10^7 subjects.
    // Both use Loader's saddle-point log-probabilities; measured agreement 1e-14 relative.
    [InlineData(25100, 50000, 24900, 50000, 0.20817950119479486)]
    [InlineData(25300, 50000, 24900, 50000, 0.011618346047441991)]
    [InlineData(500, 50000, 430, 50000, 0.022964254836045698)]
    [InlineData(3, 60000, 12, 40000, 0.0023962898268801366)]
    [InlineData(5000000, 10000000, 4990000, 10000000, 7.7603384637615702e-06)]
    public void FisherLargeTablesMatchR(int x1, int n1, int x2, int n2, double expected)
    {
        TableAssert.Close(expected, TwoByTwoTests.Fisher(new TwoByTwoTable(x1, n1, x2, n2)).PValue, TableAssert.ClosedForm);
    }

    [Fact]
    public void FisherAgreesWithFullEnumerationOnEverySmallTable()
    {
        // Independent brute force of the R rule: sum over the whole support of P(y) for P(y) <= P(x) (1 + 1e-7),
        // probabilities from exact integer binomial coefficients. Covers ties, modes at the ends, empty arms, zero margins.
        for (int n1 = 0; n1 <= 11; n1++)
        for (int n2 = 0; n2 <= 11; n2++)
        for (int x1 = 0; x1 <= n1; x1++)
        for (int x2 = 0; x2 <= n2; x2++)
        {
            int k = x1 + x2, lo = Math.Max(0, k - n2), hi = Math.Min(k, n1);
            double denom = Choose(n1 + n2, k);
            double obs = Choose(n1, x1) * Choose(n2, k - x1) / denom, p = 0;
            for (int y = lo; y <= hi; y++)
            {
                double d = Choose(n1, y) * Choose(n2, k - y) / denom;
                if (d <= obs * (1 + 1e-7)) p += d;
            }
            double actual = TwoByTwoTests.Fisher(new TwoByTwoTable(x1, n1, x2, n2)).PValue;
            TableAssert.Close(Math.Min(1, p), actual, 1e-12, $"{x1}/{n1} vs {x2}/{n2}");
        }
    }

    private static double Choose(int n, int k)
    {
        double c = 1;
        for (int i = 1; i <= k; i++) c = c * (n - k + i) / i;
        return c;
    }

    [Theory]
    [InlineData(0, 10, 0, 20)] // no events: one table only
    [InlineData(10, 10, 20, 20)] // no non-events
    [InlineData(0, 0, 3, 5)] // empty treatment arm
    [InlineData(2, 5, 0, 0)] // empty control arm
    [InlineData(0, 0, 0, 0)] // empty table
    public void FisherWithZeroMarginIsOne(int x1, int n1, int x2, int n2)
    {
        Assert.Equal(1.0, TwoByTwoTests.Fisher(new TwoByTwoTable(x1, n1, x2, n2)).PValue);
    }

    [Fact]
    public void FisherSymmetries()
    {
        // Swapping arms or events/non-events leaves the two-sided p unchanged.
        var p = TwoByTwoTests.Fisher(new TwoByTwoTable(12, 40, 25, 41)).PValue;
        TableAssert.Close(p, TwoByTwoTests.Fisher(new TwoByTwoTable(25, 41, 12, 40)).PValue, 1e-13);
        TableAssert.Close(p, TwoByTwoTests.Fisher(new TwoByTwoTable(28, 40, 16, 41)).PValue, 1e-13);
    }

    [Fact]
    public void NullTableThrows()
    {
        Assert.Throws<ArgumentNullException>("table", () => TwoByTwoTests.Fisher(null!));
        Assert.Throws<ArgumentNullException>("table", () => TwoByTwoTests.ChiSquare(null!));
        Assert.Throws<ArgumentNullException>("table", () => TwoByTwoTests.Boschloo(null!));
        Assert.Throws<ArgumentNullException>("table", () => TwoByTwoTests.Barnard(null!));
    }

    // ---------------------------------------------------------------- chi-square

    [Theory]
    // R 4.2.2: chisq.test(matrix(c(x1, x2, n1 - x1, n2 - x2), 2), correct = FALSE) $statistic, $p.value,
    // and chisq.test(...) (Yates) $statistic, $p.value (twobytwo-reference.R)
    [InlineData(56, 70, 48, 80, 7.0234113712374570682, 0.0080450813681965782, 6.114270410296223979, 0.013409475178668959)]
    [InlineData(9, 10, 3, 10, 7.5, 0.0061698993205441532, 5.208333333333333925, 0.022478873366125231)]
    [InlineData(6, 7, 2, 7, 4.666666666666666075, 0.030753561259274559, 2.625, 0.10519250512004115)]
    [InlineData(5, 56, 0, 29, 2.751116071428571619, 0.097186568170579746, 1.37474022475369462, 0.24099911419634254)]
    [InlineData(10, 10, 0, 20, 29.999999999999996, 4.3204630578275061e-08, 25.668749999999996, 4.0533792817570518e-07)]
    [InlineData(12, 40, 25, 41, 7.829142446215614726, 0.005141048528371355, 6.63055681443638623, 0.01002439238124888)]
    [InlineData(3, 3, 1, 3, 3.0, 0.083264516663550558, 0.75, 0.38647623077123266)]
    [InlineData(0, 10, 5, 10, 6.6666666666666669627, 0.0098232745075192644, 4.266666666666666607, 0.038867103812417238)]
    [InlineData(30, 60, 20, 60, 3.428571428571428825, 0.064077506451059182, 2.777142857142857579, 0.095618608780580039)]
    [InlineData(3, 17, 9, 21, 2.76341305753070410, 0.09644228433715632, 1.71979817568052828, 0.18971902625288373)]
    [InlineData(7, 30, 7, 30, 0.0, 1.0, 0.0, 1.0)]
    public void ChiSquareMatchesR(int x1, int n1, int x2, int n2, double stat, double p, double statYates, double pYates)
    {
        var t = new TwoByTwoTable(x1, n1, x2, n2);
        var plain = TwoByTwoTests.ChiSquare(t);
        TableAssert.Close(stat, plain.Statistic, TableAssert.ClosedForm);
        TableAssert.Close(p, plain.PValue, TableAssert.ClosedForm);
        Assert.Equal(1, plain.DegreesOfFreedom);
        Assert.Equal("chisq", plain.MethodName);
        var yates = TwoByTwoTests.ChiSquare(t, yatesCorrection: true);
        TableAssert.Close(statYates, yates.Statistic, TableAssert.ClosedForm);
        TableAssert.Close(pYates, yates.PValue, TableAssert.ClosedForm);
        Assert.Equal(TestMethod.ChiSquareYates, yates.Method);
        Assert.Equal("chisq_yates", yates.MethodName);
    }

    [Fact]
    public void YatesCorrectionIsCappedAtTheDeviation()
    {
        // |O - E| = 1/3 < 0.5, so the correction is min(0.5, 1/3) and the statistic is 0:
        // R 4.2.2 chisq.test(matrix(c(1, 0, 1, 1), 2)) gives X-squared 4.6222318665293660e-32 (rounding), p 0.99999999999999978.
        var r = TwoByTwoTests.ChiSquare(new TwoByTwoTable(1, 2, 0, 1), yatesCorrection: true);
        Assert.True(r.Statistic < 1e-30);
        TableAssert.Close(0.99999999999999978, r.PValue, 1e-15);
        // Uncorrected: R chisq.test(matrix(c(1, 0, 1, 1), 2), correct = FALSE): X-squared 0.75, p 0.38647623077123266.
        var plain = TwoByTwoTests.ChiSquare(new TwoByTwoTable(1, 2, 0, 1));
        TableAssert.Close(0.75, plain.Statistic, TableAssert.ClosedForm);
        TableAssert.Close(0.38647623077123266, plain.PValue, TableAssert.ClosedForm);
    }

    [Theory]
    // R 4.2.2: chisq.test(matrix(c(x1, x2, n1 - x1, n2 - x2), 2), correct = FALSE)$p.value, 10^5 subjects
    [InlineData(25100, 50000, 24900, 50000, 0.20590321073206835)]
    [InlineData(25300, 50000, 24900, 50000, 0.011411378164921444)]
    [InlineData(500, 50000, 430, 50000, 0.021102865583257361)]
    [InlineData(3, 60000, 12, 40000, 0.0015641275376961725)]
    public void ChiSquareLargeTablesMatchR(int x1, int n1, int x2, int n2, double expected)
    {
        TableAssert.Close(expected, TwoByTwoTests.ChiSquare(new TwoByTwoTable(x1, n1, x2, n2)).PValue, TableAssert.ClosedForm);
    }

    [Theory]
    [InlineData(0, 10, 0, 20)] // R chisq.test: X-squared NaN, p NaN
    [InlineData(10, 10, 20, 20)]
    [InlineData(0, 0, 3, 5)]
    [InlineData(3, 5, 0, 0)]
    [InlineData(0, 0, 0, 0)]
    public void ChiSquareWithZeroMarginIsNaN(int x1, int n1, int x2, int n2)
    {
        foreach (bool yates in new[] { false, true })
        {
            var r = TwoByTwoTests.ChiSquare(new TwoByTwoTable(x1, n1, x2, n2), yates);
            Assert.True(double.IsNaN(r.Statistic));
            Assert.True(double.IsNaN(r.PValue));
            Assert.Equal(1, r.DegreesOfFreedom);
        }
    }

    // ---------------------------------------------------------------- Boschloo

    [Theory]
    // scipy 1.10.1: r = scipy.stats.boschloo_exact(np.array([[x1, x2], [n1 - x1, n2 - x2]])); r.pvalue, r.statistic
    // (columns = arms, the two binomial samples). Measured agreement 4e-13 relative or better (also on 95 random tables
    // with up to 150 per arm); tolerance 1e-10 leaves room for scipy's SLSQP stop (ftol 1e-12).
    [InlineData(56, 70, 48, 80, 0.008844461240896506, 0.006324711129898369)]
    [InlineData(9, 10, 3, 10, 0.007955551147460955, 0.009883305548940223)]
    [InlineData(6, 7, 2, 7, 0.05737304687500006, 0.05128205128205128)]
    [InlineData(5, 56, 0, 29, 0.15526284827027928, 0.11645241895367218)]
    [InlineData(10, 10, 0, 20, 1.018573252118467e-08, 3.328339160423118e-08)]
    [InlineData(10, 10, 0, 10, 1.9073486328125e-06, 5.412544112234515e-06)]
    [InlineData(12, 40, 25, 41, 0.005568482172623515, 0.004783271975463505)]
    [InlineData(0, 5, 8, 19, 0.09398244861511941, 0.10276679841897234)]
    [InlineData(30, 60, 20, 60, 0.06943055331524663, 0.04758704367304734)]
    [InlineData(2, 24, 7, 12, 0.0019946597166859547, 0.00245043512399398)]
    [InlineData(32, 50, 21, 50, 0.031690986415498244, 0.02228597503188298)]
    [InlineData(80, 150, 60, 150, 0.02229723728989585, 0.013860690041239061)]
    [InlineData(3, 3, 1, 3, 0.21874999999999992, 0.20000000000000004)]
    [InlineData(1, 2, 0, 1, 0.7698003589195009, 0.6666666666666667)]
    public void BoschlooMatchesScipyWithArmsAsSamples(int x1, int n1, int x2, int n2, double p, double statistic)
    {
        var r = TwoByTwoTests.Boschloo(new TwoByTwoTable(x1, n1, x2, n2));
        TableAssert.Close(p, r.PValue, 1e-10, "p");
        TableAssert.Close(statistic, r.Statistic, 1e-10, "statistic");
        Assert.Equal(TestMethod.Boschloo, r.Method);
        Assert.Equal("boschloo", r.MethodName);
    }

    [Fact]
    public void BoschlooIsBelowFisherOnTheReferenceTables()
    {
        // Boschloo's test is more powerful than Fisher's; on these tables its p-value is the smaller one.
        foreach (var (x1, n1, x2, n2) in new[] { (56, 70, 48, 80), (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29), (12, 40, 25, 41) })
        {
            var t = new TwoByTwoTable(x1, n1, x2, n2);
            Assert.True(TwoByTwoTests.Boschloo(t).PValue < TwoByTwoTests.Fisher(t).PValue);
        }
    }

    [Theory]
    [InlineData(0, 10, 0, 20)] // scipy boschloo_exact(np.array([[0, 0], [10, 20]])): pvalue 1.0
    [InlineData(10, 10, 20, 20)]
    [InlineData(7, 30, 7, 30)] // scipy: pvalue 1.0
    public void BoschlooWithoutEvidenceIsOne(int x1, int n1, int x2, int n2)
    {
        Assert.Equal(1.0, TwoByTwoTests.Boschloo(new TwoByTwoTable(x1, n1, x2, n2)).PValue, 12);
    }

    [Fact]
    public void BoschlooWithEmptyArmIsOne()
    {
        // Only one value of the empty arm is possible and every table is as extreme as the observed one: p = 1
        // (scipy 1.10 returns NaN, NaN for a zero column sum).
        var r = TwoByTwoTests.Boschloo(new TwoByTwoTable(3, 8, 0, 0));
        Assert.Equal(1.0, r.PValue);
        Assert.Equal(1.0, r.Statistic);
        Assert.Equal(1.0, TwoByTwoTests.Boschloo(new TwoByTwoTable(0, 0, 0, 0)).PValue);
    }

    // ---------------------------------------------------------------- Barnard

    [Theory]
    // scipy 1.10.1: r = scipy.stats.barnard_exact(np.array([[x1, x2], [n1 - x1, n2 - x2]]), pooled=pooled); r.pvalue, r.statistic.
    // Tables without tied |W| values other than the observed table's own (see BarnardCountsTiedTables). Agreement is
    // 1e-13 except where scipy's SLSQP stops early: (56/70, 48/80, unpooled) 8.5e-9 and (2/24, 7/12) 3e-10 relative
    // (scipy below the true maximum); hence 1e-8 here, and 1e-10 against the dense-grid reference in the next test.
    [InlineData(56, 70, 48, 80, true, 0.008865192016971607, 2.6501719512585336)]
    [InlineData(56, 70, 48, 80, false, 0.007377648679879638, 2.750921221621508)]
    [InlineData(6, 7, 2, 7, true, 0.05737304687500004, 2.160246899469287)]
    [InlineData(6, 7, 2, 7, false, 0.05737304687500004, 2.6457513110645903)]
    [InlineData(5, 56, 0, 29, true, 0.11674716869972464, 1.6586488692392285)]
    [InlineData(5, 56, 0, 29, false, 0.04772449889510897, 2.3431167445160246)]
    [InlineData(0, 5, 8, 19, true, 0.09475511572386561, -1.777046633277277)]
    [InlineData(0, 5, 8, 19, false, 0.05130022403817169, -3.7172815091383407)]
    [InlineData(6, 21, 1, 13, true, 0.16977626327791975, 1.4631945963038244)]
    [InlineData(6, 21, 1, 13, false, 0.1338123709937201, 1.6946262894723776)]
    [InlineData(2, 24, 7, 12, true, 0.0013496674684773011, -3.2659863237109046)]
    [InlineData(2, 24, 7, 12, false, 0.008757907286757275, -3.2659863237109046)]
    [InlineData(10, 10, 0, 20, true, 5.097876690881387e-09, 5.47722557505166)]
    [InlineData(10, 10, 0, 20, false, 5.097876690881387e-09, double.PositiveInfinity)]
    [InlineData(21, 27, 6, 30, true, 1.168091488962223e-05, 4.362126562600877)]
    [InlineData(21, 27, 6, 30, false, 1.0876363495990019e-05, 5.333632057303284)]
    public void BarnardMatchesScipy(int x1, int n1, int x2, int n2, bool pooled, double p, double statistic)
    {
        var r = TwoByTwoTests.Barnard(new TwoByTwoTable(x1, n1, x2, n2), pooled);
        TableAssert.Close(p, r.PValue, TableAssert.Iterative, "p");
        TableAssert.Close(statistic, r.Statistic, 1e-14, "statistic");
        Assert.Equal(TestMethod.Barnard, r.Method);
        Assert.Equal("barnard", r.MethodName);
    }

    [Theory]
    // Dense-grid reference (tests/.../Reference/unconditional_reference.py, function barnard): scipy 1.10.1's own
    // region code with |W| >= |W obs| (1 - 1e-12), maximised over 20001 arcsine-spaced points polished with
    // scipy.optimize.minimize_scalar(method="bounded", xatol=1e-15).
    [InlineData(56, 70, 48, 80, true, 0.00886519201697171)]
    [InlineData(56, 70, 48, 80, false, 0.007377648742579069)]
    [InlineData(2, 24, 7, 12, true, 0.0013496674685612182)]
    [InlineData(2, 24, 7, 12, false, 0.008757907289505729)]
    [InlineData(5, 56, 0, 29, false, 0.04772449889510967)]
    public void BarnardMatchesDenseGridReference(int x1, int n1, int x2, int n2, bool pooled, double p)
    {
        TableAssert.Close(p, TwoByTwoTests.Barnard(new TwoByTwoTable(x1, n1, x2, n2), pooled).PValue, 1e-10);
    }

    [Theory]
    // Tables with other tables whose |W| equals the observed one mathematically but not after rounding, so that
    // scipy 1.10.1 barnard_exact drops them (scipy issue #18798, "numerical inaccuracy in scipy.stats.barnard_exact",
    // reported with [[7, 12], [8, 3]], whose scipy p 0.06815 is below R's Exact package). Expected: the dense-grid
    // reference above with the tie tolerance; scipy's value for comparison.
    [InlineData(9, 10, 3, 10, true, 0.007955551147460957, 0.006930722169347945)]
    [InlineData(9, 10, 3, 10, false, 0.007955551147460957, 0.006930722169347945)]
    [InlineData(7, 15, 12, 15, true, 0.06821830932319499, 0.06815343273153593)] // the table of scipy issue #18798
    [InlineData(7, 15, 12, 15, false, 0.06821830932319499, 0.06815343273153593)]
    [InlineData(4, 9, 4, 4, true, 0.07373046874999999, 0.0627283234065259)]
    [InlineData(13, 22, 0, 7, true, 0.0051573105156421835, 0.00436435615010662)]
    [InlineData(13, 22, 0, 7, false, 0.004090186208486573, 0.0032141211703221517)]
    [InlineData(7, 19, 8, 11, true, 0.06751410663127916, 0.059771072119474536)]
    [InlineData(32, 50, 21, 50, true, 0.03169105537140487, 0.031425934205832964)]
    public void BarnardCountsTiedTables(int x1, int n1, int x2, int n2, bool pooled, double p, double scipyP)
    {
        double actual = TwoByTwoTests.Barnard(new TwoByTwoTable(x1, n1, x2, n2), pooled).PValue;
        TableAssert.Close(p, actual, 1e-10);
        Assert.True(actual > scipyP);
    }

    [Fact]
    public void BarnardEdgeCases()
    {
        // Empty arm: scipy barnard_exact returns statistic NaN, p 1.0.
        var empty = TwoByTwoTests.Barnard(new TwoByTwoTable(0, 0, 3, 7));
        Assert.True(double.IsNaN(empty.Statistic));
        Assert.Equal(1.0, empty.PValue);
        // No events: W = 0 for every table, p = 1 (scipy: statistic 0.0, pvalue 1.0).
        var none = TwoByTwoTests.Barnard(new TwoByTwoTable(0, 10, 0, 20));
        Assert.Equal(0.0, none.Statistic);
        Assert.Equal(1.0, none.PValue, 12);
        var unpooledAll = TwoByTwoTests.Barnard(new TwoByTwoTable(10, 10, 20, 20), pooled: false);
        Assert.Equal(0.0, unpooledAll.Statistic);
        Assert.Equal(1.0, unpooledAll.PValue, 12);
    }

    [Fact]
    public void ExactTestsAreSymmetricInTheArms()
    {
        var t = new TwoByTwoTable(13, 23, 16, 17);
        var swapped = new TwoByTwoTable(16, 17, 13, 23);
        TableAssert.Close(TwoByTwoTests.Boschloo(t).PValue, TwoByTwoTests.Boschloo(swapped).PValue, 1e-12);
        TableAssert.Close(TwoByTwoTests.Barnard(t).PValue, TwoByTwoTests.Barnard(swapped).PValue, 1e-12);
        TableAssert.Close(TwoByTwoTests.Barnard(t, false).PValue, TwoByTwoTests.Barnard(swapped, false).PValue, 1e-12);
        Assert.Equal(-TwoByTwoTests.Barnard(t).Statistic, TwoByTwoTests.Barnard(swapped).Statistic);
    }
}
