using AsAnalysis.Results;
using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>Builds the ard.csv rows of the safety results.</summary>
internal static class SafetyArd
{
    private const string Per100Py = "per_100py";

    public static IReadOnlyList<ArdRow> Build(SafetyResults r)
    {
        var rows = new List<ArdRow>();
        var comparisons = r.TermComparisons.ToLookup(c => c.Key);
        var rates = r.ExposureAdjustedRates.ToDictionary(x => x.Key);
        var severity = r.BySeverity.ToDictionary(x => x.Term);
        var relationship = r.ByRelationship.ToDictionary(x => x.Term);
        int armCount = r.Arms.Count;

        void Item(SafetyRowKey key, IReadOnlyList<SafetyCell> cells)
        {
            Counts(rows, key.Analysis, key.Endpoint, key.Term.Key, cells);
            if (key.Category == OverviewCategory.AnyTeae)
            {
                foreach (var c in severity[key.Term].Rows) Counts(rows, key.Analysis, c.Category.EndpointName(), key.Term.Key, c.Cells);
                foreach (var c in relationship[key.Term].Rows) Counts(rows, key.Analysis, c.Category.EndpointName(), key.Term.Key, c.Cells);
            }
            if (rates.TryGetValue(key, out var rate)) Rates(rows, key, rate, armCount);
            foreach (var c in comparisons[key])
            {
                var arm = SafetyNames.DifferenceArmLabel(c.TreatmentArm, armCount);
                string m = c.Difference.Method.CanonicalName();
                Add(rows, key, arm, "diff", m, c.Difference.Estimate);
                Add(rows, key, arm, "ci_low", m, c.Difference.Ci.Lower);
                Add(rows, key, arm, "ci_high", m, c.Difference.Ci.Upper);
                Add(rows, key, arm, "p_value", c.Fisher.MethodName, c.Fisher.PValue);
            }
        }

        foreach (var o in r.Overview) Item(o.Key, o.Cells);
        foreach (var row in r.BySocPt.Rows) Item(row.Key, row.Cells);
        Exposure(rows, r.ExposureSummary);
        return rows;
    }

    private static void Add(List<ArdRow> rows, SafetyRowKey key, string arm, string stat, string method, double value) =>
        rows.Add(new ArdRow(key.Analysis, key.Endpoint, "", arm, key.Term.Key, stat, method, value));

    private static void Counts(List<ArdRow> rows, string analysis, string endpoint, string term, IReadOnlyList<SafetyCell> cells)
    {
        foreach (var c in cells)
        {
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, "N", "", c.N));
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, "n_subjects", "", c.Subjects));
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, "pct", "", c.Proportion));
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, "n_events", "", c.Events));
        }
    }

    private static void Rates(List<ArdRow> rows, SafetyRowKey key, ExposureAdjustedRate rate, int armCount)
    {
        foreach (var a in rate.Arms)
        {
            Add(rows, key, a.Arm, "n_at_risk", "", a.SubjectsAtRisk);
            Add(rows, key, a.Arm, "py_to_first_event", "", a.PatientYearsToFirstEvent);
            Add(rows, key, a.Arm, "eair", Per100Py, a.IncidenceRate.Per100PatientYears);
            Add(rows, key, a.Arm, "eair_ci_low", Per100Py, a.IncidenceRate.Ci.Lower);
            Add(rows, key, a.Arm, "eair_ci_high", Per100Py, a.IncidenceRate.Ci.Upper);
            Add(rows, key, a.Arm, "py", "", a.PatientYears);
            Add(rows, key, a.Arm, "eaer", Per100Py, a.EventRate.Per100PatientYears);
            Add(rows, key, a.Arm, "eaer_ci_low", Per100Py, a.EventRate.Ci.Lower);
            Add(rows, key, a.Arm, "eaer_ci_high", Per100Py, a.EventRate.Ci.Upper);
        }
        foreach (var c in rate.Comparisons)
        {
            var arm = SafetyNames.DifferenceArmLabel(c.TreatmentArm, armCount);
            Add(rows, key, arm, "eair_diff", Per100Py, c.DifferencePer100PatientYears);
            Add(rows, key, arm, "eair_diff_ci_low", Per100Py, c.DifferenceCi.Lower);
            Add(rows, key, arm, "eair_diff_ci_high", Per100Py, c.DifferenceCi.Upper);
            Add(rows, key, arm, "eair_ratio", "", c.Ratio);
            Add(rows, key, arm, "eair_ratio_ci_low", "", c.RatioCi.Lower);
            Add(rows, key, arm, "eair_ratio_ci_high", "", c.RatioCi.Upper);
            Add(rows, key, arm, "p_value", c.RatioTest.MethodName, c.RatioTest.PValue);
        }
    }

    private static void Exposure(List<ArdRow> rows, IReadOnlyList<ArmExposureSummary> summary)
    {
        void Row(string endpoint, string arm, string term, string stat, double value) =>
            rows.Add(new ArdRow(ArdAnalysis.Exposure, endpoint, "", arm, term, stat, "", value));
        void Summary(string endpoint, string arm, string term, DescriptiveSummary d)
        {
            Row(endpoint, arm, term, "n", d.N);
            Row(endpoint, arm, term, "mean", d.Mean);
            Row(endpoint, arm, term, "sd", d.StandardDeviation);
            Row(endpoint, arm, term, "median", d.Median);
            Row(endpoint, arm, term, "q1", d.FirstQuartile);
            Row(endpoint, arm, term, "q3", d.ThirdQuartile);
            Row(endpoint, arm, term, "min", d.Min);
            Row(endpoint, arm, term, "max", d.Max);
        }

        foreach (var a in summary)
        {
            Row("SUBJECTS", a.Arm, "", "N", a.N);
            if (a.AdministrationsPerSubject is { } adm)
            {
                Row("ADMINISTRATIONS", a.Arm, "", "total", a.TotalAdministrations);
                Summary("ADMINISTRATIONS", a.Arm, "", adm);
            }
            foreach (var d in a.Doses)
            {
                string term = d.Treatment + "|" + d.Unit;
                Row("DOSE", a.Arm, term, "total", d.TotalDose);
                Summary("DOSE", a.Arm, term, d.PerSubject);
            }
            if (a.TreatmentDurationDays is { } dur) Summary("DURATION_DAYS", a.Arm, "", dur);
            Row("TIME_AT_RISK", a.Arm, "", "n", a.SubjectsAtRisk);
            Row("TIME_AT_RISK", a.Arm, "", "py", a.PatientYearsAtRisk);
        }
    }
}
