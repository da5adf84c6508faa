using AsAnalysis.Data;
using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>SAS transport files through the folder loader: same validation and messages as CSV.</summary>
public class XptLoaderTests
{
    private static string Sample(string name) => Path.Combine(Samples.Root, name);

    private static readonly LoadOptions ThreeArms = LoadOptions.Default with { RequiredArmCount = 3 };

    [Fact]
    public void TheHookIsTheXptReader() => Assert.IsType<XptTableReader>(TableReaders.Xpt);

    // ---- the CDISC pilot (R 4.2.2, foreign 0.8.84: adsl <- read.xport("adsl.xpt"); adae <- read.xport("adae.xpt")) ----

    [CdiscPilotFact]
    public void CdiscPilotLoadsAsASafetyOnlyExport()
    {
        var data = TrialDataLoader.LoadFolder(SharedData.CdiscPilot!, ThreeArms);
        Assert.Equal(254, data.Subjects.Count);          // R: nrow(adsl) 254
        Assert.Equal(1191, data.AdverseEvents.Count);    // R: nrow(adae) 1191
        Assert.Empty(data.Assessments);
        // R: table(adsl$TRT01A) -> Placebo 86, Xanomeline High Dose 84, Xanomeline Low Dose 84
        Assert.Equal(["Placebo", "Xanomeline High Dose", "Xanomeline Low Dose"], data.ActualArms);
        Assert.Equal(86, data.Subjects.Count(s => s.ActualArm == "Placebo"));
        Assert.Equal(84, data.Subjects.Count(s => s.ActualArm == "Xanomeline Low Dose"));
        Assert.All(data.Subjects, s => Assert.True(s.Safety && s.Itt));    // R: table(adsl$SAFFL), table(adsl$ITTFL) -> Y 254
        Assert.Equal(3, data.Subjects.Count(s => s.Died == true));           // R: table(adsl$DTHFL) -> "" 251, Y 3
        Assert.Equal(144, data.Subjects.Count(s => s.EndOfStudyStatus == "DISCONTINUED")); // R: table(adsl$EOSSTT) -> COMPLETED 110, DISCONTINUED 144

        var s1 = data.Subjects[0];
        Assert.Equal("01-701-1015", s1.UsubjId);
        Assert.Equal("Placebo", s1.PlannedArm);
        Assert.Equal(new DateOnly(2014, 1, 2), s1.TreatmentStart); // R: as.Date(19725, origin = "1960-01-01") -> "2014-01-02"
        Assert.Equal(new DateOnly(2014, 7, 2), s1.TreatmentEnd);   // R: as.Date(19906, origin = "1960-01-01") -> "2014-07-02"
        Assert.Equal(63m, s1.Age);                                  // R: adsl$AGE[1] -> 63
        Assert.Equal(new SourceLocation("adsl.xpt", 1), s1.Source);

        var ae = data.AdverseEvents[0];
        Assert.Equal("01-701-1015", ae.UsubjId);
        Assert.Equal("GENERAL DISORDERS AND ADMINISTRATION SITE CONDITIONS", ae.Soc);
        Assert.Equal("APPLICATION SITE ERYTHEMA", ae.Pt);
        Assert.Equal(new DateOnly(2014, 1, 3), ae.StartDate);       // R: as.Date(19726, origin = "1960-01-01") -> "2014-01-03"
        Assert.Equal(AeSeverity.Mild, ae.Severity);
        Assert.False(ae.Serious);
        Assert.Equal("PROBABLE", ae.Relationship);
        Assert.Null(ae.ActionTaken);                                 // AEACN is blank throughout the pilot
        Assert.True(ae.TreatmentEmergentFlag);
        Assert.Equal(new SourceLocation("adae.xpt", 1), ae.Source);
        Assert.Equal(new SourceLocation("adae.xpt", 1191), data.AdverseEvents[^1].Source);

        Assert.Equal(11, data.AdverseEvents.Count(e => e.StartDate is null));       // R: sum(is.na(adae$ASTDT)) -> 11
        Assert.Equal(65, data.AdverseEvents.Count(e => e.TreatmentEmergentFlag is null)); // R: table(adae$TRTEMFL) -> "" 65, Y 1126
        Assert.Equal(3, data.AdverseEvents.Count(e => e.Serious == true));          // R: table(adae$AESER) -> N 1188, Y 3
        Assert.Equal(704, data.AdverseEvents.Count(e => e.IsRelated == true));      // R: sum(adae$AEREL %in% c("POSSIBLE","PROBABLE")) -> 704
        Assert.Equal(["adsl.xpt", "adae.xpt"], data.SourceFiles.Select(f => f.Name));
        Assert.Equal([254, 1191], data.SourceFiles.Select(f => f.Records));
        Assert.All(data.SourceFiles, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
    }

    [CdiscPilotFact]
    public void CdiscPilotTreatmentEmergentSubjectsPerArmMatchR()
    {
        // R: saf <- adsl[adsl$SAFFL == "Y", ]; m <- merge(adae, saf[, c("USUBJID","TRT01A")], by = "USUBJID")
        //    te <- m[m$TRTEMFL == "Y", ]; tapply(te$USUBJID, te$TRT01A, function(x) length(unique(x)))
        //    -> Placebo 65, Xanomeline High Dose 76, Xanomeline Low Dose 77;  table(te$TRT01A) -> 281 433 412
        var data = TrialDataLoader.LoadFolder(SharedData.CdiscPilot!, ThreeArms);
        var arm = data.Subjects.Where(s => s.Safety).ToDictionary(s => s.UsubjId, s => s.ActualArm);
        var te = data.AdverseEvents.Where(e => e.TreatmentEmergentFlag == true && arm.ContainsKey(e.UsubjId)).ToArray();
        int Subjects(string a) => te.Where(e => arm[e.UsubjId] == a).Select(e => e.UsubjId).Distinct().Count();
        int Events(string a) => te.Count(e => arm[e.UsubjId] == a);
        Assert.Equal((65, 76, 77), (Subjects("Placebo"), Subjects("Xanomeline High Dose"), Subjects("Xanomeline Low Dose")));
        Assert.Equal((281, 433, 412), (Events("Placebo"), Events("Xanomeline High Dose"), Events("Xanomeline Low Dose")));
    }

    [CdiscPilotFact]
    public void CdiscPilotWithTheTwoArmDefaultNamesTheThirdArm()
    {
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(SharedData.CdiscPilot!));
        var p = Assert.Single(e.Problems);
        // R: i <- which(!duplicated(adsl$TRT01P)) -> 1 3 4; adsl$TRT01P[i] -> Placebo, Xanomeline High Dose, Xanomeline Low Dose
        Assert.Equal(("adsl.xpt", 4L, "TRT01P", "Xanomeline Low Dose"), (p.File, p.Line, p.Column, p.Value));
        Assert.Contains("3 planned arms", p.Reason);
    }

    // ---- the synthetic sample as transport files ----

    private static void AssertSameData(TrialData expected, TrialData actual)
    {
        Assert.Equal(expected.Subjects.Select(s => s with { Source = null }), actual.Subjects.Select(s => s with { Source = null }));
        Assert.Equal(expected.Assessments.Select(s => s with { Source = null }), actual.Assessments.Select(s => s with { Source = null }));
        Assert.Equal(expected.AdverseEvents.Select(s => s with { Source = null }), actual.AdverseEvents.Select(s => s with { Source = null }));
        Assert.Equal(expected.Exposures.Select(s => s with { Source = null }), actual.Exposures.Select(s => s with { Source = null }));
    }

    [Fact]
    public void AFolderMixingCsvAndXptLoadsTheSameData()
    {
        var csv = TrialDataLoader.LoadFolder(Samples.Root);
        using var dir = new TempDir();
        File.Copy(Sample("adsl.csv"), dir.File("adsl.csv"));
        File.WriteAllBytes(dir.File("adeff.xpt"), SampleXpt.FromCsv(Sample("adeff.csv")));
        File.WriteAllBytes(dir.File("ADAE.XPT"), SampleXpt.FromCsv(Sample("adae.csv")));
        File.Copy(Sample("adex.csv"), dir.File("adex.csv"));
        var mixed = TrialDataLoader.LoadFolder(dir.Path);
        AssertSameData(csv, mixed);
        Assert.Equal(["adsl.csv", "adeff.xpt", "ADAE.XPT", "adex.csv"], mixed.SourceFiles.Select(f => f.Name));
        // CSV lines count the header (data start on line 2); XPT records are observation numbers.
        Assert.Equal(new SourceLocation("adsl.csv", 2), mixed.Subjects[0].Source);
        Assert.Equal(new SourceLocation("adeff.xpt", 1), mixed.Assessments[0].Source);
        Assert.Equal(new SourceLocation("adeff.xpt", 9702), mixed.Assessments[^1].Source);
        Assert.Equal(new SourceLocation("ADAE.XPT", 64), mixed.AdverseEvents[^1].Source);
    }

    [Fact]
    public void AnAllXptExportLoadsTheSameDataAsItsCsv()
    {
        var csv = TrialDataLoader.LoadFolder(Samples.Root);
        using var dir = new TempDir();
        foreach (var name in new[] { "adsl", "adeff", "adae", "adex" })
            File.WriteAllBytes(dir.File(name + ".xpt"), SampleXpt.FromCsv(Sample(name + ".csv")));
        var xpt = TrialDataLoader.LoadFolder(dir.Path);
        AssertSameData(csv, xpt);
        Assert.Equal(54, xpt.Assessments.Count(a => a.Value is null)); // data-samples/README.md: 54 empty AVAL
    }

    [Fact]
    public void BadXptValuesAreReportedLikeCsvOnesWithTheRecordNumber()
    {
        using var dir = new TempDir();
        File.Copy(Sample("adsl.csv"), dir.File("adsl.csv"));
        File.WriteAllBytes(dir.File("adeff.xpt"), SampleXpt.FromCsv(Sample("adeff.csv"), (i, row) =>
        {
            if (i == 4) row[7] = 11.0;                 // observation 5: AVAL (variable 8) of a BASDAI item
            if (i == 9) row[0] = "NOBODY";             // observation 10: USUBJID
            if (i == 11) row[7] = new Missing('A');    // observation 12: special missing .A = missing value
        }));
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(dir.Path));
        Assert.Equal(2, e.Problems.Count);
        Assert.Equal("adeff.xpt:5, column AVAL, value '11': outside 0-10 for the rating scale BASDAI05 (if it is a 0-100 VAS, list it in LoadOptions.VasParameters)", e.Problems[0].ToString());
        Assert.Equal("adeff.xpt:10, column USUBJID, value 'NOBODY': unknown subject: not in adsl.csv", e.Problems[1].ToString());
    }

    [Fact]
    public void SpecialMissingValuesLoadAsMissing()
    {
        var csv = TrialDataLoader.LoadFolder(Samples.Root);
        using var dir = new TempDir();
        File.Copy(Sample("adsl.csv"), dir.File("adsl.csv"));
        File.WriteAllBytes(dir.File("adeff.xpt"), SampleXpt.FromCsv(Sample("adeff.csv"), (i, row) =>
        {
            if (i == 0) row[7] = new Missing('A');
            if (i == 1) row[7] = new Missing('_');
            if (i == 2) row[5] = new Missing('Z');     // ADY
        }));
        var data = TrialDataLoader.LoadFolder(dir.Path);
        Assert.Null(data.Assessments[0].Value);
        Assert.Null(data.Assessments[1].Value);
        Assert.Null(data.Assessments[2].StudyDay);
        Assert.Equal(csv.Assessments[2].Value, data.Assessments[2].Value);
        Assert.Equal(csv.Assessments.Count, data.Assessments.Count);
    }

    [Fact]
    public void ADamagedXptFileIsReportedWithTheOtherFilesProblems()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("adsl.csv"), Samples.MiniAdsl.Replace("S-003,102,MSC,MSC,Y", "S-003,102,MSC,MSC,X"));
        var bytes = SampleXpt.FromCsv(Sample("adae.csv"));
        File.WriteAllBytes(dir.File("adae.xpt"), bytes[..^100]);
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(dir.Path));
        Assert.Equal(2, e.Problems.Count);
        Assert.Equal(("adsl.csv", 4L, "ITTFL", "X"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column, e.Problems[0].Value));
        Assert.Equal("adae.xpt", e.Problems[1].File);
        Assert.Contains("truncated", e.Problems[1].Reason);
    }

    [Fact]
    public void MissingRequiredVariableNamesTheXptFileWithoutALine()
    {
        using var dir = new TempDir();
        File.Copy(Sample("adsl.csv"), dir.File("adsl.csv"));
        var member = SampleXpt.Member(Sample("adae.csv"));
        var without = member with
        {
            Variables = member.Variables.Where(v => v.Name != "AESEV").ToArray(),
            Rows = member.Rows.Select(r => r.Where((_, i) => member.Variables[i].Name != "AESEV").ToArray()).ToArray(),
        };
        File.WriteAllBytes(dir.File("adae.xpt"), XptTestWriter.WriteLibrary(without));
        var p = Assert.Single(Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(dir.Path)).Problems);
        Assert.Equal(("adae.xpt", 0L, "AESEV"), (p.File, p.Line, p.Column));
        Assert.StartsWith("required column AESEV is missing", p.Reason);
    }
}
