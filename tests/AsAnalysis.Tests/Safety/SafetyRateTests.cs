using AsAnalysis.Safety;
using AsAnalysis.Statistics;
using static AsAnalysis.Tests.Safety.B;

namespace AsAnalysis.Tests.Safety;

public class SafetyRateTests
{
    private const string Inf = "INFECTIONS AND INFESTATIONS";
    private const string Nerv = "NERVOUS SYSTEM DISORDERS";

    private static void Close(double expected, double actual, double rel = 1e-8) =>
        Assert.True(Math.Abs(expected - actual) <= rel * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void EairOfFiveSubjectsOverFortyPatientYearsMatchesPoissonTest()
    {
        // 10 subjects, each with 1461 days (4 years of 365.25 days) from TRTSDT to the first event or to EOSDT:
        // 5 events over exactly 40 patient-years.
        var subjects = Enumerable.Range(1, 10).Select(i => Subj($"S{i}", "MSC", end: 100, endOfStudy: 1460)).ToList();
        var aes = Enumerable.Range(1, 5).Select(i => Ae($"S{i}", Inf, "INFLUENZA", 1460)).ToList();
        var r = SafetyAnalysis.Run(Trial(subjects, aes));
        var rate = r.ExposureAdjustedRates.Single(x => x.Key.Category == OverviewCategory.AnyTeae && x.Key.Term.Level == TermLevel.Overall).Arms.Single();

        Assert.Equal((10, 5, 5), (rate.SubjectsAtRisk, rate.SubjectsWithEvent, rate.Events));
        Close(40, rate.PatientYearsToFirstEvent, 1e-12);
        Close(12.5, rate.IncidenceRate.Per100PatientYears, 1e-12);
        // R 4.2.2: poisson.test(5, 40)$conf.int -> 0.040587159752960525 0.291708301983066687 (x 100 per 100 PY);
        // as-endpoints-detail 9.5 / 7.3: 12.5000 [4.0587, 29.1708].
        Close(4.0587159752960525, rate.IncidenceRate.Ci.Lower);
        Close(29.1708301983066687, rate.IncidenceRate.Ci.Upper);
        Assert.Equal(0.95, rate.IncidenceRate.Ci.Level);
    }

    [Fact]
    public void EairWithoutEventsMatchesPoissonTestOfZero()
    {
        var subjects = Enumerable.Range(1, 10).Select(i => Subj($"S{i}", i <= 5 ? "MSC" : "Etanercept", endOfStudy: 1460)).ToList();
        var aes = new[] { Ae("S6", Inf, "INFLUENZA", 10) };
        var r = SafetyAnalysis.Run(Trial(subjects, aes));
        var msc = r.ExposureAdjustedRates.Single(x => x.Key.Term.Level == TermLevel.Pt).Arms.Single(a => a.Arm == "MSC");
        Assert.Equal(0, msc.SubjectsWithEvent);
        Close(20, msc.PatientYearsToFirstEvent, 1e-12);
        Assert.Equal(0, msc.IncidenceRate.Per100PatientYears);
        Assert.Equal(0, msc.IncidenceRate.Ci.Lower);
        // R 4.2.2: poisson.test(0, 40)$conf.int -> 0 0.092221986352848381, so over 20 PY the upper limit is twice that.
        Close(2 * 9.2221986352848381, msc.IncidenceRate.Ci.Upper);
    }

    [Fact]
    public void TimeAtRiskStopsAtTheFirstEventAndEventRateUsesFullTime()
    {
        // S1: events on days 9 and 30 (first onset day 9 -> 10 days at risk); end of study day 99 (100 days full).
        // S2: no event, end of study day 99 -> 100 days. S3: event with missing start date -> onset TRTSDT -> 1 day.
        // S4: TRTEMFL-less event before TRTSDT is not emergent; S4 contributes 100 days.
        var subjects = new[]
        {
            Subj("S1", "MSC", endOfStudy: 99), Subj("S2", "MSC", endOfStudy: 99), Subj("S3", "MSC", endOfStudy: 99), Subj("S4", "MSC", endOfStudy: 99),
        };
        var aes = new[]
        {
            Ae("S1", Nerv, "HEADACHE", 30), Ae("S1", Nerv, "HEADACHE", 9), Ae("S3", Nerv, "HEADACHE", null), Ae("S4", Nerv, "HEADACHE", -5),
        };
        var r = SafetyAnalysis.Run(Trial(subjects, aes), new SafetyOptions { DaysPerYear = 365 });
        var a = r.ExposureAdjustedRates.Single(x => x.Key.Term == SafetyTerm.ForPt(Nerv, "HEADACHE")).Arms.Single();
        Close((10 + 100 + 1 + 100) / 365.0, a.PatientYearsToFirstEvent, 1e-12);
        Close(400 / 365.0, a.PatientYears, 1e-12);
        Assert.Equal((2, 3), (a.SubjectsWithEvent, a.Events));
        Close(100 * 2 / (211 / 365.0), a.IncidenceRate.Per100PatientYears, 1e-12);
        Close(100 * 3 / (400 / 365.0), a.EventRate.Per100PatientYears, 1e-12);
        Assert.Equal(1, r.HandlingCount(SafetyHandling.TeaeOnsetImputedAsTreatmentStart));
    }

    [Fact]
    public void EndOfRiskIsTheEarliestOfWindowEndOfStudyAndCutoffElseTreatmentEnd()
    {
        // TRTSDT day 0, TRTEDT day 84.
        var subjects = new[]
        {
            Subj("EOS", "MSC", endOfStudy: 199),          // EOSDT: 200 days
            Subj("TRT", "MSC"),                           // no EOSDT: TRTEDT, 85 days
            Subj("CUT", "MSC", endOfStudy: 999),          // cut-off day 299 earlier: 300 days
            Subj("NOEND", "MSC", end: null),              // nothing: no time at risk
        };
        var data = Trial(subjects);
        var r = SafetyAnalysis.Run(data);
        var ex = r.ExposureSummary.Single();
        Assert.Equal(3, ex.SubjectsAtRisk);
        Close((200 + 85 + 1000) / 365.25, ex.PatientYearsAtRisk, 1e-12);
        Assert.Equal(1, r.HandlingCount(SafetyHandling.SubjectWithoutTimeAtRisk));

        // A data cut-off (day 299) ends the time at risk of ongoing subjects too: TRT and NOEND get 300 days.
        var cut = SafetyAnalysis.Run(data, new SafetyOptions { DataCutoff = D(299) });
        Assert.Equal(4, cut.ExposureSummary.Single().SubjectsAtRisk);
        Close((200 + 300 + 300 + 300) / 365.25, cut.ExposureSummary.Single().PatientYearsAtRisk, 1e-12);
        Assert.Equal(0, cut.HandlingCount(SafetyHandling.SubjectWithoutTimeAtRisk));

        // A 28-day end window caps the time at risk at TRTEDT + 28 (113 days) when earlier; NOEND has no TRTEDT.
        var w = SafetyAnalysis.Run(data, new SafetyOptions { TreatmentEmergentWindowDays = 28, DataCutoff = D(299) });
        Close((113 + 113 + 113 + 300) / 365.25, w.ExposureSummary.Single().PatientYearsAtRisk, 1e-12);
    }

    [Fact]
    public void RatesAreComparedAgainstTheControlArm()
    {
        // MSC: 5 subjects with events over 40 PY; Etanercept: 2 over 20 PY.
        var subjects = Enumerable.Range(1, 10).Select(i => Subj($"A{i}", "MSC", endOfStudy: 1460))
            .Concat(Enumerable.Range(1, 5).Select(i => Subj($"C{i}", "Etanercept", endOfStudy: 1460))).ToList();
        var aes = Enumerable.Range(1, 5).Select(i => Ae($"A{i}", Inf, "INFLUENZA", 1460))
            .Concat(Enumerable.Range(1, 2).Select(i => Ae($"C{i}", Inf, "INFLUENZA", 1460))).ToList();
        var r = SafetyAnalysis.Run(Trial(subjects, aes), new SafetyOptions { ControlArm = "Etanercept" });
        var any = r.ExposureAdjustedRates.Single(x => x.Key == new SafetyRowKey(OverviewCategory.AnyTeae, SafetyTerm.Overall));
        var c = any.Comparisons.Single();
        Assert.Equal(("MSC", "Etanercept"), (c.TreatmentArm, c.ControlArm));
        Close(12.5 - 10, c.DifferencePer100PatientYears, 1e-12);
        Close(1.25, c.Ratio, 1e-12);
        // Wald interval, R 4.2.2: d <- 5/40 - 2/20; se <- sqrt(5/40^2 + 2/20^2); d + c(-1, 1) * qnorm(0.975) * se
        //   -> -0.15166876610804683 0.20166876610804682 (x 100 per 100 PY)
        Close(-15.166876610804683, c.DifferenceCi.Lower);
        Close(20.166876610804682, c.DifferenceCi.Upper);
        // R 4.2.2: poisson.test(c(5, 2), c(40, 20)) -> conf.int 0.20464304042744624 13.12673838620413491, p-value 1
        Close(0.20464304042744624, c.RatioCi.Lower);
        Close(13.12673838620413491, c.RatioCi.Upper);
        Close(1, c.RatioTest.PValue);
        Assert.Equal(TestMethod.PoissonExact, c.RatioTest.Method);
        // No rates for the deaths row, none without a control arm.
        Assert.DoesNotContain(r.ExposureAdjustedRates, x => x.Key.Category == OverviewCategory.Death);
        Assert.All(SafetyAnalysis.Run(Trial(subjects, aes)).ExposureAdjustedRates, x => Assert.Empty(x.Comparisons));
    }

    [Fact]
    public void RiskDifferenceAndFisherArePerTermTreatmentMinusControl()
    {
        // 3/4 vs 1/4 subjects with INFLUENZA.
        var subjects = Enumerable.Range(1, 4).Select(i => Subj($"A{i}", "MSC")).Concat(Enumerable.Range(1, 4).Select(i => Subj($"C{i}", "Etanercept")));
        var aes = new[] { Ae("A1", Inf, "INFLUENZA"), Ae("A2", Inf, "INFLUENZA"), Ae("A3", Inf, "INFLUENZA"), Ae("A3", Inf, "INFLUENZA", 5), Ae("C4", Inf, "INFLUENZA") };
        var r = SafetyAnalysis.Run(Trial(subjects, aes), new SafetyOptions { ControlArm = "Etanercept" });
        var cmp = r.TermComparisons.Single(x => x.Key.Term == SafetyTerm.ForPt(Inf, "INFLUENZA"));
        Assert.Equal(("MSC", "Etanercept"), (cmp.TreatmentArm, cmp.ControlArm));
        Assert.Equal(new TwoByTwoTable(3, 4, 1, 4), cmp.Difference.Table);
        Assert.Equal(0.5, cmp.Difference.Estimate);
        Assert.Equal(DifferenceCiMethod.Newcombe, cmp.Difference.Method);
        // R 4.2.2: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value -> 0.48571428571428582
        Close(0.48571428571428582, cmp.Fisher.PValue, 1e-10);
        Assert.Equal(TestMethod.Fisher, cmp.Fisher.Method);
        // Every overview row and every SOC/PT row is compared: 6 overview rows? no death info -> 5, plus SOC and PT.
        Assert.Equal(5 + 2, r.TermComparisons.Count);
    }

    [Fact]
    public void ThreeArmsAreComparedPairwiseAgainstTheControl()
    {
        var subjects = new[] { Subj("P1", "Placebo"), Subj("L1", "Low"), Subj("L2", "Low"), Subj("H1", "High") };
        var aes = new[] { Ae("L1", Inf, "INFLUENZA"), Ae("H1", Inf, "INFLUENZA") };
        var r = SafetyAnalysis.Run(Trial(subjects, aes), new SafetyOptions { ControlArm = "Placebo" });
        Assert.Equal(["High", "Low", "Placebo"], r.Arms.Select(a => a.Arm));
        var pt = r.TermComparisons.Where(x => x.Key.Term.Level == TermLevel.Pt).ToList();
        Assert.Equal(["High", "Low"], pt.Select(x => x.TreatmentArm));
        Assert.All(pt, x => Assert.Equal("Placebo", x.ControlArm));
        Assert.Equal(new TwoByTwoTable(1, 2, 0, 1), pt[1].Difference.Table);
    }
}
