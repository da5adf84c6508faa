using System.Collections.Immutable;
using AsAnalysis.Ard;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Reporting.Formatting;
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
            + $"The ASAS pain domain is {Describe(e.PainDomain)}; ASDAS uses the {(e.AsdasCoefficients == AsdasCoefficients.ThreeDecimal ? "three-decimal" : "two-decimal")} coefficients "
            + $"with CRP floored at 2 mg/L, and ASDAS-{(e.AsdasImprovementScore == AsdasScore.Crp ? "CRP" : "ESR")} defines clinically important (change <= -1.1) and major (<= -2.0) improvement. "
            + $"ASAS20/40, ASAS 5/6 and BASDAI50 compare each visit with baseline (AVISITN 0); partial remission needs every domain {(e.PartialRemission == PartialRemissionThreshold.AtMostTwo ? "at most 2" : "below 2")}. "
            + "Threshold tests are exact decimal comparisons, so a change exactly at a cut-off counts."));
        foreach (var imputation in o.Imputations)
        {
            var (name, text) = imputation switch
            {
                Imputation.NonResponderImputation => ("Non-responder imputation", "every subject of the full analysis set is in the denominator, and a subject whose response cannot be evaluated at the visit (no visit, discontinued, never treated, a missing component or baseline) counts as a non-responder."),
                Imputation.ObservedCases => ("Observed cases", "only the subjects whose response can be evaluated at the visit are in the denominator."),
                _ => ("Last observation carried forward", "a response that cannot be evaluated is replaced by the subject's last evaluable post-baseline response before the visit (the response, not its components; baseline is never carried); subjects without one are left out."),
            };
            var role = imputation == o.Imputations[0] ? "Primary handling of missing responses" : "Sensitivity analysis";
            m.Add(new ReportMethod(name, imputation.CanonicalName(), $"{role} ({imputation.ArdAnalysisName()} in ard.csv): {text}"));
        }
        if (o.ResponderEndpoints.Count > 0)
        {
            m.Add(new ReportMethod("Wilson score interval", ProportionCiMethod.Wilson.CanonicalName(),
                "Interval for a response rate obtained by inverting the score test; stays inside [0, 1] and behaves well for small counts. Shown in the tables."));
            m.Add(new ReportMethod("Clopper-Pearson interval", ProportionCiMethod.ClopperPearson.CanonicalName(),
                "Exact interval for a response rate from the binomial distribution (beta quantiles); conservative. In ard.csv."));
            m.Add(new ReportMethod("Newcombe hybrid score interval", DifferenceCiMethod.Newcombe.CanonicalName(),
                "Interval for the difference of two response rates built from the two Wilson intervals (Newcombe's method 10). Shown in the tables."));
            m.Add(new ReportMethod("Miettinen-Nurminen interval", DifferenceCiMethod.MiettinenNurminen.CanonicalName(),
                "Score interval for the difference of two rates, inverting a test that uses the variance under the constrained maximum-likelihood estimates with the N/(N - 1) factor. In ard.csv."));
            m.Add(new ReportMethod("Fisher's exact test", TestMethod.Fisher.CanonicalName(),
                "Two-sided p-value of the 2x2 table from the hypergeometric distribution, summing the tables no more likely than the one observed. Shown in the tables."));
            m.Add(new ReportMethod("Pearson chi-square test", TestMethod.ChiSquare.CanonicalName(),
                "Two-sided p-value of the 2x2 table from the chi-square statistic with one degree of freedom, without continuity correction. In ard.csv."));
            m.Add(new ReportMethod("Woolf odds ratio", OddsRatioMethod.Woolf.CanonicalName(),
                "Odds ratio of response (arm over control) with the logit interval from the log odds ratio's standard error. In ard.csv."));
            if (o.Stratified)
            {
                m.Add(new ReportMethod("Cochran-Mantel-Haenszel test", TestMethod.CochranMantelHaenszel.CanonicalName(),
                    "Test of the arm effect stratified by STRAT1, combining the per-stratum 2x2 tables, without continuity correction."));
                m.Add(new ReportMethod("Mantel-Haenszel odds ratio", EfficacyResults.MantelHaenszelMethod,
                    "Common odds ratio across the STRAT1 strata with the Robins-Breslow-Greenland interval. In ard.csv."));
                m.Add(new ReportMethod("CMH-weighted difference", StratifiedDifferenceMethod.CmhWald.CanonicalName(),
                    "Difference of response rates pooled over the strata with Mantel-Haenszel weights and Sato's variance. In ard.csv."));
            }
        }
        if (o.ContinuousEndpoints.Count > 0)
            m.Add(new ReportMethod("ANCOVA", TestMethod.Ancova.CanonicalName(),
                "Change from baseline modelled as arm plus baseline value by least squares, in subjects with both values (observed cases); the difference of least-squares means (arm minus control) with its t-based interval and p-value."));
        m.Add(new ReportMethod("Descriptive statistics", "",
            $"n, mean, SD, median, quartiles, minimum and maximum; quantiles by {QuantileText(o.Quantiles)}."));
    }

    private static void AddSafety(List<ReportMethod> m, SafetyResults r)
    {
        var o = r.Options;
        var level = ValueFormatter.ConfidenceLevel(o.ConfidenceLevel);
        m.Add(new ReportMethod("Safety population", "",
            "Subjects who received any study treatment (SAFFL = Y), analysed by actual arm (TRT01A)"
            + (r.ControlArm is null ? "; no between-arm comparisons." : $"; each other arm is compared with {r.ControlArm}.")));
        var rule = o.TreatmentEmergent switch
        {
            TreatmentEmergentRule.FlagWhenExported => "the exported TRTEMFL decides when the data carry it (Y is emergent, N or blank is not); otherwise the AE is emergent when it starts on or after the first treatment date (ASTDT >= TRTSDT)",
            TreatmentEmergentRule.FlagElseDerivedPerRecord => "a record's TRTEMFL decides when present; a record without it is emergent when it starts on or after the first treatment date (ASTDT >= TRTSDT)",
            _ => "an AE is emergent when it starts on or after the first treatment date (ASTDT >= TRTSDT); TRTEMFL is ignored",
        };
        var window = o.TreatmentEmergentWindowDays is { } w ? $"; AEs starting more than {ValueFormatter.Integer(w)} days after the last treatment are not emergent" : "; no end window (through end of study)";
        var undated = o.MissingStartDateIsTreatmentEmergent ? "a derived AE without a start date counts as emergent" : "a derived AE without a start date is excluded";
        m.Add(new ReportMethod("Treatment-emergent adverse event (TEAE) rule", "",
            $"{Capitalise(rule)}{window}; {undated}. Excluded records are counted under Data handling."));
        var severity = o.MissingSeverityAs is { } s ? $"a missing severity counts as {s.ToString().ToUpperInvariant()}" : "a missing severity is kept as its own category";
        var relation = o.MissingRelationship switch
        {
            MissingRelationshipRule.Related => "a missing relationship counts as related",
            MissingRelationshipRule.NotRelated => "a missing relationship counts as not related",
            _ => "a missing relationship is kept as its own category",
        };
        var serious = o.MissingSeriousIsSerious ? "a missing seriousness counts as serious" : "a missing seriousness counts as not serious";
        m.Add(new ReportMethod("Missing AE attributes", "", $"{Capitalise(severity)}; {relation}; {serious}. Each imputation is counted under Data handling."));
        m.Add(new ReportMethod("Incidence counting", "",
            "A subject counts once per row (any TEAE, each SOC, each preferred term) however many events they had; percentages are of the arm's safety N; events count every TEAE record. "
            + (o.SortOrder == TermSortOrder.DescendingFrequency ? "SOCs and preferred terms are sorted by descending subject count, ties alphabetically." : "SOCs and preferred terms are sorted alphabetically.")
            + (o.MinimumIncidence > 0 ? $" Preferred terms are shown when their incidence reaches {ValueFormatter.Default.Percent(o.MinimumIncidence)}% in at least one arm." : "")));
        if (r.ControlArm is not null)
        {
            m.Add(new ReportMethod(MethodText.Describe(o.DifferenceMethod) + " interval for the risk difference", o.DifferenceMethod.CanonicalName(),
                $"Difference of the proportions of subjects with the event, arm minus {r.ControlArm}, {level} interval; with Fisher's exact p-value "
                + $"[{TestMethod.Fisher.CanonicalName()}]. Safety p-values are descriptive screening flags, not adjusted for multiplicity."));
        }
        m.Add(new ReportMethod("Exposure-adjusted incidence rate (EAIR)", ArdMethod.Per100PatientYears,
            "Subjects with the event per 100 patient-years at risk, a subject with the event contributing time up to its first onset; the event rate (EAER) divides all events by the full time at risk. "
            + $"Time at risk runs from TRTSDT to the earliest known end of study, data cut-off or end window, with {ValueFormatter.Exact(o.DaysPerYear)} days per year. Exact Poisson (Garwood) {level} intervals."));
        if (r.ControlArm is not null)
            m.Add(new ReportMethod("Exact Poisson rate comparison", TestMethod.PoissonExact.CanonicalName(),
                "Ratio of two incidence rates with the exact conditional (binomial) interval and test; the rate difference per 100 patient-years has a Wald interval. Descriptive."));
    }

    private static string Describe(PainDomain p) => p switch
    {
        PainDomain.TotalBackPain => "total back pain (TOTBPAIN)",
        PainDomain.NocturnalBackPain => "nocturnal back pain (NOCBPAIN)",
        _ => "the mean of total and nocturnal back pain",
    };

    /// <summary>Plain name of a quantile definition, e.g. "R type 2 (SAS QNTLDEF=5)".</summary>
    /// <param name="q">The definition.</param>
    public static string QuantileText(QuantileDefinition q)
    {
        var r = "R type " + ValueFormatter.Integer((int)q);
        var sas = q switch
        {
            QuantileDefinition.RType1 => 3,
            QuantileDefinition.RType2 => 5,
            QuantileDefinition.RType3 => 2,
            QuantileDefinition.RType4 => 1,
            QuantileDefinition.RType6 => 4,
            _ => 0,
        };
        return sas == 0 ? r : r + " (SAS QNTLDEF=" + ValueFormatter.Integer(sas) + ")";
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
