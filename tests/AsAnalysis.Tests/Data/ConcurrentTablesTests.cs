using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data;

/// <summary>
/// adae and adex are read on a second thread while adeff is read: the problems are still listed, limited and counted
/// exactly as when the files are read one after the other (adsl, adeff, adae, adex; discovery order within a file).
/// </summary>
public class ConcurrentTablesTests
{
    private const string Adex =
        "USUBJID,EXTRT,EXDOSE,EXDOSU,ASTDT\n" +
        "S-001,MSC,-1,10^6 cells/kg,2016-08-02\n" +      // negative dose
        "S-099,ETANERCEPT,50,mg,2016-08-04\n" +          // unknown subject
        "S-002,ETANERCEPT,50,mg,2016-08-04\n";

    private static readonly string Adeff = Samples.MiniAdeff
        .Replace("S-001,TOTBPAIN,0,Baseline,7.0", "S-001,TOTBPAIN,0,Baseline,17")   // out of range
        .Replace("S-002,TOTBPAIN,0,Baseline,6.8", "S-002,TOTBPAIN,0,Baseline,x");   // not a number

    private static readonly string Adae = Samples.MiniAdae.Replace(",MILD,", ",MILDISH,"); // not a severity

    private static TrialDataException Load(int maxProblems) => Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(
        new StringReader(Samples.MiniAdsl), new StringReader(Adeff), new StringReader(Adae), new StringReader(Adex),
        LoadOptions.Default with { MaxProblems = maxProblems }));

    [Fact]
    public void Every_problem_in_file_then_line_order()
    {
        var e = Load(100);
        Assert.Equal(
            [("adeff.csv", 3L, "AVAL"), ("adeff.csv", 5L, "AVAL"), ("adae.csv", 2L, "AESEV"), ("adex.csv", 2L, "EXDOSE"), ("adex.csv", 3L, "USUBJID")],
            e.Problems.Select(p => (p.File, p.Line, p.Column)));
        Assert.Equal(0, e.UnlistedProblems);
    }

    [Fact]
    public void The_limit_keeps_the_first_problems_found_in_file_order()
    {
        // Read one after the other, the first three found are adeff's two and adae's; adex's two are counted, not listed.
        var e = Load(3);
        Assert.Equal([("adeff.csv", 3L), ("adeff.csv", 5L), ("adae.csv", 2L)], e.Problems.Select(p => (p.File, p.Line)));
        Assert.Equal(2, e.UnlistedProblems);
    }

    [Fact]
    public void Files_are_listed_in_file_order()
    {
        var d = TrialDataLoader.LoadFolder(Samples.Root);
        Assert.Equal(["adsl.csv", "adeff.csv", "adae.csv", "adex.csv"], d.SourceFiles.Select(f => f.Name));
    }
}
