using AsAnalysis.Data;
using AsAnalysis.Endpoints;

namespace AsAnalysis.Tests.Data;

/// <summary>
/// The efficacy records are stored compactly (rows of indexes and numbers) and shown as <see cref="Assessment"/> records
/// on access: what goes in comes out, as written, across the store's chunk boundaries.
/// </summary>
public class AssessmentStoreTests
{
    private static Subject S(string id, string arm = "A") => new() { UsubjId = id, PlannedArm = arm, ActualArm = arm, Itt = true, Safety = true };

    [Fact]
    public void Records_come_back_equal_and_as_written()
    {
        var records = new[]
        {
            new Assessment { UsubjId = "S1", ParamCd = "CRP", VisitWeek = 12.0m, VisitLabel = "Week 12", StudyDay = 85, Value = 1.50m, Source = new SourceLocation("adeff.csv", 7) },
            new Assessment { UsubjId = "S2", ParamCd = "crp", VisitWeek = 12m, Value = null },
            new Assessment { UsubjId = "S2", ParamCd = "OTHER", VisitWeek = -0.5m, VisitLabel = "Screening", StudyDay = -3, Value = 0m, Source = new SourceLocation("x.csv", 1L << 40) },
        };
        var data = new TrialData([S("S1"), S("S2")], records);
        Assert.Equal(records, data.Assessments);          // record equality, in order
        Assert.Equal(records[1], data.Assessments[1]);
        Assert.NotSame(data.Assessments[0], data.Assessments[0]); // made on access
        Assert.Equal("12.0", data.Assessments[0].VisitWeek.ToString(System.Globalization.CultureInfo.InvariantCulture)); // representation kept
        Assert.Equal("12", data.Assessments[1].VisitWeek.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1.50", data.Assessments[0].Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(data.Assessments[1].Source);
        Assert.Equal(1L << 40, data.Assessments[2].Source!.Line);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Assessments[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Assessments[-1]);
    }

    [Fact]
    public void Many_records_cross_the_chunk_boundaries_intact()
    {
        // 3,400 subjects x 24 records = 81,600 rows: past one chunk of 65,536.
        var subjects = Enumerable.Range(0, 3400).Select(i => S($"S{i:D4}", i % 2 == 0 ? "A" : "B")).ToArray();
        var records = subjects.SelectMany((s, i) => ParamCodes.All.Select((p, k) => new Assessment
        {
            UsubjId = s.UsubjId, ParamCd = p, VisitWeek = i % 3 * 12m, StudyDay = i, Value = k % 5 == 0 ? null : (k + i % 10) / 10m,
            Source = new SourceLocation("adeff.csv", 2 + (long)i * 24 + k),
        })).ToArray();
        var data = new TrialData(subjects, records);
        Assert.Equal(records.Length, data.Assessments.Count);
        foreach (var i in new[] { 0, 65535, 65536, 65537, records.Length - 1 }) Assert.Equal(records[i], data.Assessments[i]);
        Assert.Equal(records, data.Assessments);
        // The summary reads the store: every record counted once per visit and parameter.
        var summary = data.Summarize();
        Assert.Equal(records.Length, summary.Visits.Sum(v => v.Records));
        Assert.Equal(records.Count(r => r.Value is null), summary.Parameters.Sum(p => p.MissingValues));
        Assert.Equal([1134, 1133, 1133], summary.Visits.Select(v => v.Subjects)); // subject i at week 12 * (i % 3): 3,400 = 1,134 + 1,133 + 1,133
    }

    [Fact]
    public void Derivation_groups_a_visit_written_two_ways_and_codes_in_any_case()
    {
        // The visit of S1 is written 12.0 first, then 12: one visit, labelled as first written; "crp" is CRP.
        var data = new TrialData([S("S1")],
        [
            new Assessment { UsubjId = "S1", ParamCd = "CRP", VisitWeek = 0m, Value = 10m },
            new Assessment { UsubjId = "S1", ParamCd = "PTGLOBAL", VisitWeek = 12.0m, Value = 3m },
            new Assessment { UsubjId = "S1", ParamCd = "crp", VisitWeek = 12m, Value = 4m },
        ]);
        var visits = EndpointDerivation.DeriveSubjectVisits(data).ForSubject("S1");
        Assert.Equal(2, visits.Count);
        Assert.Equal("12.0", visits[1].VisitWeek.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4m, visits[1].Components.Crp);
        Assert.Equal(3m, visits[1].Components.PatientGlobal);
        Assert.Equal(-6.0, visits[1].Change(ContinuousEndpoint.Crp));
        Assert.Equal(10m, visits[1].Baseline!.Crp);
    }
}
