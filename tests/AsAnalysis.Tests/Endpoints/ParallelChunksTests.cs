using AsAnalysis.Data;
using AsAnalysis.Endpoints;

namespace AsAnalysis.Tests.Endpoints;

/// <summary>Derivation and counting in parallel chunks of subjects give exactly the sequential results.</summary>
public class ParallelChunksTests
{
    private static readonly TrialData Sample = TrialDataLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "data-samples"));

    private static T InChunksOf<T>(int size, Func<T> run)
    {
        SubjectChunks.MinimumChunkOverride = size;
        try { return run(); }
        finally { SubjectChunks.MinimumChunkOverride = null; }
    }

    private static string Describe(EfficacyResults r) => string.Join("\n",
        r.ToArdRows().Select(x => x.ToString())
            .Concat(r.Responses.Select(x => $"{x.Arm} {x.Endpoint} {x.VisitWeek} {x.Imputation} {x.N} {x.Responders} {x.Imputed} {string.Join(",", x.ImputedReasons)} {string.Join(",", x.ExcludedReasons)}"))
            .Concat(r.Continuous.Select(x => $"{x} {string.Join(",", x.ExcludedReasons)}"))
            .Concat(r.Endpoints.Visits.Select(v => $"{v.UsubjId} {v.VisitWeek} {v.Components} {string.Join(",", Enum.GetValues<ResponderEndpoint>().Select(v.Outcome))}")));

    [Fact]
    public void Chunks_of_three_subjects_give_the_sequential_results()
    {
        var sequential = Describe(EfficacyAnalysis.Run(Sample, new EfficacyOptions("Etanercept") { Stratified = true }));
        var parallel = InChunksOf(3, () => Describe(EfficacyAnalysis.Run(Sample, new EfficacyOptions("Etanercept") { Stratified = true })));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void The_first_subject_with_an_error_is_reported_as_in_a_sequential_loop()
    {
        var b = new TrialBuilder();
        for (var i = 1; i <= 40; i++) b.Subject($"S{i:00}", i % 2 == 0 ? "A" : "B").Value($"S{i:00}", 0m, "CRP", i is 7 or 33 ? -1m : 1m);
        var data = b.Build();
        var sequential = Assert.Throws<ArgumentOutOfRangeException>(() => EndpointDerivation.DeriveSubjectVisits(data));
        var parallel = InChunksOf(2, () => Assert.Throws<ArgumentOutOfRangeException>(() => EndpointDerivation.DeriveSubjectVisits(data)));
        Assert.Contains("Subject 'S07'", sequential.Message, StringComparison.Ordinal);
        Assert.Equal(sequential.Message, parallel.Message);
    }
}
