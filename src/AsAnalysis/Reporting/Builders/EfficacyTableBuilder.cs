using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Reporting.Tables;
using AsAnalysis.Statistics;

namespace AsAnalysis.Reporting.Builders;

/// <summary>
/// Builds the display tables of the efficacy analysis from <see cref="EfficacyResults"/>: analysis populations,
/// binary endpoints at the analysis visits (one table per missing-data handling), response over time of one endpoint,
/// and change from baseline of the continuous endpoints with ANCOVA; and the data-handling items.
/// Arms are columns in the order of the results (treatment arms, then the control); each treatment arm gets comparison
/// columns against the control. Titles carry no table number: the report numbers them.
/// </summary>
public sealed class EfficacyTableBuilder
{
    /// <summary>Table id of the analysis populations.</summary>
    public const string PopulationId = "t-efficacy-population";
    /// <summary>Table id of the continuous change-from-baseline table.</summary>
    public const string ContinuousId = "t-efficacy-continuous";

    private const string Population = "Full analysis set (ITTFL = Y), by planned treatment (TRT01P).";

    /// <summary>Creates a builder with <see cref="ValueFormatter.Default"/>.</summary>
    public EfficacyTableBuilder() : this(ValueFormatter.Default) { }

    /// <summary>Creates a builder.</summary>
    /// <param name="formatter">Number formatting.</param>
    public EfficacyTableBuilder(ValueFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Formatter = formatter;
    }

    /// <summary>The number formatting in use.</summary>
    public ValueFormatter Formatter { get; }

    /// <summary>Table id of the binary table of one missing-data handling, e.g. <c>t-efficacy-binary-nri</c>.</summary>
    /// <param name="imputation">The handling.</param>
    public static string BinaryId(Imputation imputation) => "t-efficacy-binary-" + imputation.Code();

    /// <summary>Table id of the response-over-time table, e.g. <c>t-efficacy-time-asas20-nri</c>.</summary>
    /// <param name="imputation">The handling.</param>
    /// <param name="endpoint">The endpoint.</param>
    public static string OverTimeId(Imputation imputation, ResponderEndpoint endpoint)
        => ReportTable.Slugify("t-efficacy-time-" + endpoint.Code() + "-" + imputation.Code());

    /// <summary>Display name of a responder endpoint; the same as <see cref="ResponderEndpointNames.Label"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    [Obsolete("Use Label (ResponderEndpointNames).", false)]
    public static string Label(ResponderEndpoint endpoint) => endpoint.Label();

    /// <summary>Display name of a continuous endpoint; the same as <see cref="ContinuousEndpointNames.Label"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    [Obsolete("Use Label (ContinuousEndpointNames).", false)]
    public static string Label(ContinuousEndpoint endpoint) => endpoint.Label();

    /// <summary>Display name of a missing-data handling; the same as <see cref="ImputationNames.Label"/>.</summary>
    /// <param name="imputation">The handling.</param>
    [Obsolete("Use Label (ImputationNames).", false)]
    public static string Label(Imputation imputation) => imputation.Label();

    /// <summary>Plain words for a not-evaluable reason; the same as <see cref="NotEvaluableReasonNames.Label"/>.</summary>
    /// <param name="reason">The reason.</param>
    [Obsolete("Use Label (NotEvaluableReasonNames).", false)]
    public static string Label(NotEvaluableReason reason) => reason.Label();

    /// <summary>
    /// Every efficacy table in report order: populations, the binary table of each handling (options order, the primary
    /// first), response over time of the first responder endpoint under the first handling, and the continuous table.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    public IReadOnlyList<ReportTable> All(EfficacyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var tables = new List<ReportTable> { Populations(results) };
        foreach (var imputation in results.Options.Imputations) tables.Add(Binary(results, imputation));
        if (results.Options.Imputations.Count > 0 && results.Options.ResponderEndpoints.Count > 0)
            tables.Add(ResponseOverTime(results, results.Options.Imputations[0], results.Options.ResponderEndpoints[0]));
        if (results.Options.ContinuousEndpoints.Count > 0) tables.Add(Continuous(results));
        return tables.AsReadOnly();
    }

    /// <summary>Analysis populations per arm: ITT subjects, with a baseline visit, with a post-baseline visit.</summary>
    /// <param name="results">The efficacy results.</param>
    public ReportTable Populations(EfficacyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var t = ReportTable.Create(PopulationId, "Analysis populations").WithPopulation(Population).WithStubHeader("Population");
        foreach (var p in results.Population) t = t.AddColumn(p.Arm);
        var f = Formatter;
        t = t.AddRow("Full analysis set (ITT), N", results.Population.Select(p => ValueFormatter.Integer(p.IttSubjects)).ToArray())
             .AddRow(new TableRow("With a baseline visit, n (%)", results.Population.Select(p => f.CountPercent(p.WithBaseline, p.IttSubjects)), indent: 1))
             .AddRow(new TableRow("With a post-baseline visit, n (%)", results.Population.Select(p => f.CountPercent(p.WithAnyPostBaselineVisit, p.IttSubjects)), indent: 1));
        t = t.AddFootnote("Subjects not in the full analysis set (ITTFL not Y): " + ValueFormatter.Integer(results.NotIttSubjects) + ", not analysed for efficacy.");
        return t;
    }

    /// <summary>
    /// Binary endpoints at the analysis visits under one missing-data handling: per arm responders n/N (%) with the
    /// Wilson CI; per treatment arm the difference in percentage points with the Newcombe CI and Fisher's p
    /// (and the CMH p-value when the analysis is stratified). Rows: each analysis visit, then its endpoints.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="imputation">The handling (must be one of the analysed ones).</param>
    /// <exception cref="ArgumentException">The handling was not analysed.</exception>
    public ReportTable Binary(EfficacyResults results, Imputation imputation)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!results.Options.Imputations.Contains(imputation))
            throw new ArgumentException($"The results hold no {imputation.Code()} analysis.", nameof(imputation));
        var f = Formatter;
        var level = ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel);
        var primary = results.Options.Imputations[0] == imputation;
        var t = ReportTable.Create(BinaryId(imputation), "Responder endpoints at the analysis visits, " + imputation.Label() + (primary ? "" : " (sensitivity analysis)"))
            .WithPopulation(Population).WithStubHeader("Visit\n  Endpoint");
        t = ArmResponseColumns(t, results, level);
        t = ComparisonColumns(t, results, level);
        foreach (var week in results.Options.AnalysisWeeks)
        {
            t = t.AddRow(new TableRow(VisitLabels.Week(week), Enumerable.Repeat("", t.Columns.Count), startsGroup: true, bold: true));
            foreach (var endpoint in results.Options.ResponderEndpoints)
            {
                var cells = new List<string>();
                foreach (var arm in results.Arms) AddResponseCells(cells, results.Response(imputation, endpoint, week, arm));
                foreach (var arm in results.TreatmentArms) AddComparisonCells(cells, results, results.Comparison(imputation, endpoint, week, arm));
                t = t.AddRow(new TableRow(endpoint.Label(), cells, indent: 1));
            }
        }
        t = t.AddFootnote(imputation.DenominatorNote());
        t = t.AddFootnote($"n/N (%): responders / subjects in the denominator; {level} CI: {ProportionCiMethod.Wilson.Label()}, in percent.");
        return AddComparisonFootnotes(t, results, level);
    }

    /// <summary>Response over time of one endpoint under one handling: rows are the visits, columns the arms.</summary>
    /// <param name="results">The efficacy results.</param>
    /// <param name="imputation">The handling.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <exception cref="ArgumentException">The handling or the endpoint was not analysed.</exception>
    public ReportTable ResponseOverTime(EfficacyResults results, Imputation imputation, ResponderEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!results.Options.Imputations.Contains(imputation))
            throw new ArgumentException($"The results hold no {imputation.Code()} analysis.", nameof(imputation));
        if (!results.Options.ResponderEndpoints.Contains(endpoint))
            throw new ArgumentException($"The results hold no {endpoint.Code()} analysis.", nameof(endpoint));
        var level = ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel);
        var t = ReportTable.Create(OverTimeId(imputation, endpoint), endpoint.Label() + " response over time, " + imputation.Label())
            .WithPopulation(Population).WithStubHeader("Visit");
        t = ArmResponseColumns(t, results, level);
        foreach (var week in results.VisitWeeks)
        {
            var cells = new List<string>();
            foreach (var arm in results.Arms) AddResponseCells(cells, results.Response(imputation, endpoint, week, arm));
            t = t.AddRow(new TableRow(VisitLabels.Week(week), cells, bold: results.Options.AnalysisWeeks.Contains(week)));
        }
        t = t.AddFootnote(imputation.DenominatorNote());
        t = t.AddFootnote($"n/N (%): responders / subjects in the denominator; {level} CI: {ProportionCiMethod.Wilson.Label()}, in percent. Analysis visits in bold.");
        return t;
    }

    /// <summary>
    /// Change from baseline of the continuous endpoints at the analysis visits (observed cases): per arm n, baseline
    /// mean (SD) and change mean (SD); per treatment arm the ANCOVA difference of LS means with its CI and p-value.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    public ReportTable Continuous(EfficacyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var f = Formatter;
        var level = ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel);
        var t = ReportTable.Create(ContinuousId, "Change from baseline of the continuous endpoints at the analysis visits")
            .WithSubtitle("Observed cases; ANCOVA of the change with arm and baseline value")
            .WithPopulation(Population).WithStubHeader("Endpoint\n  Visit");
        var popN = results.Population.ToDictionary(p => p.Arm, p => p.IttSubjects, StringComparer.Ordinal);
        foreach (var arm in results.Arms)
        {
            var s = arm + " (N=" + ValueFormatter.Integer(popN[arm]) + ")";
            t = t.AddColumn(new TableColumn("n", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn("Baseline, mean (SD)", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn("Change, mean (SD)", ColumnAlignment.Center, [s]));
        }
        foreach (var arm in results.TreatmentArms)
        {
            var s = arm + " vs " + results.ControlArm;
            t = t.AddColumn(new TableColumn($"LS mean difference ({level} CI)", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn("p-value", ColumnAlignment.Center, [s]));
        }
        var summaries = results.Continuous.ToDictionary(c => (c.Endpoint, c.VisitWeek, c.Arm));
        var ancova = results.ContinuousComparisons.ToDictionary(c => (c.Endpoint, c.VisitWeek, c.TreatmentArm));
        foreach (var endpoint in results.Options.ContinuousEndpoints)
        {
            t = t.AddRow(new TableRow(endpoint.Label(), Enumerable.Repeat("", t.Columns.Count), startsGroup: true, bold: true));
            foreach (var week in results.Options.AnalysisWeeks)
            {
                var cells = new List<string>();
                foreach (var arm in results.Arms)
                {
                    if (summaries.TryGetValue((endpoint, week, arm), out var s))
                    {
                        cells.Add(ValueFormatter.Integer(s.Change.N));
                        cells.Add(s.Change.N == 0 ? f.Missing : f.MeanSd(s.Baseline.Mean, s.Baseline.StandardDeviation));
                        cells.Add(s.Change.N == 0 ? f.Missing : f.MeanSd(s.Change.Mean, s.Change.StandardDeviation));
                    }
                    else
                    {
                        cells.AddRange([f.Missing, f.Missing, f.Missing]);
                    }
                }
                foreach (var arm in results.TreatmentArms)
                {
                    if (ancova.TryGetValue((endpoint, week, arm), out var c))
                    {
                        cells.Add(f.EstimateWithCi(c.Ancova.Difference, c.Ancova.Ci));
                        cells.Add(f.PValue(c.Ancova.Test.PValue));
                    }
                    else
                    {
                        cells.AddRange([f.Missing, f.Missing]);
                    }
                }
                t = t.AddRow(new TableRow(VisitLabels.Week(week), cells, indent: 1));
            }
        }
        t = t.AddFootnote("n: subjects with a value at baseline and at the visit; change = visit value minus baseline. Negative changes are improvements.");
        if (results.TreatmentArms.Count > 0)
            t = t.AddFootnote($"LS mean difference: treatment minus {results.ControlArm} from an ANCOVA of the change with arm and baseline value, {level} CI and t-test.");
        return t;
    }

    /// <summary>
    /// The efficacy exclusions and imputations as report data-handling items: subjects outside the full analysis set, and
    /// for every handling, responder endpoint and analysis visit the subjects imputed or excluded with their reasons;
    /// for every continuous endpoint and analysis visit the subjects without a change.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    public static IReadOnlyList<DataHandlingItem> DataHandling(EfficacyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var items = new List<DataHandlingItem>(PopulationDataHandling(results));
        foreach (var imputation in results.Options.Imputations)
            foreach (var endpoint in results.Options.ResponderEndpoints)
                foreach (var week in results.Options.AnalysisWeeks)
                {
                    var arms = results.Arms.Select(a => results.Response(imputation, endpoint, week, a)).ToList();
                    var what = endpoint.Label() + " at " + VisitLabels.Week(week) + ", " + imputation.Label();
                    var imputed = arms.Sum(a => a.Imputed);
                    if (imputed > 0)
                    {
                        var how = imputation.ImputedAs();
                        items.Add(new DataHandlingItem("Efficacy: imputation",
                            $"{what}: not evaluable ({Reasons(arms.SelectMany(a => a.ImputedReasons))}), {how}", imputed));
                    }
                    var excluded = arms.Sum(a => a.Excluded);
                    if (excluded > 0)
                        items.Add(new DataHandlingItem("Efficacy: exclusion",
                            $"{what}: not evaluable ({Reasons(arms.SelectMany(a => a.ExcludedReasons))}), left out of the denominator", excluded));
                }
        foreach (var endpoint in results.Options.ContinuousEndpoints)
            foreach (var week in results.Options.AnalysisWeeks)
            {
                var arms = results.Continuous.Where(c => c.Endpoint == endpoint && c.VisitWeek == week).ToList();
                var excluded = arms.Sum(a => a.Excluded);
                if (excluded > 0)
                    items.Add(new DataHandlingItem("Efficacy: exclusion",
                        $"{endpoint.Label()} change at {VisitLabels.Week(week)}: no change from baseline ({Reasons(arms.SelectMany(a => a.ExcludedReasons))}), not in the summary or ANCOVA", excluded));
            }
        return items.AsReadOnly();
    }

    /// <summary>
    /// The population-level efficacy exclusions only (subjects outside the full analysis set), for a report that
    /// summarises the per-visit handling in tables (<see cref="DataHandlingBuilder.EfficacyTables"/>).
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    public static IReadOnlyList<DataHandlingItem> PopulationDataHandling(EfficacyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.NotIttSubjects > 0
            ? [new DataHandlingItem("Efficacy: exclusion", "Subjects not in the full analysis set (ITTFL not Y), not analysed", results.NotIttSubjects)]
            : [];
    }

    private static string Reasons(IEnumerable<ReasonCount> counts)
        => string.Join(", ", counts.GroupBy(c => c.Reason).OrderBy(g => g.Key).Select(g => g.Key.Label() + " " + ValueFormatter.Integer(g.Sum(c => c.Count))));

    private static ReportTable ArmResponseColumns(ReportTable t, EfficacyResults results, string level)
    {
        var popN = results.Population.ToDictionary(p => p.Arm, p => p.IttSubjects, StringComparer.Ordinal);
        foreach (var arm in results.Arms)
        {
            var s = arm + " (N=" + ValueFormatter.Integer(popN[arm]) + ")";
            t = t.AddColumn(new TableColumn("n/N (%)", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn(level + " CI", ColumnAlignment.Center, [s]));
        }
        return t;
    }

    private static ReportTable ComparisonColumns(ReportTable t, EfficacyResults results, string level)
    {
        foreach (var arm in results.TreatmentArms)
        {
            var s = arm + " vs " + results.ControlArm;
            t = t.AddColumn(new TableColumn($"Difference, % ({level} CI)", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn("p-value", ColumnAlignment.Center, [s]));
            if (results.Options.Stratified) t = t.AddColumn(new TableColumn("CMH p-value", ColumnAlignment.Center, [s]));
        }
        return t;
    }

    private void AddResponseCells(List<string> cells, ArmResponse r)
    {
        cells.Add(Formatter.FractionPercent(r.Responders, r.N));
        cells.Add(r.N == 0 ? Formatter.Missing : Formatter.PercentInterval(r.Wilson.Ci.Lower, r.Wilson.Ci.Upper));
    }

    private void AddComparisonCells(List<string> cells, EfficacyResults results, ArmComparison c)
    {
        var f = Formatter;
        cells.Add(f.PercentagePointsWithCi(c.Newcombe.Estimate, c.Newcombe.Ci.Lower, c.Newcombe.Ci.Upper));
        cells.Add(f.PValue(c.Fisher.PValue));
        if (results.Options.Stratified) cells.Add(c.Stratified is { } s ? f.PValue(s.Cmh.Test.PValue) : f.Missing);
    }

    private static ReportTable AddComparisonFootnotes(ReportTable t, EfficacyResults results, string level)
    {
        if (results.TreatmentArms.Count == 0) return t;
        t = t.AddFootnote($"Difference: treatment minus {results.ControlArm} in percentage points, {DifferenceCiMethod.Newcombe.Label()} {level} CI; p-value: {TestMethod.Fisher.Label()}.");
        if (results.Options.Stratified)
            t = t.AddFootnote($"CMH p-value: {TestMethod.CochranMantelHaenszel.Label()} stratified by STRAT1, without continuity correction.");
        return t;
    }
}
