namespace AsAnalysis.Tests.Data;

/// <summary>Paths of the sample exports copied next to the test assembly (see the test csproj).</summary>
internal static class Samples
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "data-samples");
    public static string Bad(string name) => Path.Combine(Root, "bad", name);
    public static string ColumnMapped => Path.Combine(Root, "column-mapped");

    /// <summary>The base of the bad/ cases: a valid 4-subject export (bad/... folders each break one thing).</summary>
    public const string MiniAdsl =
        "USUBJID,SITEID,TRT01P,TRT01A,ITTFL,SAFFL,PPROTFL,TRTSDT,TRTEDT,AGE,SEX,STRAT1\n" +
        "S-001,101,MSC,MSC,Y,Y,Y,2016-08-01,2016-10-17,34,M,CRP >= 10 mg/L\n" +
        "S-002,101,Etanercept,Etanercept,Y,Y,Y,2016-08-03,2016-10-19,41,F,CRP < 10 mg/L\n" +
        "S-003,102,MSC,MSC,Y,Y,N,2016-08-10,2016-09-07,29,M,CRP < 10 mg/L\n" +
        "S-004,102,Etanercept,Etanercept,Y,Y,Y,2016-08-12,2016-10-28,38,M,CRP >= 10 mg/L\n";

    public const string MiniAdeff =
        "USUBJID,PARAMCD,AVISITN,AVISIT,AVAL\n" +
        "S-001,PTGLOBAL,0,Baseline,6.5\n" +
        "S-001,TOTBPAIN,0,Baseline,7.0\n" +
        "S-002,PTGLOBAL,0,Baseline,7.1\n" +
        "S-002,TOTBPAIN,0,Baseline,6.8\n";

    public const string MiniAdae =
        "USUBJID,AEBODSYS,AEDECOD,ASTDT,AESEV,AESER,AEREL,AEACN,TRTEMFL\n" +
        "S-001,General disorders and administration site conditions,Infusion site reaction,2016-08-02,MILD,N,RELATED,DOSE NOT CHANGED,Y\n";
}
