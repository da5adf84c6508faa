using System.Security.Cryptography;
using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data;

public class SampleDataTests
{
    private static readonly TrialData Data = TrialDataLoader.LoadFolder(Samples.Root);

    private static int DataLines(string file) => File.ReadAllLines(Path.Combine(Samples.Root, file)).Length - 1; // no quoted line breaks in the samples

    [Fact]
    public void Every_row_of_every_file_is_loaded()
    {
        Assert.Equal(DataLines("adsl.csv"), Data.Subjects.Count);
        Assert.Equal(DataLines("adeff.csv"), Data.Assessments.Count);
        Assert.Equal(DataLines("adae.csv"), Data.AdverseEvents.Count);
        Assert.Equal(DataLines("adex.csv"), Data.Exposures.Count);
        // The committed sample (data-samples/README.md): 60 subjects, 9702 assessments, 64 AEs, 1662 administrations.
        Assert.Equal([60, 9702, 64, 1662], new[] { Data.Subjects.Count, Data.Assessments.Count, Data.AdverseEvents.Count, Data.Exposures.Count });
    }

    [Fact]
    public void Two_arms_of_thirty_subjects()
    {
        Assert.Equal(["Etanercept", "MSC"], Data.PlannedArms);
        Assert.All(Data.PlannedArms, arm => Assert.Equal(30, Data.Subjects.Count(s => s.PlannedArm == arm)));
        Assert.All(Data.Subjects, s => Assert.True(s.Itt));
    }

    [Fact]
    public void All_visits_and_parameters_are_present()
    {
        Assert.Equal([0m, 2m, 4m, 8m, 12m, 24m, 36m, 48m], Data.Assessments.Select(a => a.VisitWeek).Distinct().Order());
        var expected = ParamCodes.All.Where(p => p is not ParamCodes.Basdai and not ParamCodes.Basfi).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Data.Assessments.Select(a => a.ParamCd).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(Data.Assessments, a => a.Value is null); // intermittent missing items are kept as missing
    }

    [Fact]
    public void Values_are_exact_decimals_with_their_source_line()
    {
        // adeff.csv line 2: MSCAS-103-0001,BASDAI01,...,0,Baseline,1,2016-08-06,<AVAL>
        var line2 = File.ReadLines(Path.Combine(Samples.Root, "adeff.csv")).Skip(1).First().Split(',');
        var first = Data.Assessments[0];
        Assert.Equal(line2[0], first.UsubjId);
        Assert.Equal(line2[1], first.ParamCd);
        Assert.Equal(decimal.Parse(line2[^1], System.Globalization.CultureInfo.InvariantCulture), first.Value);
        Assert.Equal(new SourceLocation("adeff.csv", 2), first.Source);
        Assert.Equal(0m, first.VisitWeek);
        Assert.Equal("Baseline", first.VisitLabel);
        Assert.Equal(1, first.StudyDay);
    }

    [Fact]
    public void A_subject_is_randomized_but_never_treated()
    {
        var untreated = Assert.Single(Data.Subjects, s => !s.Safety);
        Assert.True(untreated.Itt);
        Assert.Null(untreated.TreatmentStart);
        Assert.Equal(untreated.PlannedArm, untreated.ActualArm); // TRT01A empty: defaults to TRT01P
        Assert.DoesNotContain(Data.Exposures, x => x.UsubjId == untreated.UsubjId);
        Assert.All(Data.Assessments.Where(a => a.UsubjId == untreated.UsubjId), a => Assert.Equal(0m, a.VisitWeek));
    }

    [Fact]
    public void Adverse_events_include_pre_treatment_serious_and_withdrawal_cases()
    {
        var start = Data.Subjects.ToDictionary(s => s.UsubjId, s => s.TreatmentStart);
        var pre = Data.AdverseEvents.Where(e => e.TreatmentEmergentFlag == false).ToArray();
        Assert.NotEmpty(pre);
        Assert.All(pre, e => Assert.True(e.StartDate < start[e.UsubjId]));
        Assert.All(Data.AdverseEvents.Where(e => e.TreatmentEmergentFlag == true), e => Assert.True(e.StartDate >= start[e.UsubjId]));
        Assert.Contains(Data.AdverseEvents, e => e.Serious == true);
        Assert.Contains(Data.AdverseEvents, e => e.LedToDiscontinuation);
        Assert.Equal([AeSeverity.Mild, AeSeverity.Moderate, AeSeverity.Severe], Data.AdverseEvents.Select(e => e.Severity!.Value).Distinct().Order());
        Assert.Contains(Data.AdverseEvents, e => e.IsRelated == true);
        Assert.Contains(Data.AdverseEvents, e => e.IsRelated == false);
    }

    [Fact]
    public void Exposure_follows_the_two_schedules()
    {
        var arm = Data.Subjects.ToDictionary(s => s.UsubjId, s => s.ActualArm);
        Assert.All(Data.Exposures, x => Assert.Equal(arm[x.UsubjId] == "MSC" ? "MSC" : "ETANERCEPT", x.Treatment));
        // MSC: 16 infusions at most (8 in 12 weeks, second course after 3 months); Etanercept: 48 weekly injections at most.
        Assert.All(Data.Exposures.GroupBy(x => x.UsubjId), g => Assert.InRange(g.Count(), 1, arm[g.Key] == "MSC" ? 16 : 48));
        Assert.All(Data.Exposures.Where(x => x.Treatment == "ETANERCEPT"), x => Assert.Equal(50m, x.Dose));
    }

    [Fact]
    public void Source_files_carry_sha256_and_record_counts()
    {
        Assert.Equal(["adsl.csv", "adeff.csv", "adae.csv", "adex.csv"], Data.SourceFiles.Select(f => f.Name));
        foreach (var f in Data.SourceFiles)
        {
            var expected = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(Samples.Root, f.Name)))).ToLowerInvariant();
            Assert.Equal(expected, f.Sha256);
            Assert.Equal(DataLines(f.Name), f.Records);
        }
    }

    [Fact]
    public void Summary_counts_subjects_visits_events_and_exposure()
    {
        var s = Data.Summarize();
        Assert.Equal(60, s.Arms.Sum(a => a.Randomized));
        Assert.Equal(59, s.Arms.Sum(a => a.Safety));
        Assert.Equal(8, s.Visits.Count);
        Assert.Equal("Week 12", s.Visits.Single(v => v.VisitWeek == 12).Label);
        Assert.Equal(Data.Assessments.Count, s.Visits.Sum(v => v.Records));
        Assert.Equal(Data.Assessments.Count(a => a.Value is null), s.Visits.Sum(v => v.MissingValues));
        Assert.Equal(22, s.Parameters.Count);
        Assert.All(s.Parameters, p => Assert.True(p.Known));
        Assert.Equal(Data.AdverseEvents.Count, s.AdverseEvents.Sum(e => e.Records));
        Assert.Equal(Data.Exposures.Count, s.Exposure.Sum(e => e.Administrations));
        var itt = Data.Subjects.ToDictionary(x => x.UsubjId, x => x.Itt);
        Assert.Equal(Data.Assessments.Count(a => !itt[a.UsubjId]), s.AssessmentsOutsideItt);
    }
}
