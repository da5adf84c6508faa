using AsAnalysis.Data;
using AsAnalysis.Safety;

namespace AsAnalysis.Tests.Safety;

/// <summary>Counts of a pseudo-random trial (fixed seed) against a plain re-computation written here, not using the library.</summary>
public class SafetyIndependentCountTests
{
    private static readonly string[] Arms = ["Placebo", "Low", "High"];
    private static readonly (string Soc, string[] Pts)[] Terms =
    [
        ("NERVOUS SYSTEM DISORDERS", ["HEADACHE", "DIZZINESS", "SOMNOLENCE", "syncope"]),
        ("GASTROINTESTINAL DISORDERS", ["NAUSEA", "DIARRHOEA", "VOMITING"]),
        ("INFECTIONS AND INFESTATIONS", ["NASOPHARYNGITIS", "INFLUENZA"]),
        ("SKIN AND SUBCUTANEOUS TISSUE DISORDERS", ["PRURITUS", "RASH", "ERYTHEMA"]),
        ("CARDIAC DISORDERS", ["BRADYCARDIA"]),
    ];

    private static TrialData Generate(int seed)
    {
        var rng = new Random(seed);
        var day0 = new DateOnly(2023, 3, 1);
        var subjects = new List<Subject>();
        var aes = new List<AdverseEvent>();
        for (int i = 0; i < 90; i++)
        {
            string planned = Arms[i % 3];
            string actual = rng.NextDouble() < 0.1 ? Arms[(i + 1) % 3] : planned; // crossovers
            bool safety = rng.NextDouble() >= 0.1;
            var start = day0.AddDays(rng.Next(0, 60));
            subjects.Add(new Subject
            {
                UsubjId = $"S{i:D3}", PlannedArm = planned, ActualArm = actual, Itt = true, Safety = safety,
                TreatmentStart = safety ? start : null, TreatmentEnd = safety ? start.AddDays(84) : null,
            });
            int count = rng.Next(0, 7);
            for (int k = 0; k < count; k++)
            {
                var (soc, pts) = Terms[rng.Next(Terms.Length)];
                aes.Add(new AdverseEvent
                {
                    UsubjId = $"S{i:D3}", Soc = soc, Pt = pts[rng.Next(pts.Length)],
                    StartDate = rng.NextDouble() < 0.05 ? null : start.AddDays(rng.Next(-30, 200)),
                    Severity = rng.NextDouble() < 0.05 ? null : (AeSeverity)rng.Next(1, 4),
                    Serious = rng.NextDouble() < 0.15,
                    Relationship = rng.NextDouble() < 0.5 ? "POSSIBLE" : "NOT RELATED",
                });
            }
        }
        return new TrialData(subjects, adverseEvents: aes);
    }

    private sealed record Te(string Id, string Arm, AdverseEvent Ae);

    private static List<Te> Expected(TrialData data)
    {
        var list = new List<Te>();
        foreach (var ae in data.AdverseEvents)
        {
            var s = data.Subjects.First(x => x.UsubjId == ae.UsubjId);
            if (!s.Safety) continue;
            bool te = ae.StartDate is null || ae.StartDate.Value.DayNumber >= s.TreatmentStart!.Value.DayNumber;
            if (te) list.Add(new Te(s.UsubjId, s.ActualArm, ae));
        }
        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20240601)]
    public void EveryCellMatchesAPlainRecount(int seed)
    {
        var data = Generate(seed);
        var r = SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = "Placebo" });
        var te = Expected(data);
        var n = Arms.ToDictionary(a => a, a => data.Subjects.Count(s => s.Safety && s.ActualArm == a));

        Assert.Equal(Arms.Order(StringComparer.Ordinal), r.Arms.Select(a => a.Arm));
        foreach (var a in r.Arms) Assert.Equal(n[a.Arm], a.N);

        void Check(IReadOnlyList<SafetyCell> cells, Func<Te, bool> filter)
        {
            foreach (var c in cells)
            {
                var recs = te.Where(t => t.Arm == c.Arm && filter(t)).ToList();
                Assert.Equal(n[c.Arm], c.N);
                Assert.Equal(recs.Select(t => t.Id).Distinct().Count(), c.Subjects);
                Assert.Equal(recs.Count, c.Events);
            }
        }

        Check(r.Row(OverviewCategory.AnyTeae).Cells, _ => true);
        Check(r.Row(OverviewCategory.Serious).Cells, t => t.Ae.Serious == true);
        Check(r.Row(OverviewCategory.Related).Cells, t => t.Ae.Relationship == "POSSIBLE");
        Check(r.Row(OverviewCategory.Severe).Cells, t => t.Ae.Severity is null or AeSeverity.Severe);

        // Every SOC/PT with a TEAE appears, with the right counts, in the right order.
        var socs = te.Select(t => t.Ae.Soc).Distinct().ToList();
        int Subjects(Func<Te, bool> f) => te.Where(f).Select(t => t.Id).Distinct().Count();
        int Compare(string x, string y, Func<string, int> count)
        {
            int c = count(y).CompareTo(count(x));
            if (c != 0) return c;
            c = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
            return c != 0 ? c : string.CompareOrdinal(x, y);
        }
        socs.Sort((x, y) => Compare(x, y, s => Subjects(t => t.Ae.Soc == s)));
        Assert.Equal(socs, r.BySocPt.Socs.Select(s => s.Soc.Term.Soc));
        foreach (var block in r.BySocPt.Socs)
        {
            string soc = block.Soc.Term.Soc;
            Check(block.Soc.Cells, t => t.Ae.Soc == soc);
            var pts = te.Where(t => t.Ae.Soc == soc).Select(t => t.Ae.Pt).Distinct().ToList();
            pts.Sort((x, y) => Compare(x, y, p => Subjects(t => t.Ae.Soc == soc && t.Ae.Pt == p)));
            Assert.Equal(pts, block.Pts.Select(p => p.Term.Pt));
            foreach (var pt in block.Pts) Check(pt.Cells, t => t.Ae.Soc == soc && t.Ae.Pt == pt.Term.Pt);
        }

        // Max severity: subjects per category sum to the any-TEAE row (missing counts as severe).
        var overall = r.BySeverity[0];
        foreach (var arm in Arms)
        {
            var bySubject = te.Where(t => t.Arm == arm).GroupBy(t => t.Id)
                .Select(g => g.Max(t => (int)(t.Ae.Severity ?? AeSeverity.Severe))).ToList();
            for (int sev = 1; sev <= 3; sev++)
                Assert.Equal(bySubject.Count(x => x == sev), overall.Rows[sev - 1].Cells.Single(c => c.Arm == arm).Subjects);
        }

        // Comparisons: every overview and SOC/PT row, two test arms each.
        Assert.Equal(2 * (r.Overview.Count + r.BySocPt.Rows.Count()), r.TermComparisons.Count);
        int untreated = data.Subjects.Count(s => !s.Safety);
        Assert.Equal(untreated, r.HandlingCount(SafetyHandling.SubjectNotInSafetyPopulation));
        Assert.Equal(
            data.AdverseEvents.Count(a => data.Subjects.First(s => s.UsubjId == a.UsubjId).Safety) - te.Count,
            r.HandlingCount(SafetyHandling.AeBeforeTreatmentStart));
    }
}
