using AsAnalysis.Endpoints;

namespace AsAnalysis.Tests.Endpoints;

public class AsScoresTests
{
    [Fact]
    public void Basdai_spec_vector()
    {
        // as-endpoints-detail.md §9.3 / §2.1: BASDAI (5,6,3,4,7,8) = 5.1; by hand (5+6+3+4+(7+8)/2)/5 = 25.5/5.
        Assert.Equal(5.1m, AsScores.DeriveBasdai(5, 6, 3, 4, 7, 8));
    }

    [Fact]
    public void Basdai_exact_decimal_without_rounding()
    {
        // By hand: (1.1 + 2.2 + 3.3 + 4.4 + (5.5 + 6.7)/2)/5 = (11 + 6.1)/5 = 3.42.
        Assert.Equal(3.42m, AsScores.DeriveBasdai(1.1m, 2.2m, 3.3m, 4.4m, 5.5m, 6.7m));
        // (0.01*4 + (0.01+0.02)/2)/5 = (0.04 + 0.015)/5 = 0.011 exactly.
        Assert.Equal(0.011m, AsScores.DeriveBasdai(0.01m, 0.01m, 0.01m, 0.01m, 0.01m, 0.02m));
    }

    [Fact]
    public void Basdai_is_null_when_one_item_is_missing()
    {
        Assert.Null(AsScores.DeriveBasdai(5, 6, 3, 4, 7, null));
        Assert.Null(AsScores.DeriveBasdai(null, 6, 3, 4, 7, 8));
    }

    [Fact]
    public void Basdai_rejects_out_of_range_items()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AsScores.DeriveBasdai(5, 6, 3, 4, 10.01m, 8));
        Assert.Equal("q5", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => AsScores.DeriveBasdai(-0.1m, 6, 3, 4, 7, 8));
    }

    [Fact]
    public void Basfi_spec_vector_and_missing_item()
    {
        // as-endpoints-detail.md §9.3 / §2.2: BASFI (3,4,5,6,7,2,3,4,5,6) = 4.5.
        Assert.Equal(4.5m, AsScores.DeriveBasfi([3, 4, 5, 6, 7, 2, 3, 4, 5, 6]));
        Assert.Null(AsScores.DeriveBasfi([3, 4, 5, 6, 7, 2, 3, 4, 5, null]));
        Assert.Throws<ArgumentException>(() => AsScores.DeriveBasfi([3, 4, 5]));
    }

    [Fact]
    public void Inflammation_and_pain_domain_options()
    {
        // By hand: (7 + 8)/2 = 7.5; mean pain (5.5 + 4.4)/2 = 4.95.
        Assert.Equal(7.5m, AsScores.DeriveInflammation(7, 8));
        Assert.Null(AsScores.DeriveInflammation(7, null));
        Assert.Equal(5.5m, AsScores.DerivePainDomain(5.5m, 4.4m, PainDomain.TotalBackPain));
        Assert.Equal(4.4m, AsScores.DerivePainDomain(5.5m, 4.4m, PainDomain.NocturnalBackPain));
        Assert.Equal(4.95m, AsScores.DerivePainDomain(5.5m, 4.4m, PainDomain.MeanTotalAndNocturnal));
        Assert.Null(AsScores.DerivePainDomain(5.5m, null, PainDomain.MeanTotalAndNocturnal));
        Assert.Equal(5.5m, AsScores.DerivePainDomain(5.5m, null, PainDomain.TotalBackPain));
    }

    // as-endpoints-detail.md §9.4; full-precision references from R 4.x:
    //   crp3 <- function(bp,d,g,p,c) 0.121*bp+0.058*d+0.110*g+0.073*p+0.579*log(max(c,2)+1)
    //   crp2 <- function(bp,d,g,p,c) 0.12*bp+0.06*d+0.11*g+0.07*p+0.58*log(max(c,2)+1)
    [Theory]
    [InlineData(6, 5, 6, 4, 10, 3.3563813629502568, 3.3507792582230551)]   // R: crp3(6,5,6,4,10); crp2(6,5,6,4,10); spec 3.356381 / 3.350779
    [InlineData(2, 1, 2, 0, 0.5, 1.1560965151388354, null)]               // R: crp3(2,1,2,0,0.5); spec 1.156097 (CRP floor 2)
    [InlineData(2, 1, 2, 0, 2, 1.1560965151388354, null)]                 // same value as CRP 0.5: the floor
    [InlineData(0, 0, 0, 0, 0.1, 0.63609651513883547, null)]              // R: crp3(0,0,0,0,0.1); spec 0.636097 (minimum)
    [InlineData(7, 8, 7, 5, 25, 4.3324378955144383, null)]                // R: crp3(7,8,7,5,25); spec 4.332438
    [InlineData(3, 2, 3, 1, 3, 1.6846644350884166, null)]                 // R: crp3(3,2,3,1,3); spec 1.684664
    [InlineData(6, 6, 6, 3, 12, 3.4381056779702295, null)]                // R: crp3(6,6,6,3,12); spec 3.438106
    [InlineData(4, 3, 4, 2, 4, 2.1758645512993438, null)]                 // R: crp3(4,3,4,2,4); spec 2.175865
    [InlineData(5, 5, 5, 2, 15, 3.1963288701768331, null)]                // R: crp3(5,5,5,2,15); spec 3.196329 (1.5 mg/dL converted)
    [InlineData(5, 5, 5, 2, 1.5, 2.2270965151388356, null)]               // R: crp3(5,5,5,2,1.5); spec 2.227097 (mg/dL used as mg/L)
    public void AsdasCrp_spec_vectors(double bp, double dur, double pga, double periph, double crp, double expected3, double? expected2)
    {
        double? v = AsScores.DeriveAsdasCrp((decimal)bp, (decimal)dur, (decimal)pga, (decimal)periph, (decimal)crp);
        Assert.NotNull(v);
        Assert.Equal(expected3, v!.Value, 1e-10 * expected3);
        if (expected2 is { } e2)
        {
            double? v2 = AsScores.DeriveAsdasCrp((decimal)bp, (decimal)dur, (decimal)pga, (decimal)periph, (decimal)crp, AsdasCoefficients.TwoDecimal);
            Assert.Equal(e2, v2!.Value, 1e-10 * e2);
        }
    }

    [Fact]
    public void AsdasEsr_spec_vector()
    {
        // as-endpoints-detail.md §9.4: 6,5,6,4, ESR 25 -> 3.306000 (3-dp), 3.300000 (2-dp).
        // R: 0.079*6+0.069*5+0.113*6+0.086*4+0.293*sqrt(25) = 3.3059999999999996; 2-dp 3.2999999999999998
        Assert.Equal(3.3059999999999996, AsScores.DeriveAsdasEsr(6, 5, 6, 4, 25)!.Value, 1e-10 * 3.306);
        Assert.Equal(3.2999999999999998, AsScores.DeriveAsdasEsr(6, 5, 6, 4, 25, AsdasCoefficients.TwoDecimal)!.Value, 1e-10 * 3.3);
    }

    [Fact]
    public void Asdas_missing_input_gives_null_and_bad_input_throws()
    {
        Assert.Null(AsScores.DeriveAsdasCrp(6, 5, 6, 4, null));
        Assert.Null(AsScores.DeriveAsdasCrp(6, null, 6, 4, 10));
        Assert.Null(AsScores.DeriveAsdasEsr(6, 5, 6, 4, null));
        Assert.Equal("crpMgPerL", Assert.Throws<ArgumentOutOfRangeException>(() => AsScores.DeriveAsdasCrp(6, 5, 6, 4, -1)).ParamName);
        Assert.Equal("backPain", Assert.Throws<ArgumentOutOfRangeException>(() => AsScores.DeriveAsdasCrp(11, 5, 6, 4, 1)).ParamName);
    }

    [Theory]
    // as-endpoints.md: < 1.3 inactive, 1.3 to < 2.1 low, 2.1 to 3.5 high, > 3.5 very high; detail §2.7 ties:
    // exactly 1.3 is LDA, exactly 2.1 HDA, exactly 3.5 HDA.
    [InlineData(0.6361, AsdasCategory.InactiveDisease)]
    [InlineData(1.2999, AsdasCategory.InactiveDisease)]
    [InlineData(1.3, AsdasCategory.LowDiseaseActivity)]
    [InlineData(1.2999999999999998, AsdasCategory.LowDiseaseActivity)] // within 1e-9 of 1.3: equal to it
    [InlineData(2.0999, AsdasCategory.LowDiseaseActivity)]
    [InlineData(2.1, AsdasCategory.HighDiseaseActivity)]
    [InlineData(2.0999999999999996, AsdasCategory.HighDiseaseActivity)] // within 1e-9 of 2.1
    [InlineData(3.5, AsdasCategory.HighDiseaseActivity)]
    [InlineData(3.5000000000000004, AsdasCategory.HighDiseaseActivity)] // within 1e-9 of 3.5
    [InlineData(3.5001, AsdasCategory.VeryHighDiseaseActivity)]
    [InlineData(4.3324378955144383, AsdasCategory.VeryHighDiseaseActivity)] // detail §9.4: VHDA
    [InlineData(1.6846644350884166, AsdasCategory.LowDiseaseActivity)]      // detail §9.4: LDA
    [InlineData(3.4381056779702295, AsdasCategory.HighDiseaseActivity)]     // detail §9.4: HDA
    [InlineData(2.1758645512993438, AsdasCategory.HighDiseaseActivity)]     // detail §9.4: HDA
    [InlineData(1.1560965151388354, AsdasCategory.InactiveDisease)]         // detail §9.4: ID
    public void Asdas_categories(double asdas, AsdasCategory expected)
    {
        Assert.Equal(expected, AsScores.ClassifyAsdas(asdas));
    }

    [Theory]
    // Inputs whose exact (decimal) ASDAS-ESR equals a cut-off, found by hand/integer search over 79a+69b+113c+86d+293*sqrt(ESR):
    // 0.079*1 + 0.069*0 + 0.113*7 + 0.086*5 + 0 = 1.300 -> LDA; 0.079*4 + 0.069*2 + 0.113*10 + 0.086*6 + 0 = 2.100 -> HDA;
    // 0.079*8 + 0.069*10 + 0.113*8 + 0.086*8 + 0.293*2 = 3.500 -> HDA. Nearby non-ties: peripheral 4.9 gives 1.2914 -> ID, etc.
    [InlineData(1, 0, 7, 5, 0, AsdasCategory.LowDiseaseActivity)]
    [InlineData(1, 0, 7, 4.9, 0, AsdasCategory.InactiveDisease)]
    [InlineData(4, 2, 10, 6, 0, AsdasCategory.HighDiseaseActivity)]
    [InlineData(4, 2, 10, 5.9, 0, AsdasCategory.LowDiseaseActivity)]
    [InlineData(8, 10, 8, 8, 4, AsdasCategory.HighDiseaseActivity)]
    [InlineData(8, 10, 8, 8.1, 4, AsdasCategory.VeryHighDiseaseActivity)]
    public void Asdas_category_of_computed_exact_ties(double bp, double dur, double pga, double periph, double esr, AsdasCategory expected)
    {
        double v = AsScores.DeriveAsdasEsr((decimal)bp, (decimal)dur, (decimal)pga, (decimal)periph, (decimal)esr)!.Value;
        Assert.Equal(expected, AsScores.ClassifyAsdas(v));
    }

    [Fact]
    public void Asdas_category_names()
    {
        Assert.Equal(["ID", "LDA", "HDA", "VHDA"], Enum.GetValues<AsdasCategory>().Select(c => c.Code()));
        Assert.Throws<ArgumentOutOfRangeException>(() => AsScores.ClassifyAsdas(double.NaN));
    }
}
