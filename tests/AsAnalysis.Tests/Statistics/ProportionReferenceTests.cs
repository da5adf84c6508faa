using AsAnalysis.Statistics;

namespace AsAnalysis.Tests.Statistics;

/// <summary>
/// Every row of Statistics/Reference/reference-2x2.csv (copy of shared/spec/reference-2x2.csv: Newcombe 1998,
/// Stat Med 17:873, Table II examples; values from R 4.2.2 / scipy 1.10 / statsmodels 0.13.5 and an independent
/// Miettinen-Nurminen implementation reproducing the paper's printed limits) that the proportion and difference
/// methods cover. Rows of tests owned elsewhere (fisher, chisq, boschloo, ...) are skipped here.
/// </summary>
public class ProportionReferenceTests
{
    private static readonly Dictionary<string, ProportionCiMethod> OneSample =
        Enum.GetValues<ProportionCiMethod>().ToDictionary(m => m.Code());
    private static readonly Dictionary<string, DifferenceCiMethod> TwoSample =
        Enum.GetValues<DifferenceCiMethod>().ToDictionary(m => m.Code());

    private static bool Covered(ProportionReferenceRow r) => r.Stat switch
    {
        "p1_ci_low" or "p1_ci_high" or "p2_ci_low" or "p2_ci_high" => OneSample.ContainsKey(r.Method),
        "diff" => r.Method.Length == 0,
        "diff_ci_low" or "diff_ci_high" => TwoSample.ContainsKey(r.Method),
        _ => false,
    };

    public static TheoryData<ProportionReferenceRow> Rows()
    {
        var data = new TheoryData<ProportionReferenceRow>();
        foreach (var r in ProportionReferenceRow.Load().Where(Covered)) data.Add(r);
        return data;
    }

    [Fact]
    public void ReferenceFileCoversTheExpectedRows()
    {
        var all = ProportionReferenceRow.Load();
        // 8 tables x (16 one-proportion limits + 1 difference + 6 difference limits) = 184 rows covered here.
        Assert.Equal(184, all.Count(Covered));
        Assert.All(all.Where(r => !Covered(r)), r => Assert.Equal("p_value", r.Stat));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void MatchesReference(ProportionReferenceRow row)
    {
        var table = new TwoByTwoTable(row.X1, row.N1, row.X2, row.N2);
        switch (row.Stat)
        {
            case "p1_ci_low" or "p1_ci_high" or "p2_ci_low" or "p2_ci_high":
            {
                bool first = row.Stat.StartsWith("p1", StringComparison.Ordinal);
                var e = Proportion.Estimate(first ? row.X1 : row.X2, first ? row.N1 : row.N2, OneSample[row.Method]);
                double actual = row.Stat.EndsWith("low", StringComparison.Ordinal) ? e.Ci.Lower : e.Ci.Upper;
                PropAssert.Close(row.Value, actual, PropAssert.ClosedForm, row.ToString());
                break;
            }
            case "diff":
                PropAssert.Close(row.Value, ProportionDifference.Estimate(table).Estimate, PropAssert.ClosedForm, row.ToString());
                break;
            default:
            {
                var method = TwoSample[row.Method];
                var e = ProportionDifference.Estimate(table, method);
                double actual = row.Stat == "diff_ci_low" ? e.Ci.Lower : e.Ci.Upper;
                double tol = method is DifferenceCiMethod.MiettinenNurminen or DifferenceCiMethod.Mee ? PropAssert.Iterative : PropAssert.ClosedForm;
                PropAssert.Close(row.Value, actual, tol, row.ToString());
                break;
            }
        }
    }
}
