using System.Collections.Immutable;
using AsAnalysis.Ard;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Reporting;

/// <summary>The methods section of a report: the rules and methods that the analyses actually used, with their options.</summary>
public static class ReportMethods
{
    /// <summary>The methods used by the given results, in report order (populations, efficacy, safety, presentation).</summary>
    /// <param name="efficacy">Efficacy results, or null when the efficacy analysis did not run.</param>
    /// <param name="safety">Safety results, or null when the safety analysis did not run.</param>
    /// <param name="formatter">The number formatting of the tables.</param>
    public static IReadOnlyList<ReportMethod> For(EfficacyResults? efficacy, SafetyResults? safety, ValueFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var m = new List<ReportMethod>();
        if (efficacy is not null) AddEfficacy(m, efficacy);
        if (safety is not null) AddSafety(m, safety);
        var o = formatter.Options;
        m.Add(new ReportMethod("Presentation", "",
            $"Every statistic is computed at full precision and rounded only for display, half away from zero: percentages to {o.PercentDecimals} decimal(s), "
            + $"estimates and confidence limits to {o.EstimateDecimals}, p-values to {o.PValueDecimals}. \"{o.NotEstimableText}\" marks a value that cannot be estimated. "
            + "ard.csv holds the unrounded values."));
        return m.ToImmutableArray();
    }

    private static void AddEfficacy(List<ReportMethod> m, EfficacyResults r)
    {
        var o = r.Options;
        var e = o.Endpoints;
        var level = ValueFormatter.ConfidenceLevel(o.ConfidenceLevel);
        m.Add(new ReportMethod("Efficacy population", "",
            $"The full analysis set (ITTFL = Y), analysed by planned arm (TRT01P); each other arm is compared with {r.ControlArm} (difference = arm minus {r.ControlArm}). "
            + $"Between-arm comparisons at {string.Join(" and ", o.AnalysisWeeks.Select(VisitLabels.Week))}; all intervals are {level}."));
        m.Add(new ReportMethod("Endpoint derivation", "",
            "BASDAI is (Q1 + Q2 + Q3 + Q4 + (Q5 + Q6)/2) / 5 and BASFI the mean of its ten items; a composite is derived only when all its items are present at the visit. "
            + $"The ASAS pain domain is {e.PainDomain.Label()}; ASDAS uses the {e.AsdasCoefficients.Label()} "
            + $"with CRP floored at 2 mg/L, and {e.AsdasImprovementScore.Label()} defines clinically important (change <= -1.1) and major (<= -2.0) improvement. "
            + $"ASAS20/40, ASAS 5/6 and BASDAI50 compare each visit with baseline (AVISITN 0); partial remission needs every domain {e.PartialRemission.Label()}. "
            + "Threshold tests are exact decimal comparisons, so a change exactly at a cut-off counts."));
        foreach (var imputation in o.Imputations)
        {
            var role = imputation == o.Imputations[0] ? "Primary handling of missing responses" : "Sensitivity analysis";
            m.Add(new ReportMethod(imputation.Title(), imputation.Code(), $"{role} ({imputation.ArdAnalysisName()} in ard.csv): {imputation.Rule()}"));
        }
        if (o.ResponderEndpoints.Count > 0)
        {
            m.Add(new ReportMethod(ProportionCiMethod.Wilson.Label() + " interval", ProportionCiMethod.Wilson.Code(),
                "Interval for a response rate obtained by inverting the score test; stays inside [0, 1] and behaves well for small counts. Shown in the tables."));
            m.Add(new ReportMethod(ProportionCiMethod.ClopperPearson.ShortLabel() + " interval", ProportionCiMethod.ClopperPearson.Code(),
                "Exact interval for a response rate from the binomial distribution (beta quantiles); conservative. In ard.csv."));
            m.Add(new ReportMethod(DifferenceCiMethod.Newcombe.Label() + " interval", DifferenceCiMethod.Newcombe.Code(),
                "Interval for the difference of two response rates built from the two Wilson intervals (Newcombe's method 10). Shown in the tables."));
            m.Add(new ReportMethod(DifferenceCiMethod.MiettinenNurminen.ShortLabel() + " interval", DifferenceCiMethod.MiettinenNurminen.Code(),
                "Score interval for the difference of two rates, inverting a test that uses the variance under the constrained maximum-likelihood estimates with the N/(N - 1) factor. In ard.csv."));
            m.Add(new ReportMethod(TestMethod.Fisher.Label(), TestMethod.Fisher.Code(),
                "Two-sided p-value of the 2x2 table from the hypergeometric distribution, summing the tables no more likely than the one observed. Shown in the tables."));
            m.Add(new ReportMethod(TestMethod.ChiSquare.Label(), TestMethod.ChiSquare.Code(),
                "Two-sided p-value of the 2x2 table from the chi-square statistic with one degree of freedom, without continuity correction. In ard.csv."));
            m.Add(new ReportMethod(OddsRatioMethod.Woolf.ShortLabel() + " odds ratio", OddsRatioMethod.Woolf.Code(),
                "Odds ratio of response (arm over control) with the logit interval from the log odds ratio's standard error. In ard.csv."));
            if (o.Stratified)
            {
                m.Add(new ReportMethod(TestMethod.CochranMantelHaenszel.Label(), TestMethod.CochranMantelHaenszel.Code(),
                    "Test of the arm effect stratified by STRAT1, combining the per-stratum 2x2 tables, without continuity correction."));
                m.Add(new ReportMethod("Mantel-Haenszel odds ratio", ArdMethod.MantelHaenszel,
                    "Common odds ratio across the STRAT1 strata with the Robins-Breslow-Greenland interval. In ard.csv."));
                m.Add(new ReportMethod(StratifiedDifferenceMethod.CmhWald.ShortLabel() + " difference", StratifiedDifferenceMethod.CmhWald.Code(),
                    "Difference of response rates pooled over the strata with Mantel-Haenszel weights and Sato's variance. In ard.csv."));
            }
        }
        if (o.ContinuousEndpoints.Count > 0)
            m.Add(new ReportMethod(TestMethod.Ancova.Label(), TestMethod.Ancova.Code(),
                "Change from baseline modelled as arm plus baseline value by least squares, in subjects with both values (observed cases); the difference of least-squares means (arm minus control) with its t-based interval and p-value."));
        m.Add(new ReportMethod("Descriptive statistics", "",
            $"n, mean, SD, median, quartiles, minimum and maximum; quantiles by {o.Quantiles.Label()}."));
    }

    private static void AddSafety(List<ReportMethod> m, SafetyResults r)
    {
        var o = r.Options;
        var level = ValueFormatter.ConfidenceLevel(o.ConfidenceLevel);
        m.Add(new ReportMethod("Safety population", "",
            "Subjects who received any study treatment (SAFFL = Y), analysed by actual arm (TRT01A)"
            + (r.ControlArm is null ? "; no between-arm comparisons." : $"; each other arm is compared with {r.ControlArm}.")));
        var rule = o.TreatmentEmergent.Rule();
        var window = o.TreatmentEmergentWindowDays is { } w ? $"; AEs starting more than {ValueFormatter.Integer(w)} days after the last treatment are not emergent" : "; no end window (through end of study)";
        var undated = o.MissingStartDateIsTreatmentEmergent ? "a derived AE without a start date counts as emergent" : "a derived AE without a start date is excluded";
        m.Add(new ReportMethod("Treatment-emergent adverse event (TEAE) rule", "",
            $"{ReportText.Capitalise(rule)}{window}; {undated}. Excluded records are counted under Data handling."));
        var severity = o.MissingSeverityAs is { } s ? $"a missing severity counts as {s.Code()}" : "a missing severity is kept as its own category";
        var relation = o.MissingRelationship == MissingRelationshipRule.Missing
            ? "a missing relationship is kept as its own category"
            : "a missing relationship counts as " + o.MissingRelationship.Label();
        var serious = o.MissingSeriousIsSerious ? "a missing seriousness counts as serious" : "a missing seriousness counts as not serious";
        m.Add(new ReportMethod("Missing AE attributes", "", $"{ReportText.Capitalise(severity)}; {relation}; {serious}. Each imputation is counted under Data handling."));
        m.Add(new ReportMethod("Incidence counting", "",
            "A subject counts once per row (any TEAE, each SOC, each preferred term) however many events they had; percentages are of the arm's safety N; events count every TEAE record. "
            + o.SortOrder.Rule()
            + (o.MinimumIncidence > 0 ? $" Preferred terms are shown when their incidence reaches {ValueFormatter.Default.Percent(o.MinimumIncidence)}% in at least one arm." : "")));
        if (r.ControlArm is not null)
        {
            m.Add(new ReportMethod(o.DifferenceMethod.Label() + " interval for the risk difference", o.DifferenceMethod.Code(),
                $"Difference of the proportions of subjects with the event, arm minus {r.ControlArm}, {level} interval; with Fisher's exact p-value "
                + $"[{TestMethod.Fisher.Code()}]. Safety p-values are descriptive screening flags, not adjusted for multiplicity."));
        }
        m.Add(new ReportMethod("Exposure-adjusted incidence rate (EAIR)", ArdMethod.Per100PatientYears,
            "Subjects with the event per 100 patient-years at risk, a subject with the event contributing time up to its first onset; the event rate (EAER) divides all events by the full time at risk. "
            + $"Time at risk runs from TRTSDT to the earliest known end of study, data cut-off or end window, with {ValueFormatter.Exact(o.DaysPerYear)} days per year. Exact Poisson (Garwood) {level} intervals."));
        if (r.ControlArm is not null)
            m.Add(new ReportMethod(TestMethod.PoissonExact.ShortLabel() + " rate comparison", TestMethod.PoissonExact.Code(),
                "Ratio of two incidence rates with the exact conditional (binomial) interval and test; the rate difference per 100 patient-years has a Wald interval. Descriptive."));
    }

    /// <summary>Plain name of a quantile definition, e.g. "R type 2 (SAS QNTLDEF=5)"; the same as <see cref="QuantileDefinitionNames.Label"/>.</summary>
    /// <param name="q">The definition.</param>
    [Obsolete("Use Label (QuantileDefinitionNames).", false)]
    public static string QuantileText(QuantileDefinition q) => q.Label();

}
