using AsAnalysis.Data;
using AsAnalysis.Endpoints;

namespace AsAnalysis.Tests.Endpoints;

public class EndpointDerivationTests
{
    [Fact]
    public void Components_and_responders_of_a_hand_computed_subject()
    {
        // Baseline: PGA 5, pain 5, BASFI 5, inflammation 5 (Q5 = Q6 = 5), Q1..Q4 = 6 -> BASDAI (24 + 5)/5 = 5.8.
        // Week 12: 4, 4, 4, 5 and Q1..Q4 = 3 -> BASDAI (12 + 5)/5 = 3.4; ASAS20 = Y (§9.1 row 1), ASAS40 = N,
        // BASDAI50: 100*(5.8-3.4) = 240 < 290 -> N; partial remission N (4 > 2).
        var data = new TrialBuilder().Subject("S1", "MSC")
            .Domains("S1", 0, 5, 5, 5, 5, otherBasdai: 6, crp: 10)
            .Domains("S1", 12, 4, 4, 4, 5, otherBasdai: 3, crp: 3)
            .Build();
        var ds = EndpointDerivation.DeriveSubjectVisits(data);
        Assert.Equal(2, ds.Visits.Count);
        Assert.Equal([12m], ds.PostBaselineWeeks);
        var w12 = ds.Find("S1", 12)!;
        Assert.Equal("Week 12", w12.VisitLabel);
        Assert.Equal(3.4m, w12.Components.Basdai);
        Assert.Equal(CompositeSource.Items, w12.Components.BasdaiSource);
        Assert.Equal(4m, w12.Components.Basfi);
        Assert.Equal(5m, w12.Components.Inflammation);
        Assert.Equal(new AsasDomains(4, 4, 4, 5), w12.Components.Domains);
        Assert.True(w12.Asas20);
        Assert.False(w12.Asas40);
        Assert.False(w12.Basdai50);
        Assert.False(w12.AsasPartialRemission);
        Assert.Null(w12.Asas56); // no LATFLEX
        Assert.Equal(NotEvaluableReason.MissingBaselineComponent, w12.Outcome(ResponderEndpoint.Asas56).Reason);
        Assert.Equal(5.8m, w12.Baseline!.Basdai);
        Assert.Equal(-2.4, w12.Change(ContinuousEndpoint.Basdai));
        Assert.Equal(-7.0, w12.Change(ContinuousEndpoint.Crp));
        Assert.Equal(-1.0, w12.Change(ContinuousEndpoint.Pain));
        // ASDAS-CRP by hand: baseline 0.121*6 + 0.058*5 + 0.110*5 + 0.073*6 + 0.579 ln 11, week 12 with Q2 = Q3 = 3, PGA 4, Q6 5, CRP 3.
        double b = 0.121 * 6 + 0.058 * 5 + 0.110 * 5 + 0.073 * 6 + 0.579 * Math.Log(11);
        double f = 0.121 * 3 + 0.058 * 5 + 0.110 * 4 + 0.073 * 3 + 0.579 * Math.Log(4);
        Assert.Equal(b, w12.Baseline.AsdasCrp!.Value, 1e-12);
        Assert.Equal(f - b, w12.AsdasChange!.Value, 1e-12);
        Assert.Equal(f - b, w12.Change(ContinuousEndpoint.AsdasCrp)!.Value, 1e-12);
        Assert.True(w12.AsdasClinicallyImportantImprovement);   // change = 2.114669 - 3.392381 = -1.2777 (by hand)
        Assert.False(w12.AsdasMajorImprovement);
        Assert.Equal(4, w12.DomainTrace.Count);
    }

    [Fact]
    public void Percent_change_is_exact_and_undefined_at_a_zero_baseline()
    {
        // PCHG = 100 (AVAL - BASE) / |BASE|, null when BASE = 0 (as-endpoints-detail §3.7; admiral derive_var_pchg).
        // PGA 5.5 -> 4.4 is exactly -20% (a float trap: 100 * (4.4 - 5.5) / 5.5 in double is -20.000000000000004).
        // Pain 0 -> 1: baseline 0, so undefined.
        var data = new TrialBuilder().Subject("S1", "MSC")
            .Domains("S1", 0, 5.5m, 0, 5, 5, otherBasdai: 6, crp: 10)
            .Domains("S1", 12, 4.4m, 1, 4, 5, otherBasdai: 3, crp: 2.5m)
            .Build();
        var w12 = EndpointDerivation.DeriveSubjectVisits(data).Find("S1", 12)!;
        Assert.Equal(-20.0, w12.PercentChange(ContinuousEndpoint.PatientGlobal));
        Assert.Null(w12.PercentChange(ContinuousEndpoint.Pain));
        Assert.Equal(-75.0, w12.PercentChange(ContinuousEndpoint.Crp));
        // BASDAI (24 + 5)/5 = 5.8 -> (12 + 5)/5 = 3.4: 100 * -2.4 / 5.8 = -41.379310344827586...
        Assert.Equal(-41.379310344827586, w12.PercentChange(ContinuousEndpoint.Basdai)!.Value, 1e-12);
        Assert.Null(EndpointDerivation.DeriveSubjectVisits(data).Find("S1", 0)!.PercentChange(ContinuousEndpoint.Basdai));
    }

    [Fact]
    public void Baseline_visit_has_state_but_no_change_based_response()
    {
        var data = new TrialBuilder().Subject("S1", "MSC").Domains("S1", 0, 2, 2, 2, 2).Build();
        var v = EndpointDerivation.DeriveSubjectVisits(data).Find("S1", 0)!;
        Assert.False(v.IsPostBaseline);
        Assert.True(v.AsasPartialRemission);
        Assert.Equal(NotEvaluableReason.NotPostBaseline, v.Outcome(ResponderEndpoint.Asas20).Reason);
        Assert.Null(v.Asas20);
        Assert.Null(v.Baseline);
        Assert.Null(v.Change(ContinuousEndpoint.Basdai));
        Assert.Empty(v.DomainTrace);
    }

    [Fact]
    public void One_missing_item_makes_the_composite_and_the_response_missing()
    {
        // Week 12 lacks BASFI03: BASFI is missing, so ASAS20/40/PR are not evaluable (missing component);
        // BASDAI50 is still evaluable.
        var b = new TrialBuilder().Subject("S1", "MSC").Domains("S1", 0, 5, 5, 5, 5);
        b.Value("S1", 12, ParamCodes.PatientGlobal, 4).Value("S1", 12, ParamCodes.TotalBackPain, 4);
        foreach (var code in ParamCodes.BasfiItems.Where(c => c != "BASFI03")) b.Value("S1", 12, code, 4);
        for (int i = 0; i < 6; i++) b.Value("S1", 12, ParamCodes.BasdaiItems[i], 2);
        var v = EndpointDerivation.DeriveSubjectVisits(b.Build()).Find("S1", 12)!;
        Assert.Null(v.Components.Basfi);
        Assert.Equal(CompositeSource.Missing, v.Components.BasfiSource);
        Assert.Equal(NotEvaluableReason.MissingComponent, v.Outcome(ResponderEndpoint.Asas20).Reason);
        Assert.Equal(NotEvaluableReason.MissingComponent, v.Outcome(ResponderEndpoint.Asas40).Reason);
        Assert.Equal(NotEvaluableReason.MissingComponent, v.Outcome(ResponderEndpoint.AsasPartialRemission).Reason);
        // BASDAI (5*4 + 5)/5 = 5 -> (2*4 + 2)/5 = 2: 100*3 >= 250 -> BASDAI50 = Y.
        Assert.True(v.Basdai50);
    }

    [Fact]
    public void One_missing_basdai_item_is_not_replaced_by_the_pre_derived_total()
    {
        var b = new TrialBuilder().Subject("S1", "MSC").Domains("S1", 0, 5, 5, 5, 5);
        for (int i = 0; i < 5; i++) b.Value("S1", 12, ParamCodes.BasdaiItems[i], 1);
        b.Value("S1", 12, ParamCodes.Basdai, 1);
        var v = EndpointDerivation.DeriveSubjectVisits(b.Build()).Find("S1", 12)!;
        Assert.Null(v.Components.Basdai);
        Assert.Equal(NotEvaluableReason.MissingComponent, v.Outcome(ResponderEndpoint.Basdai50).Reason);
    }

    [Fact]
    public void Items_win_over_pre_derived_totals_which_are_used_only_without_items()
    {
        var b = new TrialBuilder().Subject("S1", "MSC").Domains("S1", 0, 5, 5, 5, 5, otherBasdai: 5);
        b.Value("S1", 0, ParamCodes.Basdai, 9.9m).Value("S1", 0, ParamCodes.Basfi, 9.9m);   // contradicts the items: ignored
        b.Value("S1", 12, ParamCodes.Basdai, 2.5m).Value("S1", 12, ParamCodes.Basfi, 4m)    // no items at week 12: used
         .Value("S1", 12, ParamCodes.PatientGlobal, 4).Value("S1", 12, ParamCodes.TotalBackPain, 4)
         .Value("S1", 12, "BASDAI05", null).Value("S1", 12, "BASDAI06", null);              // empty item values are absent
        var ds = EndpointDerivation.DeriveSubjectVisits(b.Build());
        var v0 = ds.Find("S1", 0)!;
        Assert.Equal(5m, v0.Components.Basdai);
        Assert.Equal(CompositeSource.Items, v0.Components.BasdaiSource);
        Assert.Equal(5m, v0.Components.Basfi);
        var v12 = ds.Find("S1", 12)!;
        Assert.Equal(2.5m, v12.Components.Basdai);
        Assert.Equal(CompositeSource.PreDerived, v12.Components.BasdaiSource);
        Assert.Equal(4m, v12.Components.Basfi);
        Assert.Equal(CompositeSource.PreDerived, v12.Components.BasfiSource);
        Assert.True(v12.Basdai50);   // 5 -> 2.5 exactly 50%
        Assert.Null(v12.Components.Inflammation); // needs Q5 and Q6 themselves
        Assert.Equal(NotEvaluableReason.MissingComponent, v12.Outcome(ResponderEndpoint.Asas20).Reason);
    }

    [Fact]
    public void No_baseline_and_missing_baseline_component()
    {
        var data = new TrialBuilder().Subject("S1", "MSC").Subject("S2", "MSC")
            .Domains("S1", 12, 4, 4, 4, 4)
            .Domains("S2", 0, 5, null, 5, 5).Domains("S2", 12, 4, 4, 4, 4)
            .Build();
        var ds = EndpointDerivation.DeriveSubjectVisits(data);
        Assert.Equal(NotEvaluableReason.NoBaseline, ds.Find("S1", 12)!.Outcome(ResponderEndpoint.Asas20).Reason);
        Assert.Null(ds.Find("S1", 12)!.Change(ContinuousEndpoint.PatientGlobal));
        Assert.Equal(NotEvaluableReason.MissingBaselineComponent, ds.Find("S2", 12)!.Outcome(ResponderEndpoint.Asas20).Reason);
        Assert.True(ds.Find("S2", 12)!.AsasPartialRemission is false);
    }

    [Fact]
    public void Baseline_zero_domain_in_the_pipeline()
    {
        // §9.1 rows 6 and 7 through TrialData: PGA 0 at baseline.
        var data = new TrialBuilder().Subject("S6", "A").Subject("S7", "A")
            .Domains("S6", 0, 0, 6, 6, 6).Domains("S6", 12, 1, 3, 3, 3)
            .Domains("S7", 0, 0, 6, 6, 6).Domains("S7", 12, 0.5m, 3, 3, 3)
            .Build();
        var ds = EndpointDerivation.DeriveSubjectVisits(data);
        Assert.False(ds.Find("S6", 12)!.Asas20);
        Assert.True(ds.Find("S7", 12)!.Asas20);
        Assert.False(ds.Find("S7", 12)!.Asas40);
    }

    [Fact]
    public void Pain_domain_option_is_applied()
    {
        // TOTBPAIN 5 -> 4, NOCBPAIN 5 -> 5: with the mean, pain 5 -> 4.5 (10%, not improved) so ASAS20 needs the other
        // three: PGA 5 -> 5, BASFI 5 -> 4, inflammation 5 -> 4 -> only 2 improved -> N; with total pain: 3 improved -> Y.
        var b = new TrialBuilder().Subject("S1", "A")
            .Domains("S1", 0, 5, 5, 5, 5).Value("S1", 0, ParamCodes.NocturnalBackPain, 5)
            .Domains("S1", 12, 5, 4, 4, 4).Value("S1", 12, ParamCodes.NocturnalBackPain, 5);
        var data = b.Build();
        Assert.True(EndpointDerivation.DeriveSubjectVisits(data).Find("S1", 12)!.Asas20);
        var mean = EndpointDerivation.DeriveSubjectVisits(data, new EndpointOptions { PainDomain = PainDomain.MeanTotalAndNocturnal }).Find("S1", 12)!;
        Assert.Equal(4.5m, mean.Components.Domains.Pain);
        Assert.False(mean.Asas20);
        Assert.Equal(-0.5, mean.Change(ContinuousEndpoint.Pain));
    }

    [Fact]
    public void Asdas_options_are_applied()
    {
        var data = new TrialBuilder().Subject("S1", "A")
            .Domains("S1", 0, 6, 9, 5, 5, otherBasdai: 4, crp: 10, esr: 25).Build();
        var v = EndpointDerivation.DeriveSubjectVisits(data).Find("S1", 0)!.Components;
        // Default: back pain = BASDAI Q2 = 4: 0.121*4 + 0.058*5 + 0.110*6 + 0.073*4 + 0.579 ln 11.
        Assert.Equal(0.121 * 4 + 0.058 * 5 + 0.110 * 6 + 0.073 * 4 + 0.579 * Math.Log(11), v.AsdasCrp!.Value, 1e-12);
        Assert.Equal(0.079 * 4 + 0.069 * 5 + 0.113 * 6 + 0.086 * 4 + 0.293 * 5, v.AsdasEsr!.Value, 1e-12);
        var t = EndpointDerivation.DeriveSubjectVisits(data, new EndpointOptions { AsdasBackPain = AsdasBackPainItem.TotalBackPain, AsdasCoefficients = AsdasCoefficients.TwoDecimal })
            .Find("S1", 0)!.Components;
        Assert.Equal(0.12 * 9 + 0.06 * 5 + 0.11 * 6 + 0.07 * 4 + 0.58 * Math.Log(11), t.AsdasCrp!.Value, 1e-12);
        Assert.Equal(AsScores.ClassifyAsdas(v.AsdasCrp.Value), v.AsdasCrpCategory);
    }

    [Fact]
    public void Visit_weeks_compare_as_decimals()
    {
        var data = new TrialBuilder().Subject("S1", "A").Domains("S1", 0.0m, 5, 5, 5, 5).Domains("S1", 12.00m, 4, 4, 4, 5).Build();
        var ds = EndpointDerivation.DeriveSubjectVisits(data);
        Assert.True(ds.Find("S1", 12)!.Asas20);
        Assert.Equal("Week 12", ds.Find("S1", 12)!.VisitLabel);
        Assert.Equal("Week 2.5", VisitLabels.Week(2.50m));
    }

    [Fact]
    public void Duplicate_and_out_of_range_records_are_rejected()
    {
        // A duplicate cannot reach the derivation: the data are rejected when built.
        var dup = new TrialBuilder().Subject("S1", "A").Value("S1", 0, "PTGLOBAL", 5).Value("S1", 0, "PTGLOBAL", 6);
        var ex = Assert.Throws<TrialDataException>(dup.Build);
        Assert.Equal("PTGLOBAL", Assert.Single(ex.Problems).Value);
        var bad = new TrialBuilder().Subject("S1", "A").Value("S1", 0, "BASFI01", 10.5m).Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => EndpointDerivation.DeriveSubjectVisits(bad));
        var crp = new TrialBuilder().Subject("S1", "A").Value("S1", 0, "CRP", 25m).Build(); // CRP is not a 0-10 scale
        Assert.Equal(25m, EndpointDerivation.DeriveSubjectVisits(crp).Find("S1", 0)!.Components.Crp);
    }

    [Fact]
    public void Options_reject_undefined_values_and_outcomes_are_consistent()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EndpointOptions { PainDomain = (PainDomain)99 });
        Assert.Throws<ArgumentException>(() => new ResponderOutcome(true, NotEvaluableReason.NoVisit));
        Assert.Throws<ArgumentException>(() => new ResponderOutcome(null, NotEvaluableReason.None));
        Assert.Equal(["ASAS20", "ASAS40", "ASAS56", "ASASPR", "BASDAI50", "ASDAS_CII", "ASDAS_MI"],
            Enum.GetValues<ResponderEndpoint>().Select(e => e.Code()));
        Assert.Equal(["BASDAI", "BASFI", "ASDAS_CRP", "CRP", "PTGLOBAL", "PAIN"],
            Enum.GetValues<ContinuousEndpoint>().Select(e => e.Code()));
    }

    [Fact]
    public void Options_for_partial_remission_asas56_and_asdas_esr_flow_through()
    {
        // Baseline (5,5,5,5), CRP 10, ESR 36, LATFLEX 10; week 12 domains (2,2,2,2), CRP 8 (-20%), ESR 16, LATFLEX 9.5 (worse).
        var data = new TrialBuilder().Subject("S1", "A")
            .Domains("S1", 0, 5, 5, 5, 5, otherBasdai: 5, crp: 10, esr: 36, latflex: 10)
            .Domains("S1", 12, 2, 2, 2, 2, otherBasdai: 2, crp: 8, esr: 16, latflex: 9.5m)
            .Build();
        var d = EndpointDerivation.DeriveSubjectVisits(data).Find("S1", 12)!;
        Assert.True(d.AsasPartialRemission);     // all domains exactly 2, default <= 2
        Assert.False(d.Asas56);                   // 5 of 6 improved but lateral flexion deteriorated
        var o = EndpointDerivation.DeriveSubjectVisits(data, new EndpointOptions
        {
            PartialRemission = PartialRemissionThreshold.BelowTwo,
            Asas56RequireNoDeterioration = false,
            AsdasImprovementScore = AsdasScore.Esr,
        }).Find("S1", 12)!;
        Assert.False(o.AsasPartialRemission);
        Assert.True(o.Asas56);
        // ASDAS-ESR change by hand: Q2 5 -> 2, Q6 5 -> 2, PGA 5 -> 2, Q3 5 -> 2: -(0.079 + 0.069 + 0.113 + 0.086) * 3 = -1.041,
        // sqrt(ESR) 6 -> 4: -0.293 * 2 = -0.586; total -1.627 -> CII yes, MI no.
        Assert.Equal(-1.627, o.AsdasChange!.Value, 1e-12);
        Assert.True(o.AsdasClinicallyImportantImprovement);
        Assert.False(o.AsdasMajorImprovement);
        Assert.Equal(d.Components.AsdasCrp - d.Baseline!.AsdasCrp, d.AsdasChange);
    }
}
