using AsAnalysis.Data;
using AsAnalysis.Ard;
using AsAnalysis.Safety;
using static AsAnalysis.Tests.Safety.B;

namespace AsAnalysis.Tests.Safety;

public class SafetyArdAndExposureTests
{
    private const string Inf = "INFECTIONS AND INFESTATIONS";
    private const string Nerv = "NERVOUS SYSTEM DISORDERS";

    private static TrialData TwoArms() => Trial(
        [Subj("A1", "MSC", endOfStudy: 364), Subj("A2", "MSC", endOfStudy: 364), Subj("A3", "MSC", endOfStudy: 364), Subj("C1", "Etanercept", endOfStudy: 364), Subj("X1", "MSC", safety: false)],
        [Ae("A1", Inf, "INFLUENZA", 10), Ae("A1", Inf, "INFLUENZA", 40), Ae("A2", Nerv, "HEADACHE", 3, AeSeverity.Severe), Ae("C1", Inf, "INFLUENZA", 7)],
        [
            Ex("A1", "MSC", 1.5m, "10^6 cells/kg", 0), Ex("A1", "MSC", 1.5m, "10^6 cells/kg", 14), Ex("A2", "MSC", 1.0m, "10^6 cells/kg", 0),
            Ex("A2", "MSC", null, "10^6 cells/kg", 14),
            Ex("C1", "ETANERCEPT", 50m, "mg", 0), Ex("C1", "ETANERCEPT", 50m, "mg", 7), Ex("C1", "ETANERCEPT", 50m, "mg", 14),
            Ex("X1", "MSC", 1.5m, "10^6 cells/kg", 0),
        ]);

    private static double Value(IEnumerable<ArdRow> rows, string analysis, string endpoint, string arm, string term, string stat, string method = "") =>
        rows.Single(r => r.Analysis == analysis && r.Endpoint == endpoint && r.Arm == arm && r.Term == term && r.Stat == stat && r.Method == method).Value;

    [Fact]
    public void ArdRowsCarryTheContractNamesAndRawProportions()
    {
        var r = SafetyAnalysis.Run(TwoArms(), new SafetyOptions { ControlArm = "Etanercept" });
        var rows = r.ToArdRows();

        Assert.All(rows, x => Assert.Equal("", x.Visit));
        Assert.Equal(
            [ArdAnalysis.SafetyOverview, ArdAnalysis.SafetySoc, ArdAnalysis.SafetyPt, ArdAnalysis.Exposure],
            rows.Select(x => x.Analysis).Distinct());
        Assert.Equal(["ANY_TEAE", "SERIOUS", "LEADING_TO_DISC", "RELATED", "SEVERE"],
            rows.Where(x => x.Analysis == ArdAnalysis.SafetyOverview && x.Arm == "MSC" && x.Stat == "N").Select(x => x.Endpoint).Where(e => !e.StartsWith("MAX_", StringComparison.Ordinal) && !e.StartsWith("RELATIONSHIP_", StringComparison.Ordinal)));

        // Per arm: N, n_subjects, pct (a proportion, not a percentage), n_events, in this order.
        var first = rows.Take(4).ToArray();
        Assert.Equal(["N", "n_subjects", "pct", "n_events"], first.Select(x => x.Stat));
        Assert.All(first, x => Assert.Equal(("safety_overview", "ANY_TEAE", "Etanercept", ""), (x.Analysis, x.Endpoint, x.Arm, x.Term)));
        Assert.Equal(3, Value(rows, "safety_overview", "ANY_TEAE", "MSC", "", "N"));
        Assert.Equal(2, Value(rows, "safety_overview", "ANY_TEAE", "MSC", "", "n_subjects"));
        Assert.Equal(2.0 / 3.0, Value(rows, "safety_overview", "ANY_TEAE", "MSC", "", "pct"));
        Assert.Equal(3, Value(rows, "safety_overview", "ANY_TEAE", "MSC", "", "n_events"));
        Assert.Equal(1, Value(rows, "safety_soc", "ANY_TEAE", "MSC", Inf, "n_subjects"));
        Assert.Equal(2, Value(rows, "safety_pt", "ANY_TEAE", "MSC", Inf + "|INFLUENZA", "n_events"));
        Assert.Equal(1, Value(rows, "safety_pt", "MAX_SEVERITY_SEVERE", "MSC", Nerv + "|HEADACHE", "n_subjects"));
        Assert.Equal(1, Value(rows, "safety_overview", "RELATIONSHIP_NOT_RELATED", "Etanercept", "", "n_subjects"));

        // Between arms (two arms: arm = "difference").
        Assert.Equal(2.0 / 3.0 - 1.0, Value(rows, "safety_overview", "ANY_TEAE", "difference", "", "diff", "newcombe"), 12);
        var cmp = r.TermComparisons.Single(x => x.Key.Term == SafetyTerm.ForPt(Inf, "INFLUENZA"));
        Assert.Equal(cmp.Difference.Ci.Lower, Value(rows, "safety_pt", "ANY_TEAE", "difference", Inf + "|INFLUENZA", "ci_low", "newcombe"));
        Assert.Equal(cmp.Difference.Ci.Upper, Value(rows, "safety_pt", "ANY_TEAE", "difference", Inf + "|INFLUENZA", "ci_high", "newcombe"));
        Assert.Equal(cmp.Fisher.PValue, Value(rows, "safety_pt", "ANY_TEAE", "difference", Inf + "|INFLUENZA", "p_value", "fisher"));

        // EAIR per arm: ANY_TEAE in MSC: A1 first event day 10 -> 11 days, A2 day 3 -> 4 days, A3 365 days.
        Assert.Equal(100 * 2 / (380 / 365.25), Value(rows, "safety_overview", "ANY_TEAE", "MSC", "", "eair", "per_100py"), 10);
        Assert.Equal(380 / 365.25, Value(rows, "safety_overview", "ANY_TEAE", "MSC", "", "py_to_first_event"), 12);
        Assert.Equal(3, Value(rows, "safety_overview", "ANY_TEAE", "MSC", "", "n_at_risk"));
        Assert.Contains(rows, x => x.Arm == "difference" && x.Stat == "eair_ratio" && x.Term == Inf + "|INFLUENZA");

        // Keys are unique and the output is deterministic.
        Assert.Equal(rows.Count, rows.Select(x => (x.Analysis, x.Endpoint, x.Visit, x.Arm, x.Term, x.Stat, x.Method)).Distinct().Count());
        Assert.Equal(rows, SafetyAnalysis.Run(TwoArms(), new SafetyOptions { ControlArm = "Etanercept" }).ToArdRows());
    }

    [Fact]
    public void ArdDifferenceLabelNamesTheTestArmWhenThereAreMoreThanTwoArms()
    {
        Assert.Equal("difference", ArdAnalysis.DifferenceArmLabel("MSC", 2));
        Assert.Equal("difference:High", ArdAnalysis.DifferenceArmLabel("High", 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArdAnalysis.DifferenceArmLabel("High", 1));

        var data = Trial([Subj("P1", "Placebo"), Subj("L1", "Low"), Subj("H1", "High")], [Ae("L1", Inf, "INFLUENZA")]);
        var rows = SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = "Placebo" }).ToArdRows();
        Assert.Equal(["difference:High", "difference:Low"], rows.Where(x => x.Stat == "diff").Select(x => x.Arm).Distinct());
        Assert.Equal(1.0, Value(rows, "safety_pt", "ANY_TEAE", "difference:Low", Inf + "|INFLUENZA", "diff", "newcombe"));
        Assert.DoesNotContain(rows, x => x.Arm == "difference");
    }

    [Fact]
    public void ExposureSummaryPerArmFromAdex()
    {
        var r = SafetyAnalysis.Run(TwoArms());
        var msc = r.ExposureSummary.Single(x => x.Arm == "MSC");
        Assert.Equal((3, 4), (msc.N, msc.TotalAdministrations));
        // Administrations per subject over all 3 safety subjects: 2, 2, 0.
        Assert.NotNull(msc.AdministrationsPerSubject);
        Assert.Equal(3, msc.AdministrationsPerSubject.N);
        Assert.Equal(4.0 / 3.0, msc.AdministrationsPerSubject.Mean, 12);
        Assert.Equal((0.0, 2.0), (msc.AdministrationsPerSubject.Min, msc.AdministrationsPerSubject.Max));
        var dose = Assert.Single(msc.Doses);
        Assert.Equal(("MSC", "10^6 cells/kg", 2), (dose.Treatment, dose.Unit, dose.Subjects));
        Assert.Equal(4.0, dose.TotalDose);
        Assert.Equal((1.0, 3.0), (dose.PerSubject.Min, dose.PerSubject.Max));
        // Duration TRTEDT - TRTSDT + 1 = 85 days for everyone; time at risk 365 days each.
        Assert.Equal(85, msc.TreatmentDurationDays!.Mean);
        Assert.Equal(3 * 365 / 365.25, msc.PatientYearsAtRisk, 12);

        var eta = r.ExposureSummary.Single(x => x.Arm == "Etanercept");
        Assert.Equal(150.0, Assert.Single(eta.Doses).TotalDose);
        Assert.Equal(1, r.HandlingCount(SafetyHandling.ExposureOfSubjectOutsideSafetyPopulation));
        Assert.Equal(1, r.HandlingCount(SafetyHandling.ExposureWithoutDose));

        var rows = r.ToArdRows().Where(x => x.Analysis == ArdAnalysis.Exposure).ToList();
        Assert.Equal(4, Value(rows, "exposure", "DOSE", "MSC", "MSC|10^6 cells/kg", "total"));
        Assert.Equal(4, Value(rows, "exposure", "ADMINISTRATIONS", "MSC", "", "total"));
        Assert.Equal(85, Value(rows, "exposure", "DURATION_DAYS", "Etanercept", "", "median"));

        // Without ADEX there is no administration summary, but duration and time at risk remain.
        var noAdex = SafetyAnalysis.Run(Trial([Subj("A1", "MSC")]));
        Assert.Null(noAdex.ExposureSummary.Single().AdministrationsPerSubject);
        Assert.Empty(noAdex.ExposureSummary.Single().Doses);
        Assert.NotNull(noAdex.ExposureSummary.Single().TreatmentDurationDays);
    }
}
