using AsAnalysis.Data;
using AsAnalysis.Endpoints;

namespace AsAnalysis.Tests.Endpoints;

/// <summary>
/// The sample export's week-12/48 ASAS20 and ASAS40 NRI table, checked against an independent re-implementation
/// written here from the raw Assessment records with integer arithmetic (values scaled to thousandths of a unit;
/// nothing from AsAnalysis.Endpoints is called by the reference).
/// </summary>
public class SampleExportEfficacyTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "data-samples");

    private static TrialData Load() => TrialDataLoader.LoadFolder(Folder);

    /// <summary>A 0-10 value with at most two decimals as an integer number of hundredths (fails on anything else).</summary>
    private static long Hundredths(decimal value)
    {
        decimal h = value * 100m;
        Assert.True(h == decimal.Truncate(h), $"value {value} is not on the 0.01 grid");
        return (long)h;
    }

    /// <summary>The four domains in thousandths of a unit, or null when any item is missing. PGA and pain: x10;
    /// BASFI: sum of 10 items in hundredths = mean in thousandths; inflammation: (Q5 + Q6) hundredths x 5.</summary>
    private static long[]? Domains(IReadOnlyDictionary<string, decimal?> items)
    {
        long? H(string code) => items.TryGetValue(code, out var v) && v is { } d ? Hundredths(d) : null;
        var pga = H("PTGLOBAL");
        var pain = H("TOTBPAIN");
        long basfi = 0;
        for (int i = 1; i <= 10; i++)
        {
            var item = H($"BASFI{i:00}");
            if (item is null) return null;
            basfi += item.Value;
        }
        var q5 = H("BASDAI05");
        var q6 = H("BASDAI06");
        if (pga is null || pain is null || q5 is null || q6 is null) return null;
        return [pga.Value * 10, pain.Value * 10, basfi, (q5.Value + q6.Value) * 5];
    }

    /// <summary>ASAS20 (k = 20) or ASAS40 (k = 40) by integer cross-multiplication; null when not evaluable.</summary>
    private static bool? Respond(long[]? b, long[]? f, int k)
    {
        if (b is null || f is null) return null;
        long unit = k == 20 ? 1000 : 2000;   // 1 or 2 units in thousandths
        int improved = 0;
        bool worsened = false;
        for (int i = 0; i < 4; i++)
        {
            long d = b[i] - f[i];
            if (b[i] > 0 && d >= unit && 100 * d >= k * b[i]) improved++;
            long w = f[i] - b[i];
            if (k == 20 ? w >= 1000 && 100 * w >= 20 * b[i] : w > 0) worsened = true;
        }
        return improved >= 3 && !worsened;
    }

    [Fact]
    public void Week_12_and_48_asas20_asas40_nri_table_matches_an_independent_computation()
    {
        var data = Load();
        var itt = data.Subjects.Where(s => s.Itt).ToArray();
        var items = data.Assessments
            .GroupBy(a => (a.UsubjId, a.VisitWeek))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal?>)g.ToDictionary(a => a.ParamCd, a => a.Value));

        var results = EfficacyAnalysis.Run(data, new EfficacyOptions("Etanercept"));
        Assert.Equal(["MSC", "Etanercept"], results.Arms);
        int nonTrivial = 0;
        foreach (var k in new[] { 20, 40 })
            foreach (var week in new[] { 12m, 48m })
                foreach (var arm in new[] { "MSC", "Etanercept" })
                {
                    var subjects = itt.Where(s => s.PlannedArm == arm).ToArray();
                    var expectedResponders = subjects
                        .Where(s => Respond(
                            items.TryGetValue((s.UsubjId, 0m), out var b) ? Domains(b) : null,
                            items.TryGetValue((s.UsubjId, week), out var f) ? Domains(f) : null, k) == true)
                        .Select(s => s.UsubjId).Order(StringComparer.Ordinal).ToArray();
                    int notEvaluable = subjects.Count(s => Respond(
                        items.TryGetValue((s.UsubjId, 0m), out var b) ? Domains(b) : null,
                        items.TryGetValue((s.UsubjId, week), out var f) ? Domains(f) : null, k) is null);

                    var endpoint = k == 20 ? ResponderEndpoint.Asas20 : ResponderEndpoint.Asas40;
                    var r = results.Response(Imputation.NonResponderImputation, endpoint, week, arm);
                    Assert.Equal(subjects.Length, r.N);
                    Assert.Equal(expectedResponders.Length, r.Responders);
                    Assert.Equal(expectedResponders, r.Subjects.Where(s => s.Responder == true).Select(s => s.UsubjId).Order(StringComparer.Ordinal));
                    Assert.Equal(notEvaluable, r.Imputed);
                    Assert.Equal((double)expectedResponders.Length / subjects.Length, r.Rate);
                    var o = results.Response(Imputation.ObservedCases, endpoint, week, arm);
                    Assert.Equal(subjects.Length - notEvaluable, o.N);
                    Assert.Equal(expectedResponders.Length, o.Responders);
                    if (expectedResponders.Length > 0 && expectedResponders.Length < subjects.Length) nonTrivial++;
                }
        Assert.True(nonTrivial >= 6, "the sample table should not be degenerate");
    }

    [Fact]
    public void Sample_export_flattens_to_unique_ard_rows()
    {
        var results = EfficacyAnalysis.Run(Load(), new EfficacyOptions("Etanercept") { Stratified = true });
        var rows = results.ToArdRows();
        var keys = rows.Select(x => (x.Analysis, x.Endpoint, x.Visit, x.Arm, x.Term, x.Stat, x.Method)).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Contains(rows, x => x.Analysis == "efficacy_binary" && x.Endpoint == "ASAS20" && x.Visit == "Week 12" && x.Arm == "difference" && x.Stat == "p_value" && x.Method == "cmh");
        Assert.All(rows.Where(x => x.Stat is "N" or "n" or "n_imputed" or "n_excluded"), x => Assert.True(x.Value >= 0 && x.Value == Math.Floor(x.Value)));
        Assert.All(rows.Where(x => x.Stat == "rate"), x => Assert.InRange(x.Value, 0.0, 1.0));
    }
}
