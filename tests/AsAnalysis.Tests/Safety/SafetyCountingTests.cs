using AsAnalysis.Data;
using AsAnalysis.Safety;
using static AsAnalysis.Tests.Safety.B;

namespace AsAnalysis.Tests.Safety;

public class SafetyCountingTests
{
    private const string Gi = "GASTROINTESTINAL DISORDERS";
    private const string Inf = "INFECTIONS AND INFESTATIONS";
    private const string Nerv = "NERVOUS SYSTEM DISORDERS";

    [Fact]
    public void RepeatedPtInOneSubjectCountsTheSubjectOnceAndEveryEvent()
    {
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC"), Subj("S3", "Etanercept")],
            [
                Ae("S1", Nerv, "HEADACHE", 1), Ae("S1", Nerv, "HEADACHE", 5), Ae("S1", Nerv, "HEADACHE", 9),
                Ae("S1", Nerv, "DIZZINESS", 3),
                Ae("S2", Nerv, "HEADACHE", 2),
            ]);
        var r = SafetyAnalysis.Run(data);

        var headache = r.Pt(Nerv, "HEADACHE").Cell("MSC");
        Assert.Equal((2, 4, 2, 1.0), (headache.N, headache.Events, headache.Subjects, headache.Proportion));
        var soc = r.Soc(Nerv).Cell("MSC");
        Assert.Equal((2, 5), (soc.Subjects, soc.Events)); // S1 once per SOC despite 4 records
        var any = r.Row(OverviewCategory.AnyTeae).Cell("MSC");
        Assert.Equal((2, 5), (any.Subjects, any.Events));
        var eta = r.Row(OverviewCategory.AnyTeae).Cell("Etanercept");
        Assert.Equal((1, 0, 0, 0.0), (eta.N, eta.Subjects, eta.Events, eta.Proportion));
    }

    [Fact]
    public void PreTreatmentAesAreExcludedAndCounted()
    {
        // Derived rule (no TRTEMFL anywhere): ASTDT >= TRTSDT is emergent, the first treatment day included.
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC", start: 10)],
            [
                Ae("S1", Nerv, "HEADACHE", -1),     // day before TRTSDT: pre-treatment
                Ae("S1", Nerv, "DIZZINESS", 0),     // on TRTSDT: emergent
                Ae("S2", Inf, "NASOPHARYNGITIS", 9), // before this subject's TRTSDT (day 10)
                Ae("S2", Inf, "INFLUENZA", 10),
            ]);
        var r = SafetyAnalysis.Run(data);

        Assert.Equal(2, r.Row(OverviewCategory.AnyTeae).Cell("MSC").Subjects);
        Assert.Equal(2, r.Row(OverviewCategory.AnyTeae).Cell("MSC").Events);
        Assert.Equal(["DIZZINESS"], r.BySocPt.Socs.Single(s => s.Soc.Term.Soc == Nerv).Pts.Select(p => p.Term.Pt));
        Assert.Equal(["INFLUENZA"], r.BySocPt.Socs.Single(s => s.Soc.Term.Soc == Inf).Pts.Select(p => p.Term.Pt));
        Assert.Equal(2, r.HandlingCount(SafetyHandling.AeBeforeTreatmentStart));
    }

    [Fact]
    public void UntreatedSubjectsAreExcludedFromDenominatorsAndCountsAndCounted()
    {
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC", safety: false, start: null, end: null), Subj("S3", "Etanercept"), Subj("S4", "Placebo", safety: false)],
            [Ae("S1", Nerv, "HEADACHE"), Ae("S2", Nerv, "HEADACHE"), Ae("S2", Gi, "NAUSEA"), Ae("S4", Gi, "NAUSEA")]);
        var r = SafetyAnalysis.Run(data);

        Assert.Equal(["Etanercept", "MSC"], r.Arms.Select(a => a.Arm)); // Placebo has no safety subject: no column
        Assert.Equal(1, r.Arms.Single(a => a.Arm == "MSC").N);
        Assert.Equal((1, 1), (r.Pt(Nerv, "HEADACHE").Cell("MSC").Subjects, r.Pt(Nerv, "HEADACHE").Cell("MSC").Events));
        Assert.DoesNotContain(r.BySocPt.Socs, s => s.Soc.Term.Soc == Gi);
        Assert.Equal(2, r.HandlingCount(SafetyHandling.SubjectNotInSafetyPopulation));
        Assert.Equal(3, r.HandlingCount(SafetyHandling.AeOfSubjectOutsideSafetyPopulation));
        var h = r.DataHandling.Single(x => x.Kind == SafetyHandling.SubjectNotInSafetyPopulation);
        Assert.True(h.CountsSubjects);
        Assert.True(h.IsExclusion);
    }

    [Fact]
    public void CrossoverSubjectIsCountedInItsActualArm()
    {
        // S2 was randomized to Etanercept but received MSC.
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC", planned: "Etanercept"), Subj("S3", "Etanercept")],
            [Ae("S2", Inf, "INFLUENZA"), Ae("S3", Inf, "INFLUENZA")]);
        var r = SafetyAnalysis.Run(data);

        Assert.Equal(2, r.Arms.Single(a => a.Arm == "MSC").N);
        Assert.Equal(1, r.Arms.Single(a => a.Arm == "Etanercept").N);
        Assert.Equal(1, r.Pt(Inf, "INFLUENZA").Cell("MSC").Subjects);
        Assert.Equal(0.5, r.Pt(Inf, "INFLUENZA").Cell("MSC").Proportion);
        Assert.Equal(1, r.Pt(Inf, "INFLUENZA").Cell("Etanercept").Subjects);
        Assert.Equal(1.0, r.Pt(Inf, "INFLUENZA").Cell("Etanercept").Proportion);
    }

    [Fact]
    public void SocAndPtSortByDescendingTotalSubjectsWithAlphabeticalTies()
    {
        // Subjects per SOC (all arms): Nerv 3, Gi 2, Inf 2 ("GASTRO..." < "INFECTIONS..." on the tie), "eye disorders" 1.
        // PTs in Nerv: HEADACHE 2 subjects (but 2 events), DIZZINESS 1 (3 events: events do not sort), "aphasia" 1 (case-insensitive tie).
        var data = Trial(
            [Subj("A1", "MSC"), Subj("A2", "MSC"), Subj("C1", "Etanercept"), Subj("C2", "Etanercept")],
            [
                Ae("A1", Nerv, "HEADACHE"), Ae("C1", Nerv, "HEADACHE"),
                Ae("A2", Nerv, "DIZZINESS"), Ae("A2", Nerv, "DIZZINESS", 2), Ae("A2", Nerv, "DIZZINESS", 3),
                Ae("C2", Nerv, "aphasia"),
                Ae("A1", Inf, "INFLUENZA"), Ae("C1", Inf, "INFLUENZA"),
                Ae("A1", Gi, "NAUSEA"), Ae("A2", Gi, "DIARRHOEA"),
                Ae("C2", "eye disorders", "DRY EYE"),
            ]);
        var r = SafetyAnalysis.Run(data);

        Assert.Equal([Nerv, Gi, Inf, "eye disorders"], r.BySocPt.Socs.Select(s => s.Soc.Term.Soc));
        Assert.Equal(["HEADACHE", "aphasia", "DIZZINESS"], r.BySocPt.Socs[0].Pts.Select(p => p.Term.Pt));
        Assert.Equal(["DIARRHOEA", "NAUSEA"], r.BySocPt.Socs[1].Pts.Select(p => p.Term.Pt));
        Assert.Equal(
            [Nerv, Nerv + "|HEADACHE", Nerv + "|aphasia", Nerv + "|DIZZINESS", Gi, Gi + "|DIARRHOEA", Gi + "|NAUSEA", Inf, Inf + "|INFLUENZA", "eye disorders", "eye disorders|DRY EYE"],
            r.BySocPt.Rows.Select(x => x.Term.Key));

        // Sorting by one arm: Etanercept has Nerv 2 (C1, C2), Inf 1, eye 1, Gi 0.
        var byArm = SafetyAnalysis.Run(data, new SafetyOptions { SortArm = "Etanercept" });
        Assert.Equal([Nerv, "eye disorders", Inf, Gi], byArm.BySocPt.Socs.Select(s => s.Soc.Term.Soc));

        var alpha = SafetyAnalysis.Run(data, new SafetyOptions { SortOrder = TermSortOrder.Alphabetical });
        Assert.Equal(["eye disorders", Gi, Inf, Nerv], alpha.BySocPt.Socs.Select(s => s.Soc.Term.Soc));
        Assert.Equal(["aphasia", "DIZZINESS", "HEADACHE"], alpha.BySocPt.Socs[3].Pts.Select(p => p.Term.Pt));
    }

    [Fact]
    public void MinimumIncidenceKeepsPtsReachingTheThresholdInAnyArm()
    {
        // MSC N = 20, Etanercept N = 21. 5% of 20 = 1 subject exactly (kept: >=); 1/21 < 5%.
        var subjects = Enumerable.Range(1, 20).Select(i => Subj($"A{i}", "MSC"))
            .Concat(Enumerable.Range(1, 21).Select(i => Subj($"C{i}", "Etanercept"))).ToList();
        var data = Trial(subjects,
        [
            Ae("A1", Nerv, "HEADACHE"),                               // 1/20 = 0.05 in MSC: kept
            Ae("C1", Nerv, "DIZZINESS"),                              // 1/21 in Etanercept only: dropped
            Ae("C2", Gi, "NAUSEA"),                                   // Gi: only PT dropped -> SOC dropped
            Ae("C3", Inf, "INFLUENZA"), Ae("C4", Inf, "INFLUENZA"),   // 2/21 = 0.095: kept
        ]);
        var r = SafetyAnalysis.Run(data, new SafetyOptions { MinimumIncidence = 0.05 });

        Assert.Equal([Inf, Nerv], r.BySocPt.Socs.Select(s => s.Soc.Term.Soc));
        Assert.Equal(["HEADACHE"], r.BySocPt.Socs[1].Pts.Select(p => p.Term.Pt));
        // The SOC row keeps all of its subjects (HEADACHE and DIZZINESS), not only those of the shown PTs.
        Assert.Equal(1, r.Soc(Nerv).Cell("Etanercept").Subjects);
        Assert.Equal((4, 2), (r.BySocPt.PtCount, r.BySocPt.PtsShown));
        Assert.Equal(0.05, r.BySocPt.MinimumIncidence);
        // Comparisons and rates follow the shown rows only.
        Assert.DoesNotContain(r.ExposureAdjustedRates, x => x.Key.Term.Pt == "DIZZINESS");

        var all = SafetyAnalysis.Run(data);
        Assert.Equal((4, 4), (all.BySocPt.PtCount, all.BySocPt.PtsShown));
    }

    [Fact]
    public void MaximumSeverityPerSubjectAndMissingSeverityCountsAsSevereByDefault()
    {
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC"), Subj("S3", "MSC"), Subj("S4", "MSC")],
            [
                Ae("S1", Nerv, "HEADACHE", severity: AeSeverity.Mild), Ae("S1", Nerv, "HEADACHE", 2, AeSeverity.Moderate), Ae("S1", Gi, "NAUSEA", 3, AeSeverity.Mild),
                Ae("S2", Nerv, "HEADACHE", severity: AeSeverity.Mild),
                Ae("S3", Nerv, "HEADACHE", severity: null), Ae("S3", Nerv, "HEADACHE", 4, AeSeverity.Mild),
                Ae("S4", Gi, "NAUSEA", severity: AeSeverity.Severe),
            ]);

        var r = SafetyAnalysis.Run(data);
        var overall = r.BySeverity[0];
        Assert.Equal(SafetyTerm.Overall, overall.Term);
        Assert.Equal([SeverityCategory.Mild, SeverityCategory.Moderate, SeverityCategory.Severe], overall.Rows.Select(x => x.Category));
        // Subjects by max: S2 mild; S1 moderate; S3 (missing -> severe) and S4 severe.
        Assert.Equal([1, 1, 2], overall.Rows.Select(x => x.Cells[0].Subjects));
        // Events by their own severity: mild S1 x2, S2, S3 = 4; moderate 1; severe (S3 imputed, S4) 2.
        Assert.Equal([4, 1, 2], overall.Rows.Select(x => x.Cells[0].Events));
        Assert.Equal(r.Row(OverviewCategory.AnyTeae).Cell("MSC").Subjects, overall.Rows.Sum(x => x.Cells[0].Subjects));
        Assert.Equal(2, r.Row(OverviewCategory.Severe).Cell("MSC").Subjects);
        Assert.Equal(1, r.HandlingCount(SafetyHandling.TeaeMissingSeverityImputed));

        var headache = r.BySeverity.Single(b => b.Term == SafetyTerm.ForPt(Nerv, "HEADACHE"));
        Assert.Equal([1, 1, 1], headache.Rows.Select(x => x.Cells[0].Subjects)); // S2 mild, S1 moderate, S3 severe

        // Kept apart: S3 has no SEVERE record and one without severity -> MISSING.
        var kept = SafetyAnalysis.Run(data, new SafetyOptions { MissingSeverityAs = null });
        var k = kept.BySeverity[0];
        Assert.Equal(Enum.GetValues<SeverityCategory>(), k.Rows.Select(x => x.Category));
        Assert.Equal([1, 1, 1, 1], k.Rows.Select(x => x.Cells[0].Subjects));
        Assert.Equal([4, 1, 1, 1], k.Rows.Select(x => x.Cells[0].Events));
        Assert.Equal(1, kept.Row(OverviewCategory.Severe).Cell("MSC").Subjects);

        var asMild = SafetyAnalysis.Run(data, new SafetyOptions { MissingSeverityAs = AeSeverity.Mild });
        Assert.Equal([2, 1, 1], asMild.BySeverity[0].Rows.Select(x => x.Cells[0].Subjects));
    }

    [Fact]
    public void RelationshipIsRelatedWhenAnyRecordIsAndMissingCountsAsRelatedByDefault()
    {
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC"), Subj("S3", "MSC"), Subj("S4", "MSC")],
            [
                Ae("S1", Nerv, "HEADACHE", rel: "NOT RELATED"), Ae("S1", Nerv, "HEADACHE", 2, rel: "PROBABLE"),
                Ae("S2", Nerv, "HEADACHE", rel: "UNLIKELY"), Ae("S2", Gi, "NAUSEA", rel: "REMOTE"),
                Ae("S3", Gi, "NAUSEA", rel: null), Ae("S3", Gi, "NAUSEA", 3, rel: "NOT RELATED"),
                Ae("S4", Gi, "NAUSEA", rel: "possible"),
            ]);
        var r = SafetyAnalysis.Run(data);
        var overall = r.ByRelationship[0];
        Assert.Equal([RelationshipCategory.Related, RelationshipCategory.NotRelated], overall.Rows.Select(x => x.Category));
        Assert.Equal([3, 1], overall.Rows.Select(x => x.Cells[0].Subjects)); // S1, S3 (missing), S4 related; S2 not
        Assert.Equal([3, 4], overall.Rows.Select(x => x.Cells[0].Events));
        Assert.Equal((3, 3), (r.Row(OverviewCategory.Related).Cell("MSC").Subjects, r.Row(OverviewCategory.Related).Cell("MSC").Events));

        var apart = SafetyAnalysis.Run(data, new SafetyOptions { MissingRelationship = MissingRelationshipRule.Missing });
        Assert.Equal([2, 1, 1], apart.ByRelationship[0].Rows.Select(x => x.Cells[0].Subjects));
        Assert.Equal(2, apart.Row(OverviewCategory.Related).Cell("MSC").Subjects);
        var not = SafetyAnalysis.Run(data, new SafetyOptions { MissingRelationship = MissingRelationshipRule.NotRelated });
        Assert.Equal([2, 2], not.ByRelationship[0].Rows.Select(x => x.Cells[0].Subjects));
        var nausea = not.ByRelationship.Single(b => b.Term == SafetyTerm.ForPt(Gi, "NAUSEA"));
        Assert.Equal([1, 2], nausea.Rows.Select(x => x.Cells[0].Subjects)); // S4 related; S2, S3 not
    }

    [Fact]
    public void OverviewRowsSeriousDiscontinuationDeath()
    {
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC", died: true), Subj("S3", "MSC", died: false), Subj("S4", "Etanercept", died: false)],
            [
                Ae("S1", Nerv, "HEADACHE", serious: true), Ae("S1", Nerv, "HEADACHE", 2, serious: true, action: "DRUG WITHDRAWN"),
                Ae("S2", Gi, "NAUSEA", serious: null),                        // missing seriousness: serious by default
                Ae("S3", Gi, "NAUSEA", action: "dose not changed"),
                Ae("S4", Inf, "SEPSIS", serious: true, outcome: "FATAL", action: " drug withdrawn "),
            ]);
        var r = SafetyAnalysis.Run(data);
        Assert.Equal(Enum.GetValues<OverviewCategory>(), r.Overview.Select(o => o.Category));
        Assert.Equal((2, 3), (r.Row(OverviewCategory.Serious).Cell("MSC").Subjects, r.Row(OverviewCategory.Serious).Cell("MSC").Events));
        Assert.Equal((1, 1), (r.Row(OverviewCategory.LeadingToDiscontinuation).Cell("MSC").Subjects, r.Row(OverviewCategory.LeadingToDiscontinuation).Cell("MSC").Events));
        Assert.Equal(1, r.Row(OverviewCategory.LeadingToDiscontinuation).Cell("Etanercept").Subjects);
        Assert.Equal(1, r.Row(OverviewCategory.Death).Cell("MSC").Subjects);          // DTHFL
        Assert.Equal(1, r.Row(OverviewCategory.Death).Cell("Etanercept").Subjects);   // fatal TEAE, DTHFL = N notwithstanding
        Assert.Equal(1, r.HandlingCount(SafetyHandling.TeaeMissingSeriousness));

        var notSerious = SafetyAnalysis.Run(data, new SafetyOptions { MissingSeriousIsSerious = false });
        Assert.Equal(1, notSerious.Row(OverviewCategory.Serious).Cell("MSC").Subjects);

        // Without any death information (no DTHFL, no AEOUT) the row is absent.
        var noDeathInfo = SafetyAnalysis.Run(Trial([Subj("S1", "MSC")], [Ae("S1", Gi, "NAUSEA")]));
        Assert.DoesNotContain(noDeathInfo.Overview, o => o.Category == OverviewCategory.Death);
    }

    [Fact]
    public void TreatmentEmergentFlagRules()
    {
        // S1 flags: Y on a pre-treatment date (flag wins), N on a post-treatment date, blank on day 5 and a blank without date.
        var data = Trial(
            [Subj("S1", "MSC")],
            [
                Ae("S1", Nerv, "HEADACHE", -3, trtem: true),
                Ae("S1", Nerv, "DIZZINESS", 4, trtem: false),
                Ae("S1", Gi, "NAUSEA", 5, trtem: null),
                Ae("S1", Gi, "VOMITING", null, trtem: null),
            ]);

        // Default: the data carry the flag, so it decides and blank means not emergent (ADaM Y/blank).
        var r = SafetyAnalysis.Run(data);
        Assert.Equal(["HEADACHE"], r.BySocPt.Rows.Where(x => x.Term.Level == TermLevel.Pt).Select(x => x.Term.Pt));
        Assert.Equal(3, r.HandlingCount(SafetyHandling.AeFlaggedNotTreatmentEmergent));

        // Per record: blank ones are derived (day 5 emergent, missing date emergent by default).
        var perRecord = SafetyAnalysis.Run(data, new SafetyOptions { TreatmentEmergent = TreatmentEmergentRule.FlagElseDerivedPerRecord });
        Assert.Equal(["NAUSEA", "VOMITING", "HEADACHE"], perRecord.BySocPt.Rows.Where(x => x.Term.Level == TermLevel.Pt).Select(x => x.Term.Pt));
        Assert.Equal(1, perRecord.HandlingCount(SafetyHandling.AeFlaggedNotTreatmentEmergent));
        Assert.Equal(1, perRecord.HandlingCount(SafetyHandling.AeMissingStartDateCountedEmergent));

        // Derived: flags ignored; pre-treatment HEADACHE out, DIZZINESS in; missing date excluded on request.
        var derived = SafetyAnalysis.Run(data, new SafetyOptions { TreatmentEmergent = TreatmentEmergentRule.Derived, MissingStartDateIsTreatmentEmergent = false });
        Assert.Equal(["NAUSEA", "DIZZINESS"], derived.BySocPt.Rows.Where(x => x.Term.Level == TermLevel.Pt).Select(x => x.Term.Pt));
        Assert.Equal(1, derived.HandlingCount(SafetyHandling.AeBeforeTreatmentStart));
        Assert.Equal(1, derived.HandlingCount(SafetyHandling.AeMissingStartDateExcluded));
    }

    [Fact]
    public void DerivedRuleWithEndWindowAndSubjectWithoutTreatmentStart()
    {
        // TRTEDT = day 84; window 28 days: day 112 emergent, day 113 not.
        var data = Trial(
            [Subj("S1", "MSC"), Subj("S2", "MSC", start: null, end: null)],
            [Ae("S1", Nerv, "HEADACHE", 112), Ae("S1", Nerv, "DIZZINESS", 113), Ae("S2", Nerv, "HEADACHE", 5)]);
        var r = SafetyAnalysis.Run(data, new SafetyOptions { TreatmentEmergentWindowDays = 28 });
        Assert.Equal(["HEADACHE"], r.BySocPt.Rows.Where(x => x.Term.Level == TermLevel.Pt).Select(x => x.Term.Pt));
        Assert.Equal(1, r.Pt(Nerv, "HEADACHE").Cell("MSC").Subjects);
        Assert.Equal(2, r.Arms[0].N); // S2 stays in the safety population (SAFFL = Y)
        Assert.Equal(1, r.HandlingCount(SafetyHandling.AeAfterTreatmentEmergentWindow));
        Assert.Equal(1, r.HandlingCount(SafetyHandling.AeSubjectWithoutTreatmentStart));
        Assert.Equal(1, r.HandlingCount(SafetyHandling.SubjectWithoutTimeAtRisk));

        var noWindow = SafetyAnalysis.Run(data);
        Assert.Equal(2, noWindow.Soc(Nerv).Cell("MSC").Events);
    }

    [Fact]
    public void BlankTermsAreReportedAsUncoded()
    {
        var r = SafetyAnalysis.Run(Trial([Subj("S1", "MSC")], [Ae("S1", " ", "")]));
        Assert.Equal(SafetyTerm.ForPt(SafetyAnalysis.UncodedTerm, SafetyAnalysis.UncodedTerm), r.BySocPt.Socs.Single().Pts.Single().Term);
    }

    [Fact]
    public void InvalidOptionsAreRejected()
    {
        var data = Trial([Subj("S1", "MSC"), Subj("S2", "Etanercept")]);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => SafetyAnalysis.Run(data, new SafetyOptions { ControlArm = "Placebo" })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => SafetyAnalysis.Run(data, new SafetyOptions { SortArm = "msc" })).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => SafetyAnalysis.Run(Trial([Subj("S1", "MSC", safety: false)]))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyOptions { MinimumIncidence = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyOptions { MinimumIncidence = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyOptions { DaysPerYear = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyOptions { ConfidenceLevel = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyOptions { TreatmentEmergentWindowDays = -1 });
        // An undefined rule used to mean "derive" silently; a blank arm failed only when the analysis ran.
        Assert.Equal("TreatmentEmergent", Assert.Throws<ArgumentOutOfRangeException>(() => SafetyOptions.Default with { TreatmentEmergent = (TreatmentEmergentRule)7 }).ParamName);
        Assert.Equal("MissingSeverityAs", Assert.Throws<ArgumentOutOfRangeException>(() => SafetyOptions.Default with { MissingSeverityAs = (AeSeverity)0 }).ParamName);
        Assert.Equal("ControlArm", Assert.Throws<ArgumentException>(() => SafetyOptions.Default with { ControlArm = " " }).ParamName);
        Assert.Equal("SortArm", Assert.Throws<ArgumentException>(() => SafetyOptions.Default with { SortArm = "" }).ParamName);
        Assert.Null((SafetyOptions.Default with { MissingSeverityAs = null }).MissingSeverityAs);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyCell("MSC", 2, 3, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyCell("MSC", 2, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyHandlingCount(SafetyHandling.ExposureWithoutDose, -1));
        Assert.Throws<ArgumentException>(() => new SafetyRowKey(OverviewCategory.Serious, SafetyTerm.ForSoc("X")));
        Assert.Throws<ArgumentException>(() => SafetyTerm.ForPt("X", ""));
    }
}
