using System.Globalization;

namespace AsAnalysis.Tests.Statistics;

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
