using AsAnalysis.Data;
using AsAnalysis.Endpoints;

namespace AsAnalysis.Tests.Endpoints;

/// <summary>
/// The memory-saving paths taken for large exports give the same results as the general ones: derivation one subject at
/// a time (records grouped by subject) versus all records grouped first (records interleaved), and binary responses
/// computed on access instead of stored.
/// </summary>
public class LargeDataPathTests
{
    private static readonly TrialData Sample = TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples"));

    /// <summary>Everything a derived record holds, as text (outcomes with reasons, components, changes, trace).</summary>
    private static string Describe(EndpointDataset d) => string.Join("\n", d.Visits.Select(v =>
        $"{v.UsubjId} {v.VisitWeek} {v.Components} {v.Baseline} {v.AsdasChange} " +
        string.Join(",", Enum.GetValues<ResponderEndpoint>().Select(e => v.Outcome(e))) + " " +
        string.Join(",", Enum.GetValues<ContinuousEndpoint>().Select(e => v.Change(e))) + " " + string.Join(",", v.DomainTrace)));

    /// <summary>The same data with the efficacy records in another order: subject by subject reversed, or interleaved.</summary>
    private static TrialData Reordered(TrialData d, IEnumerable<Assessment> order) => new(d.Subjects, order, d.AdverseEvents, d.Exposures);

    [Fact]
    public void Grouped_and_interleaved_records_derive_the_same_endpoints()
    {
        var grouped = Describe(EndpointDerivation.DeriveSubjectVisits(Sample));
        // Subjects in reverse order but each subject's records together: still the grouped path.
        var reversedSubjects = Reordered(Sample, Sample.Assessments.GroupBy(a => a.UsubjId).Reverse().SelectMany(g => g));
        // Round robin over subjects: the general path.
        var interleaved = Reordered(Sample, Sample.Assessments.Select((a, i) => (a, i)).OrderBy(x => x.i % 7).ThenBy(x => x.i).Select(x => x.a));
        Assert.Equal(grouped, Describe(EndpointDerivation.DeriveSubjectVisits(reversedSubjects)));
        Assert.Equal(grouped, Describe(EndpointDerivation.DeriveSubjectVisits(interleaved)));
        Assert.Equal(Sample.Assessments.Select(a => (a.UsubjId, a.VisitWeek)).Distinct().Count(), EndpointDerivation.DeriveSubjectVisits(interleaved).Visits.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Duplicates_never_reach_the_derivation_in_either_path(bool interleave)
    {
        // The derivation has no duplicate check of its own: TrialData rejects duplicates (codes compare ignoring case)
        // when it is built, before an out-of-range value could fail the derivation.
        var b = new TrialBuilder().Subject("S1", "A").Subject("S2", "B");
        b.Value("S1", 0m, "CRP", -1m);                          // out of range, derivation would throw on it
        b.Value("S2", 0m, "CRP", 1m).Value("S2", 12m, "crp", 2m).Value("S2", 12m, "CRP", 3m); // duplicate
        if (interleave) b.Value("S1", 12m, "CRP", 1m);          // S1 comes back after S2: not grouped
        var e = Assert.Throws<TrialDataException>(b.Build);
        Assert.Equal(new DataProblem("assessments", 4, "PARAMCD", "CRP", "duplicate record: subject S2, AVISITN 12 already has CRP on line 3"), Assert.Single(e.Problems));
    }

    [Fact]
    public void Responses_computed_on_access_match_the_counts()
    {
        var results = EfficacyAnalysis.Run(Sample, new EfficacyOptions("Etanercept"));
        foreach (var r in results.Responses)
        {
            var subjects = r.Subjects.ToArray();
            Assert.Equal(r.IttSubjects, subjects.Length);
            Assert.Equal(r.N, subjects.Count(s => s.Handling != ResponseHandling.Excluded));
            Assert.Equal(r.Responders, subjects.Count(s => s.Responder == true));
            Assert.Equal(r.Imputed, subjects.Count(s => s.Handling == ResponseHandling.Imputed));
            Assert.Equal(subjects, r.Subjects);               // the same values on every access
            Assert.All(subjects, s => Assert.Equal(r.Arm, s.Arm));
        }
        var any = results.Responses[0].Subjects;
        Assert.NotSame(any[0], any[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => any[any.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => any[-1]);
    }
}
