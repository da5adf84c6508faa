using System.Globalization;

namespace AsAnalysis.Tests.Statistics.Logistic;

/// <summary>
/// The beeca package's example data set <c>trial01</c> (Statistics/Reference/beeca-trial01.csv; provenance and licence in
/// Statistics/Reference/README.md): 268 simulated subjects, one with a missing outcome. <see cref="Complete"/> holds the 267
/// complete cases in file order, as R's <c>glm</c> keeps them.
/// </summary>
internal sealed record Trial01Row(int Subject, bool Outcome, bool Treated, double Covariate, double[] Regions)
{
    internal static IReadOnlyList<Trial01Row> Complete { get; } = Load();

    private static Trial01Row[] Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Statistics", "Reference", "beeca-trial01.csv");
        var rows = new List<Trial01Row>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            if (f[1].Length == 0) continue; // missing aval
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            rows.Add(new Trial01Row(int.Parse(f[0], CultureInfo.InvariantCulture), f[1] == "1", f[2] == "1", D(3), [D(5), D(6), D(7), D(8)]));
        }
        return rows.ToArray();
    }

    /// <summary>Design columns trtp, bl_cov (and the four region indicators when asked).</summary>
    internal static double[,] Design(IReadOnlyList<Trial01Row> rows, bool regions)
    {
        var x = new double[rows.Count, regions ? 6 : 2];
        for (int i = 0; i < rows.Count; i++)
        {
            x[i, 0] = rows[i].Treated ? 1 : 0;
            x[i, 1] = rows[i].Covariate;
            if (regions)
                for (int j = 0; j < 4; j++) x[i, 2 + j] = rows[i].Regions[j];
        }
        return x;
    }
}
