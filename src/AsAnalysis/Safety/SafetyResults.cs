using AsAnalysis.Results;
using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>The results of <see cref="SafetyAnalysis.Run"/>: every safety table, immutable, in a stable order.</summary>
public sealed class SafetyResults
{
    internal SafetyResults(
        SafetyOptions options,
        IReadOnlyList<SafetyArm> arms,
        IReadOnlyList<OverviewRow> overview,
        SocPtTable bySocPt,
        IReadOnlyList<TermBreakdown<SeverityCategory>> bySeverity,
        IReadOnlyList<TermBreakdown<RelationshipCategory>> byRelationship,
        IReadOnlyList<TermComparison> termComparisons,
        IReadOnlyList<ExposureAdjustedRate> exposureAdjustedRates,
        IReadOnlyList<ArmExposureSummary> exposureSummary,
        IReadOnlyList<SafetyHandlingCount> dataHandling)
    {
        Options = options;
        Arms = arms;
        Overview = overview;
        BySocPt = bySocPt;
        BySeverity = bySeverity;
        ByRelationship = byRelationship;
        TermComparisons = termComparisons;
        ExposureAdjustedRates = exposureAdjustedRates;
        ExposureSummary = exposureSummary;
        DataHandling = dataHandling;
    }

    /// <summary>The options in force.</summary>
    public SafetyOptions Options { get; }
    /// <summary>The control arm of the comparisons (<c>null</c>: none).</summary>
    public string? ControlArm => Options.ControlArm;
    /// <summary>Arms of the safety population (actual arm, ordinal order) with their N.</summary>
    public IReadOnlyList<SafetyArm> Arms { get; }
    /// <summary>TEAE overview: any TEAE, serious, leading to discontinuation, related, severe, and deaths when the data carry them.</summary>
    public IReadOnlyList<OverviewRow> Overview { get; }
    /// <summary>TEAEs by SOC and PT.</summary>
    public SocPtTable BySocPt { get; }
    /// <summary>Subjects by maximum severity: overall first, then every shown SOC/PT row in display order.</summary>
    public IReadOnlyList<TermBreakdown<SeverityCategory>> BySeverity { get; }
    /// <summary>Subjects by relationship: overall first, then every shown SOC/PT row in display order.</summary>
    public IReadOnlyList<TermBreakdown<RelationshipCategory>> ByRelationship { get; }
    /// <summary>Risk difference and Fisher's p (descriptive) of each overview and shown SOC/PT row, each test arm against the control.</summary>
    public IReadOnlyList<TermComparison> TermComparisons { get; }
    /// <summary>EAIR and EAER of each overview row (except deaths) and each shown SOC/PT row, per arm and between arms.</summary>
    public IReadOnlyList<ExposureAdjustedRate> ExposureAdjustedRates { get; }
    /// <summary>Exposure per arm (administrations, dose, duration, time at risk).</summary>
    public IReadOnlyList<ArmExposureSummary> ExposureSummary { get; }
    /// <summary>Exclusions and imputations with their counts (non-zero kinds only, in enum order).</summary>
    public IReadOnlyList<SafetyHandlingCount> DataHandling { get; }

    /// <summary>The count of one data-handling kind (0 when it did not occur).</summary>
    /// <param name="kind">The kind.</param>
    public int HandlingCount(SafetyHandling kind) => DataHandling.FirstOrDefault(h => h.Kind == kind)?.Count ?? 0;

    /// <summary>
    /// Flattens every table to ard.csv rows (docs/safety.md lists the statistics). Order: overview rows, then each SOC
    /// followed by its PTs; within a row, the per-arm counts, the breakdowns, the rates and the comparisons; then exposure.
    /// </summary>
    public IReadOnlyList<ArdRow> ToArdRows() => SafetyArd.Build(this);
}

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
