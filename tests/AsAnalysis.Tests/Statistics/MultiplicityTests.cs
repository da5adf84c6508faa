using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>p-value adjustments against R p.adjust.</summary>
public class MultiplicityTests
{
    private static void Same(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++) PropAssert.Close(expected[i], actual[i], PropAssert.ClosedForm, $"element {i}");
    }

    private static readonly double[] P = { 0.01, 0.04, 0.03, 0.005, 0.04, 0.2 };

    [Fact]
    public void Bonferroni() =>
        // R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.04, 0.2), "bonferroni")
        Same(new[] { 0.06, 0.24, 0.18, 0.03, 0.24, 1.0 }, Multiplicity.Adjust(P, PValueAdjustment.Bonferroni));

    [Fact]
    public void Holm() =>
        // R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.04, 0.2), "holm")
        Same(new[] { 0.05, 0.12, 0.12, 0.03, 0.12, 0.2 }, Multiplicity.Adjust(P, PValueAdjustment.Holm));

    [Fact]
    public void Hochberg() =>
        // R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.04, 0.2), "hochberg")
        Same(new[] { 0.05, 0.08, 0.08, 0.03, 0.08, 0.2 }, Multiplicity.Adjust(P, PValueAdjustment.Hochberg));

    [Theory]
    // R 4.2.2: p.adjust(c(0.6, 0.3, 0.9), method)
    [InlineData(PValueAdjustment.Bonferroni, 1.0, 0.9, 1.0)]
    [InlineData(PValueAdjustment.Holm, 1.0, 0.9, 1.0)]
    [InlineData(PValueAdjustment.Hochberg, 0.9, 0.9, 0.9)]
    public void CappedAtOne(PValueAdjustment m, double a, double b, double c) =>
        Same(new[] { a, b, c }, Multiplicity.Adjust(new[] { 0.6, 0.3, 0.9 }, m));

    [Theory]
    // R 4.2.2: p.adjust(c(0.02, NA, 0.01, 0.04), method): NA stays, n counts the 3 non-missing values
    [InlineData(PValueAdjustment.Bonferroni, 0.06, 0.03, 0.12)]
    [InlineData(PValueAdjustment.Holm, 0.04, 0.03, 0.04)]
    [InlineData(PValueAdjustment.Hochberg, 0.04, 0.03, 0.04)]
    public void MissingValuesPassThroughAndAreNotCounted(PValueAdjustment m, double a, double c, double d) =>
        Same(new[] { a, double.NaN, c, d }, Multiplicity.Adjust(new[] { 0.02, double.NaN, 0.01, 0.04 }, m));

    [Fact]
    public void EdgeInputs()
    {
        Assert.Empty(Multiplicity.Adjust(Array.Empty<double>(), PValueAdjustment.Holm));
        Same(new[] { double.NaN, double.NaN }, Multiplicity.Adjust(new[] { double.NaN, double.NaN }, PValueAdjustment.Hochberg));
        Same(new[] { 0.3 }, Multiplicity.Adjust(new[] { 0.3 }, PValueAdjustment.Bonferroni));
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Equal("pValues", Assert.Throws<ArgumentNullException>(() => Multiplicity.Adjust(null!, PValueAdjustment.Holm)).ParamName);
        Assert.Equal("pValues", Assert.Throws<ArgumentOutOfRangeException>(() => Multiplicity.Adjust(new[] { 0.5, 1.2 }, PValueAdjustment.Holm)).ParamName);
        Assert.Equal("pValues", Assert.Throws<ArgumentOutOfRangeException>(() => Multiplicity.Adjust(new[] { -0.1 }, PValueAdjustment.Holm)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => Multiplicity.Adjust(new[] { 0.1 }, (PValueAdjustment)9)).ParamName);
    }
}
