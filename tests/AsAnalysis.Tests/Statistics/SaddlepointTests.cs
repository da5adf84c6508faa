using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>The internal saddle-point log-probabilities used by Fisher's test and the conditional MLE.</summary>
public class SaddlepointTests
{
    [Theory]
    // R 4.2.2: dhyper(x, white, black, draws, log = TRUE)
    [InlineData(25300, 50000, 50000, 50200, -8.4891277387024004)]
    [InlineData(3, 60000, 40000, 15, -6.408318342925357)]
    [InlineData(0, 10, 20, 5, -2.2182860489370517)]
    [InlineData(5, 10, 20, 5, -6.3377102955561746)]
    [InlineData(7, 7, 7, 14, 0.0)]
    public void LogHypergeometricMatchesR(int x, int white, int black, int draws, double expected)
    {
        TableAssert.Close(expected, Saddlepoint.LogHypergeometricPmf(x, white, black, draws), 1e-13);
    }

    [Theory]
    // R 4.2.2: dbinom(x, n, p, log = TRUE)
    [InlineData(4990000, 10000000, 0.4995, -13.284846369806615)]
    [InlineData(0, 30, 0.05, -1.538798831626516)]
    [InlineData(30, 30, 0.97, -0.91377622454125729)]
    public void LogBinomialMatchesR(int x, int n, double p, double expected)
    {
        TableAssert.Close(expected, Saddlepoint.LogBinomialPmf(x, n, p, 1 - p), 1e-13);
    }

    [Fact]
    public void StirlingErrorIsContinuousAcrossItsBranches()
    {
        // ln(n!) - ln(sqrt(2 pi n) (n / e)^n) from MathNet's exact factorial table (n < 171) agrees with the table and
        // series branches (15, 35, 80, 500 are the switch points) to rounding.
        foreach (int n in new[] { 1, 2, 10, 15, 16, 35, 36, 80, 81, 120, 170 })
        {
            double direct = MathNet.Numerics.SpecialFunctions.FactorialLn(n) - (n + 0.5) * Math.Log(n) + n - 0.5 * Math.Log(2 * Math.PI);
            // The direct form cancels: its own error is a few ulps of ln(n!) (about 1e-13 at n = 170).
            double allowed = 8 * Math.Max(1, MathNet.Numerics.SpecialFunctions.FactorialLn(n)) * (Math.BitIncrement(1.0) - 1.0);
            Assert.True(Math.Abs(direct - Saddlepoint.StirlingError(n)) < allowed, $"n = {n}: {direct - Saddlepoint.StirlingError(n):E2}");
        }
    }
}
