using System.Diagnostics;
using Xunit.Abstractions;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>
/// The bad-input corruption suite: hundreds of broken variants of the sample export (see <see cref="VariantGenerator"/>),
/// CSV and SAS transport. Each must either be rejected with a <see cref="AsAnalysis.Data.TrialDataException"/> whose
/// problems name the file (and line, column and value where known), or load data equal to the clean load; never another
/// exception type, never a silently changed number.
/// </summary>
public class CorruptionSuiteTests(ITestOutputHelper output)
{
    /// <summary>Fixed seed: the variants are the same on every run.</summary>
    private const int Seed = 20260514;

    [Fact]
    public void TheBaseExportLoadsCleanly()
    {
        var clean = BaseExport.Clean;
        Assert.Equal(BaseExport.SubjectIds, clean.Subjects.Select(s => s.UsubjId));
        Assert.Equal(BaseExport.Csv["adeff"].Rows.Count, clean.Assessments.Count);
        Assert.Equal(BaseExport.Csv["adae"].Rows.Count, clean.AdverseEvents.Count);
        Assert.Equal(BaseExport.Csv["adex"].Rows.Count, clean.Exposures.Count);
        Assert.Contains(clean.AdverseEvents, e => e.Soc.Contains(','));          // a quoted field with a comma
        Assert.Contains(clean.Subjects, s => !s.Safety && s.TreatmentStart is null); // the never-treated subject
        Assert.Empty(VariantChecker.Compare(clean, BaseExport.Load(BaseExport.Files(BaseExport.Tables)), Allowances.None)); // all-XPT twin
    }

    [Fact]
    public void TheComparisonDetectsAChangedNumber()
    {
        var f = BaseExport.Csv["adeff"];
        var c = f.Column("AVAL");
        var row = Enumerable.Range(0, f.Rows.Count).First(i => f.Rows[i][c] == "4.6");
        var files = BaseExport.Files();
        files["adeff.csv"] = f.WithCell(row, c, "4.7").Bytes();
        var diffs = VariantChecker.Compare(BaseExport.Clean, BaseExport.Load(files), Allowances.None);
        Assert.Equal($"adeff #{row + 1} {f.Rows[row][0]}/{f.Rows[row][1]}/{f.Rows[row][3]} AVAL: clean '4.6', loaded '4.7'", Assert.Single(diffs));
        var v = new Variant("self-test", "changed-number", files, Expect.Either);
        Assert.NotNull(VariantChecker.Check(v, out var outcome));
        Assert.Equal(Outcome.Loaded, outcome);
    }

    [Fact]
    public void EveryVariantIsRejectedClearlyOrLoadsUnchanged()
    {
        var sw = Stopwatch.StartNew();
        var variants = VariantGenerator.All(Seed);
        var generated = sw.Elapsed.TotalSeconds;
        // Independent loads: run them on every core, then report in variant order.
        var results = new (string? Failure, Outcome Outcome, double Ms)[variants.Count];
        Parallel.For(0, variants.Count, i =>
        {
            var t0 = Stopwatch.GetTimestamp();
            var failure = VariantChecker.Check(variants[i], out var outcome);
            results[i] = (failure, outcome, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        });
        var failures = new List<string>();
        var outcomes = new Dictionary<Outcome, int>();
        var byCategory = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var time = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var (v, (failure, outcome, ms)) = (variants[i], results[i]);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            byCategory[v.Category] = byCategory.GetValueOrDefault(v.Category) + 1;
            time[v.Category] = time.GetValueOrDefault(v.Category) + ms;
            if (failure is not null) failures.Add($"{v} (expected {v.Expect}, {outcome}): {failure}");
        }
        output.WriteLine($"generated in {generated:F1} s");
        output.WriteLine($"{variants.Count} variants in {sw.Elapsed.TotalSeconds:F1} s: " +
            string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value} {o.Key.ToString().ToLowerInvariant()}")));
        output.WriteLine(string.Join(", ", byCategory.Select(c => $"{c.Key} {c.Value} ({time[c.Key]:F0} ms)")));
        output.WriteLine("'Either' variants: " + string.Join(", ", variants.Select((v, i) => (v, r: results[i])).Where(x => x.v.Expect == Expect.Either)
            .GroupBy(x => x.v.Category).Select(g => $"{g.Key} {g.Count(x => x.r.Outcome == Outcome.Loaded)} loaded / {g.Count(x => x.r.Outcome == Outcome.Rejected)} rejected")));
        foreach (var (v, r) in variants.Select((v, i) => (v, results[i])).Where(x => x.v.Expect == Expect.Either && x.Item2.Outcome == Outcome.Loaded && x.v.Category is not ("xpt-header-flip")))
            output.WriteLine("  loaded: " + v);
        Assert.True(failures.Count == 0, $"{failures.Count} of {variants.Count} variants misbehaved:{Environment.NewLine}" + string.Join(Environment.NewLine, failures.Take(40)));
        Assert.True(variants.Count >= 500, $"only {variants.Count} variants");
        Assert.True(outcomes.GetValueOrDefault(Outcome.Loaded) > 50 && outcomes.GetValueOrDefault(Outcome.Rejected) > 300);
    }
}
