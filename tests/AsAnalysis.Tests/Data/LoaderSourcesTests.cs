using System.Text;
using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data;

public class LoaderSourcesTests
{
    private static readonly string[] Names = ["adsl", "adeff", "adae", "adex"];

    /// <summary>The records without their source locations, for comparing data read from different sources.</summary>
    internal static object[] Content(TrialData d) =>
    [
        .. d.Subjects.Select(s => (object)(s with { Source = null })),
        .. d.Assessments.Select(a => (object)(a with { Source = null })),
        .. d.AdverseEvents.Select(e => (object)(e with { Source = null })),
        .. d.Exposures.Select(x => (object)(x with { Source = null })),
    ];

    [Fact]
    public void Text_readers_give_the_same_data_as_the_folder()
    {
        var folder = TrialDataLoader.LoadFolder(Samples.Root);
        var readers = Names.Select(n => new StringReader(File.ReadAllText(Path.Combine(Samples.Root, n + ".csv")))).ToArray();
        var fromText = TrialDataLoader.Load(readers[0], readers[1], readers[2], readers[3]);
        Assert.Equal(Content(folder), Content(fromText));
        Assert.Equal(folder.Assessments.Select(a => a.Source), fromText.Assessments.Select(a => a.Source)); // same names and lines
        Assert.All(fromText.SourceFiles, f => Assert.Equal("", f.Sha256));
    }

    [Fact]
    public void Streams_give_the_same_data_and_stay_open()
    {
        var folder = TrialDataLoader.LoadFolder(Samples.Root);
        var streams = Names.Select(n => new MemoryStream(File.ReadAllBytes(Path.Combine(Samples.Root, n + ".csv")))).ToArray();
        var fromStreams = TrialDataLoader.Load(streams[0], streams[1], streams[2], streams[3]);
        Assert.Equal(Content(folder), Content(fromStreams));
        Assert.All(streams, s => Assert.True(s.CanRead));
    }

    [Fact]
    public void Bom_crlf_quotes_blank_lines_padding_and_unknown_columns_are_handled()
    {
        var adsl = "\uFEFF USUBJID ,Trt01p,EXTRA,ittfl,SAFFL\r\n" +
                   "\"S-001\",\"MSC, bone marrow\",\"a \"\"quoted\"\" value\",Y,y\r\n" +
                   "\r\n" +
                   "S-002 , Etanercept ,\"line\r\nbreak\",n,Y\r\n";
        var adeff = "USUBJID,PARAMCD,AVISITN,AVAL\r\nS-002,crp,0,\"12.5\"\r\n";
        var data = TrialDataLoader.Load(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(adsl[1..])).ToArray()),
            new MemoryStream(Encoding.UTF8.GetBytes(adeff)), null);
        Assert.Equal(["S-001", "S-002"], data.Subjects.Select(s => s.UsubjId));
        Assert.Equal("MSC, bone marrow", data.Subjects[0].PlannedArm);
        Assert.Equal("Etanercept", data.Subjects[1].PlannedArm);
        Assert.False(data.Subjects[1].Itt);
        Assert.True(data.Subjects[0].Safety);
        Assert.Equal(new SourceLocation("adsl.csv", 4), data.Subjects[1].Source); // the blank line 3 counts
        Assert.Equal("CRP", data.Assessments[0].ParamCd);
        Assert.Equal(12.5m, data.Assessments[0].Value);
    }

    [Fact]
    public void A_quoted_line_break_counts_in_the_line_numbers_of_problems()
    {
        var adsl = Samples.MiniAdsl.Replace("S-002,101,", "S-002,\"10\n1\",");
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(new StringReader(adsl.Replace("S-003,102,MSC,MSC,Y", "S-003,102,MSC,MSC,Q")), null, null));
        Assert.Equal(("adsl.csv", 5L, "ITTFL", "Q"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column, e.Problems[0].Value));
    }

    [Fact]
    public void Column_mapped_export_loads_with_a_map()
    {
        var map = new Dictionary<string, string>
        {
            ["subject_id"] = "USUBJID", ["ARM"] = "TRT01P", ["ACTUAL_ARM"] = "TRT01A", ["ITT"] = "ITTFL", ["SAFETY"] = "SAFFL",
            ["PP"] = "PPROTFL", ["FIRST_DOSE"] = "TRTSDT", ["LAST_DOSE"] = "TRTEDT", ["AGE_YEARS"] = "AGE", ["STRATUM"] = "strat1",
            ["PARAMETER"] = "PARAMCD", ["WEEK"] = "AVISITN", ["VISIT_LABEL"] = "AVISIT", ["RESULT"] = "AVAL",
            ["BODY_SYSTEM"] = "AEBODSYS", ["PREFERRED_TERM"] = "AEDECOD", ["ONSET"] = "ASTDT", ["SEVERITY"] = "AESEV",
            ["SERIOUS"] = "AESER", ["CAUSALITY"] = "AEREL", ["ACTION"] = "AEACN", ["EMERGENT"] = "TRTEMFL",
        };
        var mapped = TrialDataLoader.LoadFolder(Samples.ColumnMapped, LoadOptions.Default with { ColumnMap = map });
        // The same rows under canonical headers load without a map to the same records.
        string Canonical(string file, string header) =>
            header + "\n" + string.Join("\n", File.ReadAllLines(Path.Combine(Samples.ColumnMapped, file)).Skip(1)) + "\n";
        var canonical = TrialDataLoader.Load(
            new StringReader(Canonical("adsl.csv", "USUBJID,SITEID,TRT01P,TRT01A,ITTFL,SAFFL,PPROTFL,TRTSDT,TRTEDT,AGE,SEX,STRAT1")),
            new StringReader(Canonical("adeff.csv", "USUBJID,PARAMCD,AVISITN,AVISIT,AVAL")),
            new StringReader(Canonical("adae.csv", "USUBJID,AEBODSYS,AEDECOD,ASTDT,AESEV,AESER,AEREL,AEACN,TRTEMFL")));
        Assert.Equal(4, mapped.Subjects.Count);
        Assert.Equal(24, mapped.Assessments.Count);
        Assert.Equal(3, mapped.AdverseEvents.Count);
        Assert.Equal("CRP >= 10 mg/L", mapped.Subjects[0].Stratum);
        Assert.Equal(new DateOnly(2016, 8, 1), mapped.Subjects[0].TreatmentStart);
        Assert.Equal(AeSeverity.Moderate, mapped.AdverseEvents[1].Severity);
        Assert.Equal(Content(canonical), Content(mapped));

        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(Samples.ColumnMapped));
        Assert.Contains(e.Problems, p => p is { File: "adsl.csv", Line: 1, Column: "USUBJID" });
        Assert.Contains(e.Problems, p => p is { File: "adeff.csv", Line: 1, Column: "AVISITN" });
    }

    [Fact]
    public void Column_map_rejects_blank_and_duplicate_entries()
    {
        Assert.Throws<ArgumentException>(() => LoadOptions.Default with { ColumnMap = new Dictionary<string, string> { [" "] = "USUBJID" } });
        Assert.Throws<ArgumentException>(() => LoadOptions.Default with { ColumnMap = new Dictionary<string, string> { ["ID"] = "" } });
        Assert.Throws<ArgumentException>(() => LoadOptions.Default with { ColumnMap = new Dictionary<string, string> { ["id"] = "USUBJID", ["ID"] = "USUBJID" } });
    }

    [Fact]
    public void Two_headers_mapped_to_one_column_are_a_problem()
    {
        var options = LoadOptions.Default with { ColumnMap = new Dictionary<string, string> { ["SITEID"] = "USUBJID" } };
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(new StringReader(Samples.MiniAdsl), null, null, null, options));
        Assert.Equal(("adsl.csv", 1L, "USUBJID", "SITEID"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column, e.Problems[0].Value));
        Assert.Contains("after applying the column map", e.Problems[0].Reason);
    }
}
