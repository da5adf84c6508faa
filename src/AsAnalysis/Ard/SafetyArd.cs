using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Ard;

/// <summary>
/// Flattens <see cref="SafetyResults"/> to ard.csv rows (<see cref="SafetyResults.ToArdRows"/> forwards here; docs/safety.md
/// lists the statistics). Like <see cref="EfficacyArd"/>, it knows the analysis layer; the rest of <c>AsAnalysis.Ard</c> does not.
/// </summary>
internal static class SafetyArd
{
    private const string Per100Py = ArdMethod.Per100PatientYears;

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
                foreach (var c in severity[key.Term].Rows) Counts(rows, key.Analysis, c.Category.Code(), key.Term.Key, c.Cells);
                foreach (var c in relationship[key.Term].Rows) Counts(rows, key.Analysis, c.Category.Code(), key.Term.Key, c.Cells);
            }
            if (rates.TryGetValue(key, out var rate)) Rates(rows, key, rate, armCount);
            foreach (var c in comparisons[key])
            {
                var arm = ArdAnalysis.DifferenceArmLabel(c.TreatmentArm, armCount);
                string m = c.Difference.Method.Code();
                Add(rows, key, arm, ArdStat.Diff, m, c.Difference.Estimate);
                Add(rows, key, arm, ArdStat.CiLow, m, c.Difference.Ci.Lower);
                Add(rows, key, arm, ArdStat.CiHigh, m, c.Difference.Ci.Upper);
                Add(rows, key, arm, ArdStat.PValue, c.Fisher.MethodName, c.Fisher.PValue);
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
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, ArdStat.N, "", c.N));
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, ArdStat.NSubjects, "", c.Subjects));
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, ArdStat.Pct, "", c.Proportion));
            rows.Add(new ArdRow(analysis, endpoint, "", c.Arm, term, ArdStat.NEvents, "", c.Events));
        }
    }

    private static void Rates(List<ArdRow> rows, SafetyRowKey key, ExposureAdjustedRate rate, int armCount)
    {
        foreach (var a in rate.Arms)
        {
            Add(rows, key, a.Arm, ArdStat.NAtRisk, "", a.SubjectsAtRisk);
            Add(rows, key, a.Arm, ArdStat.PyToFirstEvent, "", a.PatientYearsToFirstEvent);
            Add(rows, key, a.Arm, ArdStat.Eair, Per100Py, a.IncidenceRate.Per100PatientYears);
            Add(rows, key, a.Arm, ArdStat.EairCiLow, Per100Py, a.IncidenceRate.Ci.Lower);
            Add(rows, key, a.Arm, ArdStat.EairCiHigh, Per100Py, a.IncidenceRate.Ci.Upper);
            Add(rows, key, a.Arm, ArdStat.Py, "", a.PatientYears);
            Add(rows, key, a.Arm, ArdStat.Eaer, Per100Py, a.EventRate.Per100PatientYears);
            Add(rows, key, a.Arm, ArdStat.EaerCiLow, Per100Py, a.EventRate.Ci.Lower);
            Add(rows, key, a.Arm, ArdStat.EaerCiHigh, Per100Py, a.EventRate.Ci.Upper);
        }
        foreach (var c in rate.Comparisons)
        {
            var arm = ArdAnalysis.DifferenceArmLabel(c.TreatmentArm, armCount);
            Add(rows, key, arm, ArdStat.EairDiff, Per100Py, c.DifferencePer100PatientYears);
            Add(rows, key, arm, ArdStat.EairDiffCiLow, Per100Py, c.DifferenceCi.Lower);
            Add(rows, key, arm, ArdStat.EairDiffCiHigh, Per100Py, c.DifferenceCi.Upper);
            Add(rows, key, arm, ArdStat.EairRatio, "", c.Ratio);
            Add(rows, key, arm, ArdStat.EairRatioCiLow, "", c.RatioCi.Lower);
            Add(rows, key, arm, ArdStat.EairRatioCiHigh, "", c.RatioCi.Upper);
            Add(rows, key, arm, ArdStat.PValue, c.RatioTest.MethodName, c.RatioTest.PValue);
        }
    }

    private static void Exposure(List<ArdRow> rows, IReadOnlyList<ArmExposureSummary> summary)
    {
        void Row(string endpoint, string arm, string term, string stat, double value) =>
            rows.Add(new ArdRow(ArdAnalysis.Exposure, endpoint, "", arm, term, stat, "", value));
        void Summary(string endpoint, string arm, string term, DescriptiveSummary d) =>
            DescriptiveArd.Add(d, (stat, value) => Row(endpoint, arm, term, stat, value));

        foreach (var a in summary)
        {
            Row("SUBJECTS", a.Arm, "", ArdStat.N, a.N);
            if (a.AdministrationsPerSubject is { } adm)
            {
                Row("ADMINISTRATIONS", a.Arm, "", ArdStat.Total, a.TotalAdministrations);
                Summary("ADMINISTRATIONS", a.Arm, "", adm);
            }
            foreach (var d in a.Doses)
            {
                string term = d.Treatment + "|" + d.Unit;
                Row("DOSE", a.Arm, term, ArdStat.Total, d.TotalDose);
                Summary("DOSE", a.Arm, term, d.PerSubject);
            }
            if (a.TreatmentDurationDays is { } dur) Summary("DURATION_DAYS", a.Arm, "", dur);
            Row("TIME_AT_RISK", a.Arm, "", ArdStat.Count, a.SubjectsAtRisk);
            Row("TIME_AT_RISK", a.Arm, "", ArdStat.Py, a.PatientYearsAtRisk);
        }
    }
}
