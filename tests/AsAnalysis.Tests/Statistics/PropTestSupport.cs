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

/// <summary>One row of Statistics/Reference/reference-2x2.csv.</summary>
public sealed record ProportionReferenceRow(int X1, int N1, int X2, int N2, string Stat, string Method, double Value)
{
    /// <summary>Readable test case name.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{X1}/{N1}-{X2}/{N2} {Stat} {Method} = {Value:R}");

    internal static IReadOnlyList<ProportionReferenceRow> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Statistics", "Reference", "reference-2x2.csv");
        var lines = File.ReadAllLines(path);
        Assert.Equal("x1,n1,x2,n2,stat,method,value", lines[0]);
        var rows = new List<ProportionReferenceRow>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            Assert.Equal(7, f.Length);
            rows.Add(new ProportionReferenceRow(
                int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
                int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture),
                f[4], f[5], double.Parse(f[6], NumberStyles.Float, CultureInfo.InvariantCulture)));
        }
        return rows;
    }
}
