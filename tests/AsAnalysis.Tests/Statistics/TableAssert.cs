using System.Globalization;

namespace AsAnalysis.Tests.Statistics;

/// <summary>Relative-tolerance assertions for the 2x2 tests, odds ratio, Mantel-Haenszel and sample size tests.</summary>
internal static class TableAssert
{
    /// <summary>Closed forms: 1e-10 relative (HELPERS.md).</summary>
    internal const double ClosedForm = 1e-10;
    /// <summary>Iterative results: 1e-8 relative (HELPERS.md).</summary>
    internal const double Iterative = 1e-8;

    /// <summary>|actual - expected| &lt;= tol |expected|; NaN and infinities must match exactly; an expected 0 is compared absolutely.</summary>
    internal static void Close(double expected, double actual, double tol, string? what = null)
    {
        if (double.IsNaN(expected)) { Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}"); return; }
        if (double.IsInfinity(expected)) { Assert.Equal(expected, actual); return; }
        double err = Math.Abs(actual - expected);
        bool ok = expected == 0 ? err <= tol : err <= tol * Math.Abs(expected);
        Assert.True(ok, string.Create(CultureInfo.InvariantCulture,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {err / Math.Abs(expected):E2}, tolerance {tol:E0})"));
    }
}
