using AsAnalysis.Statistics;
using static AsAnalysis.Tests.Statistics.ContinuousAssert;

namespace AsAnalysis.Tests.Statistics;

public class DescriptiveTests
{
    // R 4.2.2 reference values: for each sample v,
    //   print(c(mean(v), sd(v), min(v), max(v)), digits = 17)
    //   for (t in 1:9) print(unname(quantile(v, c(0.25, 0.5, 0.75), type = t)), digits = 17)
    private static readonly double[] A = [2.1, 3.5, 1.2, 8.4, 5.0, 6.6, 4.2, 7.7];
    private static readonly double[] B = [3, 1, 4, 1.5, 9, 2.6, 5.3];
    private static readonly double[] C = [10.2, 11.9, 9.4, 12.8, 10.0, 13.3, 9.9, 11.1, 12.0, 10.7];
    private static readonly double[] F = [5, 1, 3, 3, 2, 8];

    public static TheoryData<string, QuantileDefinition, double, double, double> Quartiles => new()
    {
        // name, type, Q1, median, Q3: R 4.2.2 quantile(v, c(0.25, 0.5, 0.75), type = k), printed with digits = 17
        { "A", QuantileDefinition.RType1, 2.1000000000000001, 4.2000000000000002, 6.5999999999999996 },
        { "A", QuantileDefinition.RType2, 2.7999999999999998, 4.5999999999999996, 7.1500000000000004 },
        { "A", QuantileDefinition.RType3, 2.1000000000000001, 4.2000000000000002, 6.5999999999999996 },
        { "A", QuantileDefinition.RType4, 2.1000000000000001, 4.2000000000000002, 6.5999999999999996 },
        { "A", QuantileDefinition.RType5, 2.7999999999999998, 4.5999999999999996, 7.1500000000000004 },
        { "A", QuantileDefinition.RType6, 2.4500000000000002, 4.5999999999999996, 7.4250000000000007 },
        { "A", QuantileDefinition.RType7, 3.1499999999999999, 4.5999999999999996, 6.8749999999999991 },
        { "A", QuantileDefinition.RType8, 2.6833333333333331, 4.5999999999999996, 7.2416666666666654 },
        { "A", QuantileDefinition.RType9, 2.7125000000000004, 4.5999999999999996, 7.2187500000000000 },
        { "B", QuantileDefinition.RType1, 1.5, 3.0, 5.2999999999999998 },
        { "B", QuantileDefinition.RType2, 1.5, 3.0, 5.2999999999999998 },
        { "B", QuantileDefinition.RType3, 1.5, 3.0, 4.0 },
        { "B", QuantileDefinition.RType4, 1.3750000000000000, 2.7999999999999998, 4.3250000000000002 },
        { "B", QuantileDefinition.RType5, 1.7749999999999999, 3.0, 4.9749999999999996 },
        { "B", QuantileDefinition.RType6, 1.5, 3.0, 5.2999999999999998 },
        { "B", QuantileDefinition.RType7, 2.0499999999999998, 3.0, 4.6500000000000004 },
        { "B", QuantileDefinition.RType8, 1.6833333333333336, 3.0, 5.0833333333333330 },
        { "B", QuantileDefinition.RType9, 1.7062500000000000, 3.0, 5.0562499999999995 },
        { "C", QuantileDefinition.RType1, 10.0, 10.699999999999999, 12.0 },
        { "C", QuantileDefinition.RType2, 10.0, 10.899999999999999, 12.0 },
        { "C", QuantileDefinition.RType3, 9.9000000000000004, 10.6999999999999993, 12.0 },
        { "C", QuantileDefinition.RType4, 9.9499999999999993, 10.6999999999999993, 11.9499999999999993 },
        { "C", QuantileDefinition.RType5, 10.0, 10.899999999999999, 12.0 },
        { "C", QuantileDefinition.RType6, 9.9749999999999996, 10.8999999999999986, 12.1999999999999993 },
        { "C", QuantileDefinition.RType7, 10.050000000000001, 10.899999999999999, 11.975000000000000 },
        { "C", QuantileDefinition.RType8, 9.9916666666666654, 10.8999999999999986, 12.0666666666666664 },
        { "C", QuantileDefinition.RType9, 9.9937500000000004, 10.8999999999999986, 12.0500000000000007 },
        { "F", QuantileDefinition.RType1, 2, 3, 5 },
        { "F", QuantileDefinition.RType2, 2, 3, 5 },
        { "F", QuantileDefinition.RType3, 2, 3, 3 },
        { "F", QuantileDefinition.RType4, 1.5, 3.0, 4.0 },
        { "F", QuantileDefinition.RType5, 2, 3, 5 },
        { "F", QuantileDefinition.RType6, 1.75, 3.00, 5.75 },
        { "F", QuantileDefinition.RType7, 2.25, 3.00, 4.50 },
        { "F", QuantileDefinition.RType8, 1.9166666666666667, 3.0, 5.2499999999999991 },
        { "F", QuantileDefinition.RType9, 1.9375, 3.0000, 5.1875 },
    };

    private static double[] Sample(string name) => name switch
    {
        "A" => A,
        "B" => B,
        "C" => C,
        _ => F,
    };

    [Theory]
    [MemberData(nameof(Quartiles))]
    public void QuartilesAndMedianMatchRQuantileTypes(string sample, QuantileDefinition definition, double q1, double median, double q3)
    {
        var s = Descriptive.Summarize(Sample(sample), definition);
        Close(q1, s.FirstQuartile);
        Close(median, s.Median);
        Close(q3, s.ThirdQuartile);
        Assert.Equal(definition, s.QuantileDefinition);
    }

    [Fact]
    public void MomentsAndRangeMatchR()
    {
        // R 4.2.2: v <- c(2.1, 3.5, 1.2, 8.4, 5.0, 6.6, 4.2, 7.7); print(c(mean(v), sd(v), min(v), max(v)), digits = 17)
        // [1] 4.8375000000000004 2.5895049168298008 1.2000000000000000 8.4000000000000004
        var s = Descriptive.Summarize(A);
        Assert.Equal(8, s.N);
        Close(4.8375000000000004, s.Mean);
        Close(2.5895049168298008, s.StandardDeviation);
        Close(2.5895049168298008 / Math.Sqrt(8), s.StandardError);
        Assert.Equal(1.2, s.Min);
        Assert.Equal(8.4, s.Max);

        // R 4.2.2: v <- c(10.2, 11.9, 9.4, 12.8, 10.0, 13.3, 9.9, 11.1, 12.0, 10.7); print(c(mean(v), sd(v)), digits = 17)
        // [1] 11.1300000000000008  1.3199747472331937
        var c = Descriptive.Summarize(C);
        Close(11.1300000000000008, c.Mean);
        Close(1.3199747472331937, c.StandardDeviation);
    }

    [Fact]
    public void DefaultIsSasQntldef5WhichIsRType2()
    {
        Assert.Equal(QuantileDefinition.RType2, Descriptive.DefaultQuantileDefinition);
        var s = Descriptive.Summarize(A);
        Assert.Equal(QuantileDefinition.RType2, s.QuantileDefinition);
        // R 4.2.2: quantile(c(2.1, 3.5, 1.2, 8.4, 5.0, 6.6, 4.2, 7.7), c(0.25, 0.75), type = 2) -> 2.80 7.15 (type 7 gives 3.15 6.875)
        Close(2.7999999999999998, s.FirstQuartile);
        Close(7.1500000000000004, s.ThirdQuartile);
    }

    [Fact]
    public void TwoValuesMatchR()
    {
        // R 4.2.2: v <- c(1.5, 6.0); sd(v) = 3.1819805153394638; quantile(v, c(.25, .5, .75), type = 2) = 1.50 3.75 6.00,
        // type = 7: 2.625 3.750 4.875
        var s2 = Descriptive.Summarize([6.0, 1.5]);
        Close(3.1819805153394638, s2.StandardDeviation);
        Assert.Equal([1.5, 3.75, 6.0], new[] { s2.FirstQuartile, s2.Median, s2.ThirdQuartile });
        var s7 = Descriptive.Summarize([6.0, 1.5], QuantileDefinition.RType7);
        Assert.Equal([2.625, 3.75, 4.875], new[] { s7.FirstQuartile, s7.Median, s7.ThirdQuartile });
    }

    [Fact]
    public void SingleValueHasUndefinedSpread()
    {
        // R 4.2.2: sd(4.25) is NA; every quantile type gives 4.25.
        var s = Descriptive.Summarize([4.25]);
        Assert.Equal(1, s.N);
        Assert.Equal(4.25, s.Mean);
        Assert.True(double.IsNaN(s.StandardDeviation));
        Assert.True(double.IsNaN(s.StandardError));
        Assert.Equal([4.25, 4.25, 4.25, 4.25, 4.25], new[] { s.Min, s.FirstQuartile, s.Median, s.ThirdQuartile, s.Max });
    }

    [Fact]
    public void EmptySampleIsAllNaN()
    {
        var s = Descriptive.Summarize([]);
        Assert.Equal(0, s.N);
        Assert.All(new[] { s.Mean, s.StandardDeviation, s.StandardError, s.Median, s.FirstQuartile, s.ThirdQuartile, s.Min, s.Max },
            v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void ConstantSampleHasExactlyZeroStandardDeviation()
    {
        // R 4.2.2: sd(rep(0.1, 10)) is exactly 0 (a one-pass variance leaves a rounding residue here).
        var s = Descriptive.Summarize(Enumerable.Repeat(0.1, 10));
        Assert.Equal(0.1, s.Mean);
        Assert.Equal(0.0, s.StandardDeviation);
        Assert.Equal(0.0, s.StandardError);
    }

    [Fact]
    public void InputOrderDoesNotMatterAndInputIsNotModified()
    {
        var copy = (double[])A.Clone();
        var s1 = Descriptive.Summarize(copy);
        Assert.Equal(A, copy);
        var s2 = Descriptive.Summarize(A.Reverse());
        Assert.Equal(s1.Median, s2.Median);
        Assert.Equal(s1.FirstQuartile, s2.FirstQuartile);
        Assert.Equal(s1.ThirdQuartile, s2.ThirdQuartile);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteValuesAreRejected(double bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => Descriptive.Summarize([1.0, bad, 2.0]));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void InvalidArgumentsAreRejected()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Descriptive.Summarize(null!)).ParamName);
        Assert.Equal("quantiles", Assert.Throws<ArgumentOutOfRangeException>(() => Descriptive.Summarize(A, (QuantileDefinition)0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DescriptiveSummary(-1, 0, 0, 0, 0, 0, 0, 0, QuantileDefinition.RType2));
    }
}
