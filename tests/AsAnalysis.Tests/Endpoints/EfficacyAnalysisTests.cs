using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Ard;

namespace AsAnalysis.Tests.Endpoints;

public class EfficacyAnalysisTests
{
    private const string Msc = "MSC", Eta = "Etanercept";

    /// <summary>
    /// Hand-built trial. ASAS20 responder visit = domains (4,4,4,5) from baseline (5,5,5,5); non-responder = (5,5,5,5).
    /// M1 responder at 12 and 48. M2 responder at 12, discontinued before 48. M3 ITT but never treated (SAFFL = N), baseline only.
    /// M4 responder at week 4, one BASFI item missing at 12, responder at 48. M5 not ITT (responder, must be ignored).
    /// E1 responder at 12, non-responder at 48. E2 non-responder at 12 and 48. E3 no baseline visit (values at 12 and 48).
    /// </summary>
    internal static TrialData HandTrial(bool strata = true)
    {
        var b = new TrialBuilder()
            .Subject("M1", Msc, stratum: strata ? "A" : null).Subject("M2", Msc, stratum: strata ? "B" : null, status: "DISCONTINUED")
            .Subject("M3", Msc, safety: false, stratum: strata ? "A" : null).Subject("M4", Msc, stratum: strata ? "B" : null)
            .Subject("M5", Msc, itt: false)
            .Subject("E1", Eta, stratum: strata ? "A" : null).Subject("E2", Eta, stratum: strata ? "B" : null).Subject("E3", Eta, stratum: strata ? "A" : null);
        foreach (var id in new[] { "M1", "M2", "M3", "M4", "M5", "E1", "E2" }) b.Domains(id, 0, 5, 5, 5, 5, otherBasdai: 6);
        Responder(b, "M1", 12); Responder(b, "M1", 48);
        Responder(b, "M2", 12);
        Responder(b, "M4", 4);
        b.Domains("M4", 12, 4, 4, null, 5, otherBasdai: 2);
        foreach (var code in ParamCodes.BasfiItems.Where(c => c != "BASFI03")) b.Value("M4", 12, code, 4);
        Responder(b, "M4", 48);
        Responder(b, "M5", 12); Responder(b, "M5", 48);
        Responder(b, "E1", 12); NonResponder(b, "E1", 48);
        NonResponder(b, "E2", 12); NonResponder(b, "E2", 48);
        Responder(b, "E3", 12); Responder(b, "E3", 48);
        return b.Build();
    }

    private static void Responder(TrialBuilder b, string id, decimal week) => b.Domains(id, week, 4, 4, 4, 5, otherBasdai: 3);
    private static void NonResponder(TrialBuilder b, string id, decimal week) => b.Domains(id, week, 5, 5, 5, 5, otherBasdai: 6);

    [Fact]
    public void Population_and_visits()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta));
        Assert.Equal([Msc, Eta], r.Arms);
        Assert.Equal([Msc], r.TreatmentArms);
        Assert.Equal(1, r.NotIttSubjects);
        Assert.Equal(new ArmPopulation(Msc, 4, 4, 3), r.Population[0]);
        Assert.Equal(new ArmPopulation(Eta, 3, 2, 3), r.Population[1]);
        Assert.Equal([4m, 12m, 48m], r.VisitWeeks);
    }

    [Fact]
    public void Nri_counts_and_reasons_by_hand()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta));
        var m12 = r.Response(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12, Msc);
        Assert.Equal((4, 2, 2, 0), (m12.N, m12.Responders, m12.Imputed, m12.Excluded));
        Assert.Equal([new ReasonCount(NotEvaluableReason.MissingComponent, 1), new ReasonCount(NotEvaluableReason.NotTreated, 1)], m12.ImputedReasons);
        Assert.Equal(0.5, m12.Rate);
        Assert.Equal(2, m12.Wilson.Events);
        Assert.Equal(4, m12.ClopperPearson.Total);
        var e12 = r.Response(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12, Eta);
        Assert.Equal((3, 1, 1), (e12.N, e12.Responders, e12.Imputed));
        Assert.Equal([new ReasonCount(NotEvaluableReason.NoBaseline, 1)], e12.ImputedReasons);
        var m48 = r.Response(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 48, Msc);
        Assert.Equal((4, 2, 2), (m48.N, m48.Responders, m48.Imputed));
        Assert.Equal([new ReasonCount(NotEvaluableReason.Discontinued, 1), new ReasonCount(NotEvaluableReason.NotTreated, 1)], m48.ImputedReasons);
        var e48 = r.Response(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 48, Eta);
        Assert.Equal((3, 0, 1), (e48.N, e48.Responders, e48.Imputed));
        Assert.DoesNotContain(m12.Subjects, s => s.UsubjId == "M5");
    }

    [Fact]
    public void Observed_counts_by_hand()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta));
        var m12 = r.Response(Imputation.ObservedCases, ResponderEndpoint.Asas20, 12, Msc);
        Assert.Equal((4, 2, 2, 0, 2), (m12.IttSubjects, m12.N, m12.Responders, m12.Imputed, m12.Excluded));
        Assert.Equal([new ReasonCount(NotEvaluableReason.MissingComponent, 1), new ReasonCount(NotEvaluableReason.NotTreated, 1)], m12.ExcludedReasons);
        Assert.Equal(1.0, m12.Rate);
        var e48 = r.Response(Imputation.ObservedCases, ResponderEndpoint.Asas20, 48, Eta);
        Assert.Equal((2, 0, 1), (e48.N, e48.Responders, e48.Excluded));
    }

    [Fact]
    public void Locf_carries_the_last_post_baseline_response_never_baseline()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta));
        var m12 = r.Response(Imputation.Locf, ResponderEndpoint.Asas20, 12, Msc);
        // M4: missing component at 12, carried from week 4 (responder). M3: nothing post-baseline -> excluded.
        Assert.Equal((3, 3, 1, 1), (m12.N, m12.Responders, m12.Imputed, m12.Excluded));
        var m4 = m12.Subjects.Single(s => s.UsubjId == "M4");
        Assert.Equal((ResponseHandling.Imputed, (bool?)true, (decimal?)4m, NotEvaluableReason.MissingComponent), (m4.Handling, m4.Responder, m4.CarriedFromWeek, m4.Observed.Reason));
        var m48 = r.Response(Imputation.Locf, ResponderEndpoint.Asas20, 48, Msc);
        // M2 dropped out: week-12 response carried to 48.
        Assert.Equal((3, 3, 1, 1), (m48.N, m48.Responders, m48.Imputed, m48.Excluded));
        Assert.Equal(12m, m48.Subjects.Single(s => s.UsubjId == "M2").CarriedFromWeek);
        Assert.Equal([new ReasonCount(NotEvaluableReason.NotTreated, 1)], m48.ExcludedReasons);
        // Week 4: only M4 has a visit; the others have nothing on or before week 4 -> excluded (baseline not carried).
        var m4w = r.Response(Imputation.Locf, ResponderEndpoint.Asas20, 4, Msc);
        Assert.Equal((1, 1, 3), (m4w.N, m4w.Responders, m4w.Excluded));
        var e12 = r.Response(Imputation.Locf, ResponderEndpoint.Asas20, 12, Eta);
        Assert.Equal((2, 1, 1), (e12.N, e12.Responders, e12.Excluded));
    }

    [Fact]
    public void Comparison_tables_are_treatment_versus_control()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta));
        Assert.Equal(3 * 7 * 2, r.Comparisons.Count); // 3 imputations x 7 endpoints x weeks 12, 48; one treatment arm
        var c = r.Comparison(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12, Msc);
        Assert.Equal(new AsAnalysis.Statistics.TwoByTwoTable(2, 4, 1, 3), c.Table);
        Assert.Equal(Eta, c.ControlArm);
        Assert.Equal(2.0 / 4 - 1.0 / 3, c.Newcombe.Estimate, 1e-15);
        Assert.Equal(AsAnalysis.Statistics.DifferenceCiMethod.MiettinenNurminen, c.MiettinenNurminen.Method);
        Assert.Null(c.Stratified);
        // Orientation check of the wiring (treatment = first row): R 4.x, m <- matrix(c(2,2,1,2), 2, byrow = TRUE)
        Assert.Equal(1.0, c.Fisher.PValue, 1e-10);                                   // fisher.test(m)$p.value = 1
        Assert.Equal(0.65924300369263045, c.ChiSquare.PValue, 1e-10 * 0.659);        // chisq.test(m, correct = FALSE)$p.value
        Assert.Equal(2.0, c.OddsRatio.Estimate, 1e-12);                              // (2*2)/(2*1) by hand
        Assert.Equal(0.090190788430145316, c.OddsRatio.Ci.Lower, 1e-10 * 0.09);      // exp(log(2) -/+ qnorm(0.975) sqrt(1/2+1/2+1+1/2))
        Assert.Equal(44.350427240117603844, c.OddsRatio.Ci.Upper, 1e-10 * 44.35);
        Assert.Throws<KeyNotFoundException>(() => r.Comparison(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 4, Msc));
    }

    [Fact]
    public void Stratified_tables_by_strat1()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta) { Stratified = true });
        var s = r.Comparison(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12, Msc).Stratified!;
        // Stratum A: M1 (Y), M3 (N, not treated) vs E1 (Y), E3 (N, no baseline); stratum B: M2 (Y), M4 (N) vs E2 (N).
        Assert.Equal(["A", "B"], s.StrataLabels);
        Assert.Equal(new AsAnalysis.Statistics.TwoByTwoTable(1, 2, 1, 2), s.Tables[0]);
        Assert.Equal(new AsAnalysis.Statistics.TwoByTwoTable(1, 2, 0, 1), s.Tables[1]);
        // R 4.x: x <- array(c(1,1,1,1, 1,0,1,1), dim = c(2,2,2)); mantelhaen.test(x, correct = FALSE)
        Assert.Equal(0.65472084601857705, s.Cmh.Test.PValue, 1e-10 * 0.65);         // $p.value
        Assert.Equal(2.333333333333333, s.Cmh.CommonOddsRatio, 1e-10 * 2.33);        // $estimate
        Assert.Equal(0.090543078636492663, s.Cmh.OddsRatioCi.Lower, 1e-10 * 0.09);   // $conf.int
        Assert.Equal(60.130984349477408557, s.Cmh.OddsRatioCi.Upper, 1e-10 * 60.1);
        // CMH-weighted difference by hand: w_A = 2*2/4 = 1, d_A = 0; w_B = 2*1/3 = 2/3, d_B = 0.5 -> (2/3 * 0.5) / (5/3) = 0.2.
        Assert.Equal(0.2, s.Difference.Estimate, 1e-12);
        var o = r.Comparison(Imputation.ObservedCases, ResponderEndpoint.Asas20, 12, Msc).Stratified!;
        Assert.Equal(new AsAnalysis.Statistics.TwoByTwoTable(1, 1, 1, 1), o.Tables[0]);
        Assert.Throws<ArgumentException>(() => EfficacyAnalysis.Run(HandTrial(strata: false), new EfficacyOptions(Eta) { Stratified = true }));
    }

    [Fact]
    public void Unknown_control_arm_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions("Placebo")));
        Assert.Contains("Placebo", ex.Message);
        Assert.Throws<ArgumentException>(() => new EfficacyOptions(" "));
        Assert.Throws<ArgumentException>(() => new EfficacyOptions(Eta) { AnalysisWeeks = [0m] });
        Assert.Throws<ArgumentException>(() => new EfficacyOptions(Eta) { ResponderEndpoints = [ResponderEndpoint.Asas20, ResponderEndpoint.Asas20] });
    }

    [Fact]
    public void Continuous_change_from_baseline_by_hand()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta));
        // BASDAI: baseline (4*6 + 5)/5 = 5.8; responder visit (4*3 + 5)/5 = 3.4 -> change -2.4; non-responder 5.8 -> 0.
        // MSC week 12: M1, M2 (-2.4 each); M4 BASDAI at 12 = (4*2 + 5)/5 = 2.6 -> -3.2 (BASDAI complete; BASFI is not).
        var m = r.Continuous.Single(c => c.Endpoint == ContinuousEndpoint.Basdai && c.VisitWeek == 12 && c.Arm == Msc);
        Assert.Equal(3, m.Change.N);
        Assert.Equal((-2.4 - 2.4 - 3.2) / 3, m.Change.Mean, 1e-12);
        Assert.Equal(-3.2, m.Change.Min, 1e-12);
        Assert.Equal(5.8, m.Baseline.Mean, 1e-12);
        Assert.Equal(4, m.IttSubjects);
        // BASFI at week 12 for MSC: M4 missing -> n = 2.
        var basfi = r.Continuous.Single(c => c.Endpoint == ContinuousEndpoint.Basfi && c.VisitWeek == 12 && c.Arm == Msc);
        Assert.Equal(2, basfi.Change.N);
        Assert.Equal(2, basfi.Excluded);
        Assert.Equal([new ReasonCount(NotEvaluableReason.MissingComponent, 1), new ReasonCount(NotEvaluableReason.NotTreated, 1)], basfi.ExcludedReasons);
        // Etanercept week 12: E1 -2.4, E2 0 (E3 has no baseline).
        var e = r.Continuous.Single(c => c.Endpoint == ContinuousEndpoint.Basdai && c.VisitWeek == 12 && c.Arm == Eta);
        Assert.Equal(2, e.Change.N);
        Assert.Equal(-1.2, e.Change.Mean, 1e-12);
        Assert.Equal([new ReasonCount(NotEvaluableReason.NoBaseline, 1)], e.ExcludedReasons);
        var a = r.ContinuousComparisons.Single(c => c.Endpoint == ContinuousEndpoint.Basdai && c.VisitWeek == 12);
        Assert.Equal((3, 2), (a.Ancova.TreatmentN, a.Ancova.ControlN));
    }

    [Fact]
    public void Ard_rows_use_the_contract_names_in_a_stable_order_without_duplicates()
    {
        var r = EfficacyAnalysis.Run(HandTrial(), new EfficacyOptions(Eta) { Stratified = true });
        var rows = r.ToArdRows();
        Assert.Equal(rows, r.ToArdRows());
        var keys = rows.Select(x => (x.Analysis, x.Endpoint, x.Visit, x.Arm, x.Term, x.Stat, x.Method)).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(new ArdRow("efficacy_binary", "ASAS20", "Week 4", Msc, "", "N", "", 4), rows[0]);
        Assert.Equal(["efficacy_binary", "efficacy_binary_observed", "efficacy_binary_locf", "efficacy_continuous"], rows.Select(x => x.Analysis).Distinct());
        Assert.Equal(["ASAS20", "ASAS40", "ASAS56", "ASASPR", "BASDAI50", "ASDAS_CII", "ASDAS_MI", "BASDAI", "BASFI", "ASDAS_CRP", "CRP", "PTGLOBAL", "PAIN"],
            rows.Select(x => x.Endpoint).Distinct());
        ArdRow Get(string analysis, string endpoint, string visit, string arm, string stat, string method, string term = "") =>
            rows.Single(x => x.Analysis == analysis && x.Endpoint == endpoint && x.Visit == visit && x.Arm == arm && x.Stat == stat && x.Method == method && x.Term == term);
        Assert.Equal(2, Get("efficacy_binary", "ASAS20", "Week 12", Msc, "n", "").Value);
        Assert.Equal(0.5, Get("efficacy_binary", "ASAS20", "Week 12", Msc, "rate", "").Value);
        Assert.Equal(2, Get("efficacy_binary", "ASAS20", "Week 12", Msc, "n_imputed", "").Value);
        Assert.Equal(1, Get("efficacy_binary", "ASAS20", "Week 12", Msc, "n_imputed", "", "not_treated").Value);
        Assert.Equal(2, Get("efficacy_binary_observed", "ASAS20", "Week 12", Msc, "n_excluded", "").Value);
        var m12 = r.Response(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12, Msc);
        Assert.Equal(m12.Wilson.Ci.Lower, Get("efficacy_binary", "ASAS20", "Week 12", Msc, "ci_low", "wilson").Value);
        Assert.Equal(m12.ClopperPearson.Ci.Upper, Get("efficacy_binary", "ASAS20", "Week 12", Msc, "ci_high", "clopper_pearson").Value);
        Assert.Equal(2.0 / 4 - 1.0 / 3, Get("efficacy_binary", "ASAS20", "Week 12", "difference", "diff", "").Value, 1e-15);
        foreach (var (stat, method) in new[] { ("ci_low", "newcombe"), ("ci_high", "miettinen_nurminen"), ("p_value", "fisher"), ("p_value", "chisq"),
                     ("odds_ratio", "woolf"), ("ci_low", "woolf"), ("diff", "cmh_wald"), ("p_value", "cmh"), ("odds_ratio", "mantel_haenszel") })
            Get("efficacy_binary_locf", "ASAS40", "Week 48", "difference", stat, method);
        // No difference rows at week 4 (not an analysis visit), but per-arm rows.
        Assert.DoesNotContain(rows, x => x.Visit == "Week 4" && x.Arm == "difference" && x.Analysis != "efficacy_continuous");
        Assert.Equal(1, Get("efficacy_continuous", "BASFI", "Week 12", Msc, "n_excluded", "", "missing_component").Value);
        foreach (var stat in new[] { "n", "mean", "sd", "median", "q1", "q3", "min", "max", "n_excluded" })
            Get("efficacy_continuous", "BASDAI", "Week 12", Msc, stat, "");
        Get("efficacy_continuous", "BASDAI", "Week 12", Msc, "lsmean", "ancova");
        Get("efficacy_continuous", "BASDAI", "Week 12", Eta, "lsmean", "ancova");
        foreach (var stat in new[] { "diff", "se", "ci_low", "ci_high", "p_value" })
            Get("efficacy_continuous", "BASDAI", "Week 12", "difference", stat, "ancova");
    }

    [Fact]
    public void Three_arms_compare_each_arm_with_the_control()
    {
        var b = new TrialBuilder().Subject("A1", "A").Subject("B1", "B").Subject("C1", "C");
        foreach (var id in new[] { "A1", "B1", "C1" }) { b.Domains(id, 0, 5, 5, 5, 5); b.Domains(id, 12, 4, 4, 4, 5); }
        var r = EfficacyAnalysis.Run(b.Build(), new EfficacyOptions("B") { AnalysisWeeks = [12m] });
        Assert.Equal(["A", "C", "B"], r.Arms);
        Assert.Equal(["A", "C"], r.Comparisons.Where(c => c.Imputation == Imputation.NonResponderImputation && c.Endpoint == ResponderEndpoint.Asas20).Select(c => c.TreatmentArm));
        var rows = r.ToArdRows();
        // Same rule as the safety rows (ArdAnalysis.DifferenceArmLabel): the test arm goes into the arm label.
        Assert.Contains(rows, x => x.Arm == "difference:A" && x.Term == "" && x.Stat == "diff");
        Assert.Contains(rows, x => x.Arm == "difference:C" && x.Term == "" && x.Stat == "diff");
        Assert.DoesNotContain(rows, x => x.Arm == "difference");
        Assert.Contains(rows, x => x.Arm == "B" && x.Term == "A vs B" && x.Stat == "lsmean");
        var keys = rows.Select(x => (x.Analysis, x.Endpoint, x.Visit, x.Arm, x.Term, x.Stat, x.Method)).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Dropout_before_week_12()
    {
        // D1 discontinued after a week-4 response; D2 is flagged DISCONTINUED too but came back at week 48 (so week 12 is
        // just a missed visit); C1 is the control arm's only subject (non-responder at 12).
        var b = new TrialBuilder().Subject("D1", Msc, status: "DISCONTINUED").Subject("D2", Msc, status: "Discontinued").Subject("C1", Eta);
        foreach (var id in new[] { "D1", "D2", "C1" }) b.Domains(id, 0, 5, 5, 5, 5);
        Responder(b, "D1", 4);
        Responder(b, "D2", 48);
        NonResponder(b, "C1", 12);
        var r = EfficacyAnalysis.Run(b.Build(), new EfficacyOptions(Eta));
        var nri = r.Response(Imputation.NonResponderImputation, ResponderEndpoint.Asas20, 12, Msc);
        Assert.Equal((2, 0, 2), (nri.N, nri.Responders, nri.Imputed));
        Assert.Equal([new ReasonCount(NotEvaluableReason.NoVisit, 1), new ReasonCount(NotEvaluableReason.Discontinued, 1)], nri.ImputedReasons);
        Assert.Equal(NotEvaluableReason.Discontinued, nri.Subjects.Single(s => s.UsubjId == "D1").Observed.Reason);
        var observed = r.Response(Imputation.ObservedCases, ResponderEndpoint.Asas20, 12, Msc);
        Assert.Equal((0, 2), (observed.N, observed.Excluded));
        Assert.True(double.IsNaN(observed.Rate));
        Assert.True(double.IsNaN(r.Comparison(Imputation.ObservedCases, ResponderEndpoint.Asas20, 12, Msc).Newcombe.Estimate));
        var locf = r.Response(Imputation.Locf, ResponderEndpoint.Asas20, 12, Msc);
        Assert.Equal((1, 1, 1, 1), (locf.N, locf.Responders, locf.Imputed, locf.Excluded));
        Assert.Equal(4m, locf.Subjects.Single(s => s.UsubjId == "D1").CarriedFromWeek);
        // Continuous: the dropout is excluded with its reason.
        var c = r.Continuous.Single(x => x.Endpoint == ContinuousEndpoint.Basdai && x.VisitWeek == 12 && x.Arm == Msc);
        Assert.Equal(0, c.Change.N);
        Assert.Equal([new ReasonCount(NotEvaluableReason.NoVisit, 1), new ReasonCount(NotEvaluableReason.Discontinued, 1)], c.ExcludedReasons);
    }
}
