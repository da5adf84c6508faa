using System.Globalization;
using AsAnalysis.Statistics.MixedModels;

namespace AsAnalysis.Tests.Statistics.MixedModels;

/// <summary>
/// The R package mmrm's example data fev_data (200 subjects x 4 visits, 537 non-missing FEV1), exported to
/// Statistics/Reference/mmrm/fev_data.csv by fev_reference.R (provenance and licence in PROVENANCE.md there).
/// </summary>
internal static class FevData
{
    public sealed record Row(string Subject, string Visit, string Arm, string Race, string Sex, double Baseline, double Fev1, double Weight);

    private static readonly Lazy<Row[]> Rows = new(Load);

    public static IReadOnlyList<Row> All => Rows.Value;

    private static Row[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Statistics", "Reference", "mmrm", "fev_data.csv");
        var lines = File.ReadAllLines(path);
        var rows = new List<Row>();
        foreach (var line in lines.Skip(1))
        {
            var f = Split(line);
            static double D(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
            rows.Add(new Row(f[0], f[1], f[2], f[3], f[4], D(f[5]), D(f[6]), D(f[7])));
        }
        return [.. rows];
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var end = line.IndexOf('"', i + 1);
                fields.Add(line[(i + 1)..end]);
                i = end + 2;
            }
            else
            {
                var end = line.IndexOf(',', i);
                if (end < 0) end = line.Length;
                fields.Add(line[i..end]);
                i = end + 1;
            }
        }
        return [.. fields];
    }

    public static readonly string[] Visits = ["VIS1", "VIS2", "VIS3", "VIS4"];

    /// <summary>FEV1 ~ ARMCD with the visits as the repeated effect only (no visit term): the SAS DDFM=KR reference model.</summary>
    public static MmrmData ArmOnly() => new()
    {
        Subjects = [.. All.Select(r => r.Subject)],
        Visits = [.. All.Select(r => r.Visit)],
        VisitLevels = Visits,
        Arms = [.. All.Select(r => r.Arm)],
        ControlArm = "PBO",
        Response = [.. All.Select(r => r.Fev1)],
        VisitEffect = false,
        ArmByVisit = false,
    };

    /// <summary>FEV1 ~ RACE + SEX + ARMCD * AVISIT: the model of the mmrm package's SAS comparison and vignettes.</summary>
    public static MmrmData Full() => ArmOnly() with
    {
        VisitEffect = true,
        ArmByVisit = true,
        Covariates = [MmrmCovariate.Factor("RACE", [.. All.Select(r => r.Race)]), MmrmCovariate.Factor("SEX", [.. All.Select(r => r.Sex)])],
    };

    /// <summary>FEV1 ~ FEV1_BL * AVISIT + ARMCD * AVISIT + RACE + SEX: the change-from-baseline style model with baseline:visit.</summary>
    public static MmrmData WithBaseline() => Full() with { Baseline = [.. All.Select(r => r.Baseline)] };
}
