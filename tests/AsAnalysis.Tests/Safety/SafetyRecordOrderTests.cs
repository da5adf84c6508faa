using AsAnalysis.Data;
using AsAnalysis.Ard;
using AsAnalysis.Safety;
using static AsAnalysis.Tests.Safety.B;

namespace AsAnalysis.Tests.Safety;

/// <summary>
/// Records in no particular order: AEs interleaved across subjects and terms, ADEX records interleaved across subjects,
/// treatments and units, with records of a subject outside the safety population in between. The tables are counted by
/// hand (comments) and must not depend on the record order.
/// </summary>
public class SafetyRecordOrderTests
{
    private const string Nerv = "NERVOUS SYSTEM DISORDERS";
    private const string Gi = "GASTROINTESTINAL DISORDERS";
    private const string Cells = "10^6 cells/kg";

    private static readonly Subject[] Subjects =
    [
        Subj("S1", "MSC", endOfStudy: 99), Subj("S2", "MSC", endOfStudy: 99), Subj("S3", "MSC", endOfStudy: 99),
        Subj("S4", "MSC", start: null, endOfStudy: 99), // no TRTSDT: its TEAEs count, but it has no time at risk
        Subj("C1", "Etanercept", endOfStudy: 99), Subj("C2", "Etanercept", endOfStudy: 99),
        Subj("X1", "MSC", safety: false),
    ];

    private static readonly AdverseEvent[] Aes =
    [
        Ae("S2", Nerv, "HEADACHE", 20, AeSeverity.Mild, trtem: true),
        Ae("S1", Gi, "NAUSEA", 50, AeSeverity.Severe, trtem: true),
        Ae("S4", Nerv, "HEADACHE", 5, AeSeverity.Mild, trtem: true),
        Ae("S1", Nerv, "HEADACHE", 40, AeSeverity.Mild, trtem: true),
        Ae("S2", Gi, "NAUSEA", 30, AeSeverity.Moderate, trtem: true),
        Ae("S1", Gi, "NAUSEA", 9, AeSeverity.Mild, trtem: true),
        Ae("S1", Nerv, "HEADACHE", 60, AeSeverity.Moderate, trtem: true),
    ];

    private static ExposureRecord NoUnit(string id, string trt, decimal dose, int day) =>
        new() { UsubjId = id, Treatment = trt, Dose = dose, DoseUnit = null, Date = D(day) };

    private static readonly ExposureRecord[] Exposure =
    [
        Ex("S2", "MSC", 1.0m, Cells, 0),
        Ex("X1", "MSC", 1.5m, Cells, 0),
        Ex("S1", "MSC", 1.5m, Cells, 0),
        Ex("C1", "ETANERCEPT", 50m, "mg", 0),
        Ex("S2", "MSC", null, Cells, 14),
        NoUnit("S1", "RESCUE", 10m, 3),
        Ex("S1", "MSC", 1.5m, Cells, 14),
        Ex("X1", "MSC", 1.5m, Cells, 14),
        Ex("S2", "MSC", 2.0m, Cells, 28),
        Ex("C1", "ETANERCEPT", 50m, "mg", 7),
    ];

    private static SafetyResults Run(IEnumerable<AdverseEvent> aes, IEnumerable<ExposureRecord> ex) =>
        SafetyAnalysis.Run(Trial(Subjects, aes, ex), new SafetyOptions { ControlArm = "Etanercept", DaysPerYear = 365 });

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void InterleavedAesAreCountedPerTermSubjectAndFirstOnset()
    {
        var r = Run(Aes, Exposure);

        // Any TEAE in MSC: S1, S2, S4 (3 subjects), 7 records. HEADACHE: S2, S4, S1 (3 subjects, 4 records). NAUSEA: S1, S2 (2, 3 records).
        Assert.Equal((3, 7), (r.Row(OverviewCategory.AnyTeae).Cell("MSC").Subjects, r.Row(OverviewCategory.AnyTeae).Cell("MSC").Events));
        Assert.Equal((3, 4), (r.Pt(Nerv, "HEADACHE").Cell("MSC").Subjects, r.Pt(Nerv, "HEADACHE").Cell("MSC").Events));
        Assert.Equal((2, 3), (r.Soc(Gi).Cell("MSC").Subjects, r.Soc(Gi).Cell("MSC").Events));
        // Descending frequency: the nervous system (3 subjects) before the gastrointestinal disorders (2).
        Assert.Equal([Nerv, Nerv + "|HEADACHE", Gi, Gi + "|NAUSEA"], r.BySocPt.Rows.Select(x => x.Term.Key));

        // Maximum severity: S1 SEVERE (its first record; later MILD and MODERATE do not lower it), S2 MODERATE, S4 MILD.
        // Records by their own severity: MILD 4, MODERATE 2, SEVERE 1.
        var overall = r.BySeverity[0];
        Assert.Equal([1, 1, 1], overall.Rows.Select(x => Msc(x.Cells).Subjects));
        Assert.Equal([4, 2, 1], overall.Rows.Select(x => Msc(x.Cells).Events));
        var nausea = r.BySeverity.Single(b => b.Term == SafetyTerm.ForPt(Gi, "NAUSEA"));
        Assert.Equal([0, 1, 1], nausea.Rows.Select(x => Msc(x.Cells).Subjects)); // S2 MODERATE, S1 SEVERE
        Assert.Equal([1, 1, 1], nausea.Rows.Select(x => Msc(x.Cells).Events));

        // Time at risk (days TRTSDT..EOSDT = 100 each; S4 has none): to the first onset, the earliest of the subject's
        // records in the row wherever it comes in the file.
        // Any TEAE: S1 first day 9 -> 10 days, S2 day 20 -> 21, S3 no event -> 100: 131 days; events 6 (not S4's).
        var any = Rate(r, new SafetyRowKey(OverviewCategory.AnyTeae, SafetyTerm.Overall));
        Assert.Equal((3, 2, 6), (any.SubjectsAtRisk, any.SubjectsWithEvent, any.Events));
        Close(131 / 365.0, any.PatientYearsToFirstEvent);
        Close(300 / 365.0, any.PatientYears);
        // NAUSEA: S1 day 9 -> 10, S2 day 30 -> 31, S3 100: 141 days. HEADACHE: S2 day 20 -> 21, S1 day 40 -> 41, S3 100: 162 days.
        var n = Rate(r, new SafetyRowKey(OverviewCategory.AnyTeae, SafetyTerm.ForPt(Gi, "NAUSEA")));
        Assert.Equal((2, 3), (n.SubjectsWithEvent, n.Events));
        Close(141 / 365.0, n.PatientYearsToFirstEvent);
        var h = Rate(r, new SafetyRowKey(OverviewCategory.AnyTeae, SafetyTerm.ForPt(Nerv, "HEADACHE")));
        Assert.Equal((2, 3), (h.SubjectsWithEvent, h.Events)); // S2 1, S1 2 (S4 not at risk)
        Close(162 / 365.0, h.PatientYearsToFirstEvent);
        Assert.Equal(1, r.HandlingCount(SafetyHandling.SubjectWithoutTimeAtRisk));
    }

    private static SafetyCell Msc(IReadOnlyList<SafetyCell> cells) => cells.Single(c => c.Arm == "MSC");

    private static ArmIncidenceRate Rate(SafetyResults r, SafetyRowKey key) =>
        r.ExposureAdjustedRates.Single(x => x.Key == key).Arms.Single(a => a.Arm == "MSC");

    [Fact]
    public void InterleavedExposureIsSummedPerSubjectTreatmentAndUnit()
    {
        var r = Run(Aes, Exposure);

        // MSC: administrations S1 3 (MSC x2, RESCUE), S2 3 (one without a dose), S3 0, S4 0: 6 in all (X1's 2 excluded).
        var msc = r.ExposureSummary.Single(x => x.Arm == "MSC");
        Assert.Equal((4, 6), (msc.N, msc.TotalAdministrations));
        Assert.Equal((0.0, 3.0, 1.5), (msc.AdministrationsPerSubject!.Min, msc.AdministrationsPerSubject.Max, msc.AdministrationsPerSubject.Mean));
        // Doses by treatment then unit: MSC 10^6 cells/kg: S1 1.5 + 1.5 = 3, S2 1.0 + 2.0 = 3 (total 6); RESCUE without unit: S1 10.
        Assert.Equal([("MSC", Cells, 2, 6.0), ("RESCUE", "", 1, 10.0)], msc.Doses.Select(d => (d.Treatment, d.Unit, d.Subjects, d.TotalDose)));
        Assert.Equal((3.0, 3.0), (msc.Doses[0].PerSubject.Min, msc.Doses[0].PerSubject.Max));
        // Etanercept: C1 2 injections of 50 mg, C2 none.
        var eta = r.ExposureSummary.Single(x => x.Arm == "Etanercept");
        Assert.Equal((2, 2), (eta.N, eta.TotalAdministrations));
        Assert.Equal([("ETANERCEPT", "mg", 1, 100.0)], eta.Doses.Select(d => (d.Treatment, d.Unit, d.Subjects, d.TotalDose)));
        Assert.Equal((2, 1), (r.HandlingCount(SafetyHandling.ExposureOfSubjectOutsideSafetyPopulation), r.HandlingCount(SafetyHandling.ExposureWithoutDose)));
        Assert.Equal(10.0, r.ToArdRows().Single(x => x.Analysis == ArdAnalysis.Exposure && x.Endpoint == "DOSE" && x.Term == "RESCUE|" && x.Stat == "total").Value);
    }

    [Fact]
    public void RecordOrderDoesNotChangeAnyResult()
    {
        var reference = Run(Aes, Exposure).ToArdRows();
        var sorted = Run(
            Aes.OrderBy(a => a.UsubjId, StringComparer.Ordinal).ThenBy(a => a.StartDate),
            Exposure.OrderBy(x => x.UsubjId, StringComparer.Ordinal).ThenBy(x => x.Date)).ToArdRows();
        var reversed = Run(Aes.Reverse(), Exposure.Reverse()).ToArdRows();
        Assert.Equal(reference, sorted);
        Assert.Equal(reference, reversed);
    }
}
