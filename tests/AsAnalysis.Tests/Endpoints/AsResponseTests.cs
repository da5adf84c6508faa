using AsAnalysis.Endpoints;

namespace AsAnalysis.Tests.Endpoints;

public class AsResponseTests
{
    private static AsasDomains D(double? pga, double? pain, double? func, double? infl) =>
        new((decimal?)pga, (decimal?)pain, (decimal?)func, (decimal?)infl);

    // as-endpoints-detail.md §9.1 (domains ordered PTGA, PAIN, FUNC, INFL); expected ASAS20 / ASAS40 from that table.
    // null in the last expected columns = not evaluable (row 9: "null -> N under NRI").
    [Theory]
    [InlineData(1, new double[] { 5, 5, 5, 5 }, new double[] { 4, 4, 4, 5 }, true, false)]
    [InlineData(2, new double[] { 5, 5, 5, 5 }, new double[] { 4, 4, 4, 6 }, false, false)]
    [InlineData(3, new double[] { 5, 5, 5, 5 }, new double[] { 4, 4, 4, 5.9 }, true, false)]
    [InlineData(4, new double[] { 10, 10, 10, 10 }, new double[] { 8, 8, 8, 11 }, true, false)] // 11 is not a 0-10 value: primitives only
    [InlineData(5, new double[] { 4, 4, 4, 4 }, new double[] { 3.2, 3.2, 3.2, 4 }, false, false)]
    [InlineData(6, new double[] { 0, 6, 6, 6 }, new double[] { 1, 3, 3, 3 }, false, false)]
    [InlineData(7, new double[] { 0, 6, 6, 6 }, new double[] { 0.5, 3, 3, 3 }, true, false)]
    [InlineData(8, new double[] { 0, 6, 6, 6 }, new double[] { 0, 3, 3, 3 }, true, true)]
    [InlineData(10, new double[] { 6, 6, 6, 6 }, new double[] { 3.6, 3.6, 3.6, 6 }, true, true)]
    [InlineData(11, new double[] { 6, 6, 6, 6 }, new double[] { 3.6, 3.6, 3.6, 6.1 }, true, false)]
    [InlineData(12, new double[] { 1.40, 5, 5, 5 }, new double[] { 0.40, 4, 4, 5 }, true, false)]
    [InlineData(13, new double[] { 2.30, 6, 6, 6 }, new double[] { 0.30, 3.6, 3.6, 6 }, true, true)]
    [InlineData(14, new double[] { 8, 8, 8, 8 }, new double[] { 6.4, 6.4, 6.4, 9.5 }, true, false)]
    [InlineData(15, new double[] { 2, 5, 5, 5 }, new double[] { 2.9, 4, 4, 4 }, true, false)]
    public void Spec_9_1_vectors(int row, double[] b, double[] f, bool asas20, bool asas40)
    {
        _ = row;
        // decimal from double literals with few digits is exact (the decimal conversion rounds to 15 significant digits).
        if (f.Any(x => x > 10))
        {
            // Row 4 uses 11 on a 0-10 scale; check it with the primitives (AsasDomains validates the 0-10 range).
            int improved = Enumerable.Range(0, 4).Count(i => AsResponse.IsImproved((decimal)b[i], (decimal)f[i], 20, 1));
            bool worsened = Enumerable.Range(0, 4).Any(i => AsResponse.IsWorsenedAsas20((decimal)b[i], (decimal)f[i]));
            Assert.Equal(asas20, improved >= 3 && !worsened);
            int improved40 = Enumerable.Range(0, 4).Count(i => AsResponse.IsImproved((decimal)b[i], (decimal)f[i], 40, 2));
            bool any = Enumerable.Range(0, 4).Any(i => AsResponse.IsWorsenedAny((decimal)b[i], (decimal)f[i]));
            Assert.Equal(asas40, improved40 >= 3 && !any);
            return;
        }
        var bd = D(b[0], b[1], b[2], b[3]);
        var fd = D(f[0], f[1], f[2], f[3]);
        Assert.Equal(asas20, AsResponse.DeriveAsas20(bd, fd));
        Assert.Equal(asas40, AsResponse.DeriveAsas40(bd, fd));
    }

    [Fact]
    public void Spec_9_1_row_9_missing_domain_is_not_evaluable()
    {
        // as-endpoints-detail.md §9.1 row 9: B 5,5,5,5; F 4,4,4,null -> null (NRI makes it N).
        Assert.Null(AsResponse.DeriveAsas20(D(5, 5, 5, 5), D(4, 4, 4, null)));
        Assert.Null(AsResponse.DeriveAsas40(D(5, 5, 5, 5), D(4, 4, 4, null)));
        Assert.Null(AsResponse.DeriveAsas20(D(5, 5, null, 5), D(4, 4, 4, 4)));
    }

    [Fact]
    public void Spec_9_1_traps_fail_in_naive_double()
    {
        // Shows the §9.1 traps are real: naive IEEE double (C# double = IEEE 754 binary64) misclassifies them.
        Assert.False((6 - 3.6) / 6 >= 0.4);   // row 10
        Assert.False(1.40 - 0.40 >= 1);       // row 12
        Assert.False(2.30 - 0.30 >= 2);       // row 13
        Assert.False((8 - 6.4) / 8 >= 0.2);   // row 14
    }

    [Fact]
    public void Float_traps_of_as_endpoints_md()
    {
        // as-endpoints.md: 5.5 -> 4.4 is exactly a 20% and 1.1-unit improvement; 4.6 -> 3.6 exactly 1 unit;
        // 4.1 -> 2.1 exactly 2 units; 5.5 -> 6.6 exactly a 20% and 1.1-unit worsening.
        Assert.True(AsResponse.MeetsRelativeImprovement(5.5m, 4.4m, 20));
        Assert.True(AsResponse.MeetsAbsoluteImprovement(5.5m, 4.4m, 1.1m));
        Assert.True(AsResponse.IsImproved(5.5m, 4.4m, 20, 1));
        Assert.True(AsResponse.MeetsAbsoluteImprovement(4.6m, 3.6m, 1));
        Assert.True(AsResponse.IsImproved(4.6m, 3.6m, 20, 1));
        Assert.True(AsResponse.MeetsAbsoluteImprovement(4.1m, 2.1m, 2));
        Assert.True(AsResponse.IsImproved(4.1m, 2.1m, 40, 2));
        Assert.True(AsResponse.IsWorsenedAsas20(5.5m, 6.6m));
        Assert.True(AsResponse.IsWorsenedAny(5.5m, 6.6m));
        // ... and naive double gets each of them wrong:
        Assert.False((5.5 - 4.4) / 5.5 >= 0.2);
        Assert.False(4.6 - 3.6 >= 1);
        Assert.False(4.1 - 2.1 >= 2);
        Assert.False((6.6 - 5.5) / 5.5 >= 0.2);
        // The same traps inside the responder rules (three domains 5.5 -> 4.4, the 4th unchanged / worsened to 6.6):
        Assert.True(AsResponse.DeriveAsas20(D(5.5, 5.5, 5.5, 5.5), D(4.4, 4.4, 4.4, 5.5)));
        Assert.False(AsResponse.DeriveAsas20(D(5.5, 5.5, 5.5, 5.5), D(4.4, 4.4, 4.4, 6.6)));
        Assert.True(AsResponse.DeriveAsas20(D(4.6, 4.6, 4.6, 4.6), D(3.6, 3.6, 3.6, 4.6)));
        Assert.True(AsResponse.DeriveAsas40(D(4.1, 4.1, 4.1, 4.1), D(2.1, 2.1, 2.1, 4.1)));
    }

    [Fact]
    public void Exact_thresholds_are_inclusive_and_one_hundredth_less_is_not()
    {
        Assert.True(AsResponse.IsImproved(5, 4, 20, 1));       // exactly 20% and 1 unit
        Assert.False(AsResponse.IsImproved(5, 4.01m, 20, 1));  // 0.99 units
        Assert.True(AsResponse.IsWorsenedAsas20(5, 6));        // exactly 20% and 1 unit worse
        Assert.False(AsResponse.IsWorsenedAsas20(5, 5.99m));
        Assert.False(AsResponse.IsWorsenedAsas20(8, 9.5m));    // 1.5 units but 18.75%
        Assert.False(AsResponse.IsWorsenedAsas20(2, 2.9m));    // 45% but 0.9 units
        Assert.True(AsResponse.IsWorsenedAny(2, 2.9m));
        Assert.False(AsResponse.IsWorsenedAny(2, 2));
    }

    [Fact]
    public void Baseline_zero_domain()
    {
        // as-endpoints-detail.md §4: baseline 0 is not improvable; ASAS20 worsening iff F >= 1; ASAS40 worsening iff F > 0.
        Assert.False(AsResponse.IsImproved(0, 0, 20, 1));
        Assert.False(AsResponse.IsImproved(0, 0, 20, 0));
        Assert.True(AsResponse.IsWorsenedAsas20(0, 1));
        Assert.False(AsResponse.IsWorsenedAsas20(0, 0.99m));
        Assert.True(AsResponse.IsWorsenedAny(0, 0.01m));
        Assert.False(AsResponse.IsWorsenedAny(0, 0));
        Assert.False(AsResponse.DeriveBasdai50(0, 0));
    }

    [Fact]
    public void Every_exact_tie_on_the_hundredth_grid_is_met()
    {
        // as-endpoints-detail.md §9.6: B = 0.01 .. 10.00; F at exactly -20% / -40% (F on the 0.01 grid), -1 / -2 units,
        // and +20% (ASAS20 worsening). We first reproduce the audit's naive-double failure counts (161 for (B-F)/B >= p,
        // 92 one-unit, 137 two-unit, 78 for (F-B)/B >= 0.2), which shows this enumeration is the audited one, then
        // require the library to meet every tie and to fail the same comparison one hundredth (or one thousandth) short.
        int naivePct = 0, naive1 = 0, naive2 = 0, naiveWorse = 0, ties = 0;
        for (int i = 1; i <= 1000; i++)
        {
            decimal b = i / 100m;
            foreach (var p in new[] { 20m, 40m })
            {
                decimal f = b * (100m - p) / 100m;
                if (decimal.Round(f, 2) != f) continue;
                ties++;
                if (!(((double)b - (double)f) / (double)b >= (double)(p / 100m))) naivePct++;
                Assert.True(AsResponse.MeetsRelativeImprovement(b, f, p), $"{b} -> {f} ({p}%)");
                Assert.False(AsResponse.MeetsRelativeImprovement(b, f + 0.01m, p), $"{b} -> {f + 0.01m} ({p}%)");
                if (b - f >= (p == 20m ? 1m : 2m)) Assert.True(AsResponse.IsImproved(b, f, p, p == 20m ? 1m : 2m));
            }
            foreach (var a in new[] { 1m, 2m })
            {
                decimal f = b - a;
                ties++;
                if (!((double)b - (double)f >= (double)a)) { if (a == 1m) naive1++; else naive2++; }
                Assert.True(AsResponse.MeetsAbsoluteImprovement(b, f, a), $"{b} -> {f} ({a} units)");
                Assert.False(AsResponse.MeetsAbsoluteImprovement(b, f + 0.01m, a));
                if (f >= 0m && 100m * a >= (a == 1m ? 20m : 40m) * b) Assert.True(AsResponse.IsImproved(b, f, a == 1m ? 20m : 40m, a));
            }
            decimal w = b * 1.2m;
            if (decimal.Round(w, 2) == w)
            {
                ties++;
                if (!(((double)w - (double)b) / (double)b >= 0.2)) naiveWorse++;
                // Exactly +20%: the percentage part is met, so the ASAS20 worsening holds iff the change is >= 1 unit.
                Assert.Equal(w - b >= 1m, AsResponse.IsWorsenedAsas20(b, w));
            }
        }
        Assert.Equal(161, naivePct);  // §9.6: 161 percentage ties fail with (B-F)/B >= p
        Assert.Equal(92, naive1);     // §9.6: 1-unit ties: 92
        Assert.Equal(137, naive2);    // §9.6: 2-unit ties: 137
        Assert.Equal(78, naiveWorse); // §9.6: +20% worsening ties: 78
        Assert.True(ties > 2500);
    }

    [Fact]
    public void Worsening_ties_on_the_grid_at_both_parts()
    {
        // ASAS20 worsening at exactly +20% AND at least 1 unit (B >= 5) is met; at exactly +1 unit and >= 20% (B <= 5) is met;
        // one hundredth less is not.
        for (int i = 1; i <= 1000; i++)
        {
            decimal b = i / 100m;
            decimal w20 = b * 1.2m;
            if (decimal.Round(w20, 2) == w20 && b >= 5m)
            {
                Assert.True(AsResponse.IsWorsenedAsas20(b, w20), $"{b} -> {w20}");
                Assert.False(AsResponse.IsWorsenedAsas20(b, w20 - 0.01m), $"{b} -> {w20 - 0.01m}");
            }
            if (b <= 5m)
            {
                Assert.True(AsResponse.IsWorsenedAsas20(b, b + 1m), $"{b} -> {b + 1m}");
                Assert.False(AsResponse.IsWorsenedAsas20(b, b + 0.99m), $"{b} -> {b + 0.99m}");
            }
        }
    }

    [Fact]
    public void Partial_remission_spec_9_2()
    {
        // as-endpoints-detail.md §9.2.
        Assert.True(AsResponse.DerivePartialRemission(D(2, 2, 2, 2)));
        Assert.False(AsResponse.DerivePartialRemission(D(2, 2, 2, 2), PartialRemissionThreshold.BelowTwo));
        Assert.False(AsResponse.DerivePartialRemission(D(1.9, 0, 2.05, 1)));
        Assert.True(AsResponse.DerivePartialRemission(D(1.9, 0, 1.99, 1), PartialRemissionThreshold.BelowTwo));
        Assert.Null(AsResponse.DerivePartialRemission(D(1, 1, null, 1)));
    }

    [Fact]
    public void Asas56_by_hand()
    {
        var b = D(5, 5, 5, 5);
        // Four domains exactly -20% (no unit rule), CRP 10 -> 8 (-20%), LATFLEX 10 -> 12 (+20%, larger is better): 6/6.
        Assert.True(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 8, 10, 12));
        // 5/6 with the sixth (LATFLEX) unchanged: responder.
        Assert.True(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 8, 10, 10));
        // 5/6 with LATFLEX 10 -> 9.9 (deterioration): not a responder by as-endpoints.md, a responder by the Brandt reading.
        Assert.False(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 8, 10, 9.9m));
        Assert.True(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 8, 10, 9.9m, requireNoDeterioration: false));
        // 5/6 with CRP worse (10 -> 10.5): deterioration in the sixth.
        Assert.False(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 10.5m, 10, 12));
        // LATFLEX decrease is not an improvement (direction): 10 -> 8 counts as a deterioration, only 5 improved.
        Assert.False(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 8, 10, 8));
        // 4/6: CRP 10 -> 8.1 (19%), LATFLEX unchanged.
        Assert.False(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 8.1m, 10, 10));
        // CRP baseline 0 cannot improve: 4 ASAS domains + LATFLEX = 5/6, CRP 0 -> 0 unchanged -> responder.
        Assert.True(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 0, 0, 10, 12));
        // Not evaluable without CRP or LATFLEX.
        Assert.Null(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), null, 8, 10, 12));
        Assert.Null(AsResponse.DeriveAsas56(b, D(4, 4, 4, 4), 10, 8, 10, null));
    }

    [Fact]
    public void Basdai50_by_hand()
    {
        Assert.True(AsResponse.DeriveBasdai50(5.1m, 2.55m));   // exactly 50%
        Assert.False(AsResponse.DeriveBasdai50(5.1m, 2.56m));
        // A trap through the composite: items (6.7, 8.6, 9.5, 3.8, 5.6, 7.8) give BASDAI 7.06 and (0.2, 5.3, 4.8, 1.8, 9.4, 1.7)
        // give 3.53, exactly 50% (by hand: 35.3/5 and 17.65/5). Naive double BASDAI gives 7.06 and 3.5300000000000002.
        decimal? b = AsScores.DeriveBasdai(6.7m, 8.6m, 9.5m, 3.8m, 5.6m, 7.8m), f = AsScores.DeriveBasdai(0.2m, 5.3m, 4.8m, 1.8m, 9.4m, 1.7m);
        Assert.Equal(7.06m, b);
        Assert.Equal(3.53m, f);
        Assert.True(AsResponse.DeriveBasdai50(b, f));
        static double Naive(double q1, double q2, double q3, double q4, double q5, double q6) => (q1 + q2 + q3 + q4 + (q5 + q6) / 2) / 5;
        double nb = Naive(6.7, 8.6, 9.5, 3.8, 5.6, 7.8), nf = Naive(0.2, 5.3, 4.8, 1.8, 9.4, 1.7);
        Assert.False((nb - nf) / nb >= 0.5);
        Assert.Null(AsResponse.DeriveBasdai50(5, null));
    }

    [Fact]
    public void Asdas_improvement_ties_with_tolerance()
    {
        // Exact decimal change of -1.1: PGA 10 -> 0 with everything else equal (0.110 * 10 = 1.1 exactly).
        double? b = AsScores.DeriveAsdasCrp(0, 0, 10, 0, 2), f = AsScores.DeriveAsdasCrp(0, 0, 0, 0, 2);
        Assert.True(AsResponse.DeriveAsdasClinicallyImportantImprovement(b, f));
        Assert.False(AsResponse.DeriveAsdasMajorImprovement(b, f));
        // PGA 9.99 -> 0: change -1.0989, not CII.
        Assert.False(AsResponse.DeriveAsdasClinicallyImportantImprovement(AsScores.DeriveAsdasCrp(0, 0, 9.99m, 0, 2), f));
        // Exact decimal change of -2.0: (Q2 6, Q6 3, PGA 10, Q3 0) -> 0: 0.726 + 0.174 + 1.1 = 2.000 (integer search).
        double? b2 = AsScores.DeriveAsdasCrp(6, 3, 10, 0, 5), f2 = AsScores.DeriveAsdasCrp(0, 0, 0, 0, 5);
        Assert.True(AsResponse.DeriveAsdasMajorImprovement(b2, f2));
        Assert.False(AsResponse.DeriveAsdasMajorImprovement(AsScores.DeriveAsdasCrp(6, 3, 9.99m, 0, 5), f2));
        // as-endpoints-detail.md §9.4: 4.332438 -> 1.684664 is CII and MI; 3.438106 -> 2.175865 is CII, not MI.
        Assert.True(AsResponse.DeriveAsdasClinicallyImportantImprovement(4.3324378955144383, 1.6846644350884166));
        Assert.True(AsResponse.DeriveAsdasMajorImprovement(4.3324378955144383, 1.6846644350884166));
        Assert.True(AsResponse.DeriveAsdasClinicallyImportantImprovement(3.4381056779702295, 2.1758645512993438));
        Assert.False(AsResponse.DeriveAsdasMajorImprovement(3.4381056779702295, 2.1758645512993438));
        Assert.Null(AsResponse.DeriveAsdasClinicallyImportantImprovement(null, 2));
    }

    [Fact]
    public void Domain_trace_lists_each_decision()
    {
        var trace = AsResponse.CompareDomains(D(5, 5, 5, 0), D(4, 4, 5, 0.5));
        Assert.Equal(4, trace.Count);
        Assert.Equal(new AsasDomainComparison(AsasDomain.PatientGlobal, 5, 4, true, false, false, false), trace[0]);
        Assert.Equal(new AsasDomainComparison(AsasDomain.Function, 5, 5, false, false, false, false), trace[2]);
        Assert.Equal(new AsasDomainComparison(AsasDomain.Inflammation, 0, 0.5m, false, false, false, true), trace[3]);
        var missing = AsResponse.CompareDomains(D(5, 5, 5, 5), D(4, null, 4, 4));
        Assert.Equal(new AsasDomainComparison(AsasDomain.Pain, 5, null, null, null, null, null), missing[1]);
    }

    [Fact]
    public void Domains_validate_range()
    {
        Assert.Equal("pain", Assert.Throws<ArgumentOutOfRangeException>(() => new AsasDomains(1, 10.5m, 1, 1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => AsResponse.IsImproved(5, 4, -1, 1));
    }
}
