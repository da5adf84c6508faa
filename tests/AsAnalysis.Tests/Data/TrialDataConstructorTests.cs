using AsAnalysis.Data;
using AsAnalysis.Data.Conversion;

namespace AsAnalysis.Tests.Data;

/// <summary>
/// The public <see cref="TrialData"/> constructor keeps the invariants its documentation promises by the loader's rules:
/// each broken rule is rejected with the loader's exception and problems (file, line, column, value and reason the same
/// when the records carry the lines they have in the CSV files the loader reads).
/// </summary>
public class TrialDataConstructorTests
{
    private const string AdslHeader = "USUBJID,TRT01P,ITTFL,SAFFL\n";
    private const string AdeffHeader = "USUBJID,PARAMCD,AVISITN,AVAL\n";

    /// <summary>The subject the adsl line <c>id,arm,Y,Y</c> at <paramref name="line"/> loads as.</summary>
    private static Subject Subject(string id, string arm, long line) =>
        new() { UsubjId = id, PlannedArm = arm, ActualArm = arm, Itt = true, Safety = true, Source = new SourceLocation("adsl.csv", line) };

    /// <summary>The record the adeff line <c>id,code,week,value</c> at <paramref name="line"/> loads as (or without a source for line 0).</summary>
    private static Assessment Record(string id, string code, decimal week, decimal value, long line = 0) =>
        new() { UsubjId = id, ParamCd = code, VisitWeek = week, Value = value, Source = line == 0 ? null : new SourceLocation("adeff.csv", line) };

    private static TrialDataException LoaderFails(string adsl, string? adeff = null, string? adae = null, string? adex = null) =>
        Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(new StringReader(adsl), Reader(adeff), Reader(adae), Reader(adex)));

    private static StringReader? Reader(string? text) => text is null ? null : new StringReader(text);

    private static void RejectedAsByTheLoader(TrialDataException loader, Func<TrialData> construct)
    {
        var e = Assert.Throws<TrialDataException>(construct);
        Assert.Equal(loader.Problems, e.Problems);
        Assert.Equal(loader.UnlistedProblems, e.UnlistedProblems);
        Assert.Equal(loader.Message, e.Message);
    }

    [Fact]
    public void A_duplicate_usubjid_is_rejected_as_the_loader_rejects_it()
    {
        var loader = LoaderFails(AdslHeader + "S1,A,Y,Y\nS2,B,Y,Y\nS1,A,Y,Y\n");
        Assert.Equal(new DataProblem("adsl.csv", 4, "USUBJID", "S1", "duplicate USUBJID: the subject is already on line 2"), Assert.Single(loader.Problems));
        RejectedAsByTheLoader(loader, () => new TrialData([Subject("S1", "A", 2), Subject("S2", "B", 3), Subject("S1", "A", 4)]));
    }

    [Theory]
    [InlineData("adeff")]
    [InlineData("adae")]
    [InlineData("adex")]
    public void A_record_of_an_unknown_subject_is_rejected_as_the_loader_rejects_it(string table)
    {
        var adsl = AdslHeader + "S1,A,Y,Y\nS2,B,Y,Y\n";
        Subject[] subjects = [Subject("S1", "A", 2), Subject("S2", "B", 3)];
        var (loader, construct) = table switch
        {
            "adeff" => (LoaderFails(adsl, adeff: AdeffHeader + "S1,CRP,0,1\nS9,CRP,0,2\n"),
                () => new TrialData(subjects, [Record("S1", "CRP", 0m, 1m, 2), Record("S9", "CRP", 0m, 2m, 3)])),
            "adae" => (LoaderFails(adsl, adae: "USUBJID,AEBODSYS,AEDECOD,AESEV,AESER\nS9,Infections,Nasopharyngitis,MILD,N\n"),
                () => new TrialData(subjects, adverseEvents:
                [
                    new AdverseEvent { UsubjId = "S9", Soc = "Infections", Pt = "Nasopharyngitis", Severity = AeSeverity.Mild, Serious = false, Source = new("adae.csv", 2) },
                ])),
            _ => (LoaderFails(adsl, adex: "USUBJID,EXTRT\nS1,MSC\nS9,MSC\n"),
                (Func<TrialData>)(() => new TrialData(subjects, exposures:
                [
                    new ExposureRecord { UsubjId = "S1", Treatment = "MSC", Source = new("adex.csv", 2) },
                    new ExposureRecord { UsubjId = "S9", Treatment = "MSC", Source = new("adex.csv", 3) },
                ]))),
        };
        var problem = Assert.Single(loader.Problems);
        Assert.Equal(("USUBJID", "S9", "unknown subject: not in adsl.csv"), (problem.Column, problem.Value, problem.Reason));
        RejectedAsByTheLoader(loader, construct);
    }

    [Fact]
    public void A_second_efficacy_record_of_a_subject_parameter_and_visit_is_rejected_as_the_loader_rejects_it()
    {
        // Codes compare ignoring case and visits by value: crp at 12.0 repeats CRP at 12.
        var loader = LoaderFails(AdslHeader + "S1,A,Y,Y\nS2,B,Y,Y\n", AdeffHeader + "S1,CRP,12,1\nS2,CRP,12,1\nS1,crp,12.0,2\n");
        Assert.Equal(new DataProblem("adeff.csv", 4, "PARAMCD", "CRP", "duplicate record: subject S1, AVISITN 12 already has CRP on line 2"), Assert.Single(loader.Problems));
        RejectedAsByTheLoader(loader, () => new TrialData([Subject("S1", "A", 2), Subject("S2", "B", 3)],
            [Record("S1", "CRP", 12m, 1m, 2), Record("S2", "CRP", 12m, 1m, 3), Record("S1", "crp", 12.0m, 2m, 4)]));
    }

    [Theory]
    [MemberData(nameof(BadInputTests.BitmapLimits), MemberType = typeof(BadInputTests))]
    public void Records_interleaved_across_subjects_are_checked_as_the_loader_checks_them(long? bitmapLimit)
    {
        // 1,600 records P0..P399 at AVISITN 0 for four subjects in turn (more than 1000 returns to a subject: the
        // bitmap path of the duplicate check), then two duplicates.
        string[] ids = ["S1", "S2", "S3", "S4"];
        var adeff = new System.Text.StringBuilder(AdeffHeader);
        var records = new List<Assessment>();
        for (var k = 0; k < 400; k++)
            foreach (var id in ids)
            {
                adeff.Append(id).Append(",P").Append(k).Append(",0,1\n");
                records.Add(Record(id, "P" + k, 0m, 1m, records.Count + 2));
            }
        adeff.Append("S3,P7,0.0,2\nS2,P399,0,2\n");
        records.Add(Record("S3", "P7", 0.0m, 2m, 1602));
        records.Add(Record("S2", "P399", 0m, 2m, 1603));
        Subject[] subjects = [Subject("S1", "A", 2), Subject("S2", "B", 3), Subject("S3", "A", 4), Subject("S4", "B", 5)];
        DuplicateRecordFinder.BitmapLimitOverride = bitmapLimit;
        try
        {
            var loader = LoaderFails(AdslHeader + "S1,A,Y,Y\nS2,B,Y,Y\nS3,A,Y,Y\nS4,B,Y,Y\n", adeff.ToString());
            Assert.Equal(
            [
                "duplicate record: subject S3, AVISITN 0 already has P7 on line 32",
                "duplicate record: subject S2, AVISITN 0 already has P399 on line 1599",
            ], loader.Problems.Select(p => p.Reason));
            RejectedAsByTheLoader(loader, () => new TrialData(subjects, records));
        }
        finally
        {
            DuplicateRecordFinder.BitmapLimitOverride = null;
        }
    }

    [Fact]
    public void Records_without_a_source_are_named_by_argument_and_number()
    {
        static Subject S(string id) => new() { UsubjId = id, PlannedArm = "A", ActualArm = "A", Itt = true, Safety = true };
        var e = Assert.Throws<TrialDataException>(() => new TrialData([S("S1"), S("S2"), S("S1")],
            [Record("S1", "CRP", 0m, 1m), Record("S9", "CRP", 0m, 1m), Record("S1", "crp", 0.0m, 2m)],
            [new AdverseEvent { UsubjId = "S8", Soc = "Infections", Pt = "Nasopharyngitis" }],
            [new ExposureRecord { UsubjId = "S2", Treatment = "MSC" }, new ExposureRecord { UsubjId = "S7", Treatment = "MSC" }]));
        Assert.Equal(
        [
            new DataProblem("subjects", 3, "USUBJID", "S1", "duplicate USUBJID: the subject is already on line 1"),
            new DataProblem("assessments", 2, "USUBJID", "S9", "unknown subject: not in subjects"),
            new DataProblem("assessments", 3, "PARAMCD", "CRP", "duplicate record: subject S1, AVISITN 0 already has CRP on line 1"),
            new DataProblem("adverseEvents", 1, "USUBJID", "S8", "unknown subject: not in subjects"),
            new DataProblem("exposures", 2, "USUBJID", "S7", "unknown subject: not in subjects"),
        ], e.Problems);
    }

    [Fact]
    public void A_null_record_is_an_argument_error()
    {
        var s = Subject("S1", "A", 2);
        Assert.Equal("subjects", Assert.Throws<ArgumentNullException>(() => new TrialData([s, null!])).ParamName);
        Assert.Equal("assessments", Assert.Throws<ArgumentNullException>(() => new TrialData([s], [null!])).ParamName);
        Assert.Equal("adverseEvents", Assert.Throws<ArgumentNullException>(() => new TrialData([s], adverseEvents: [null!])).ParamName);
        Assert.Equal("exposures", Assert.Throws<ArgumentNullException>(() => new TrialData([s], exposures: [null!])).ParamName);
        Assert.Throws<ArgumentNullException>(() => new TrialData(null!));
    }
}
