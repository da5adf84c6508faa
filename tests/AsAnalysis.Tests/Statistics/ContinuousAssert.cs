namespace AsAnalysis.Tests.Statistics;

/// <summary>Relative-tolerance assertions for the continuous-endpoint tests.</summary>
internal static class ContinuousAssert
{
    /// <summary>Closed forms: 1e-10 relative (HELPERS.md).</summary>
    public const double ClosedForm = 1e-10;

    /// <summary>Iterative results: 1e-8 relative (HELPERS.md).</summary>
    public const double Iterative = 1e-8;

    /// <summary>Asserts |actual - expected| &lt;= tolerance * max(|expected|, 1e-300), or both are exactly zero.</summary>
    public static void Close(double expected, double actual, double tolerance = ClosedForm)
    {
        Assert.False(double.IsNaN(actual), $"Expected {expected:R}, got NaN.");
        var error = Math.Abs(actual - expected);
        var allowed = tolerance * Math.Abs(expected);
        Assert.True(error <= allowed, $"Expected {expected:R}, got {actual:R} (relative error {error / Math.Abs(expected):E2}, allowed {tolerance:E0}).");
    }
}
