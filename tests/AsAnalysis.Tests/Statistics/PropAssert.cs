using System.Globalization;

namespace AsAnalysis.Tests.Statistics;

/// <summary>Tolerance assertions for the proportion tests (closed forms 1e-10 relative, iterative 1e-8).</summary>
internal static class PropAssert
{
    internal const double ClosedForm = 1e-10;
    internal const double Iterative = 1e-8;

    /// <summary>Relative closeness; an expected 0 (or a tiny value) is compared absolutely at the same tolerance.</summary>
    internal static void Close(double expected, double actual, double relTol, string? what = null)
    {
        if (double.IsNaN(expected)) { Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}"); return; }
        if (double.IsInfinity(expected)) { Assert.Equal(expected, actual); return; }
        double scale = Math.Max(Math.Abs(expected), 1e-300);
        double err = Math.Abs(actual - expected);
        bool ok = expected == 0 ? err <= relTol : err / scale <= relTol;
        Assert.True(ok, string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, got {actual:R} (relative error {err / scale:E2}, tolerance {relTol:E0})"));
    }
}
