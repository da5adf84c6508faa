using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Builders;

/// <summary>
/// The report's data-handling section, kept readable: input facts as <see cref="DataHandlingItem"/>s (records read per
/// file, missing values, records that no analysis uses), and the per-visit efficacy handling summarised in one table per
/// analysis with the counts by reason (instead of one item per endpoint, visit and handling). It only lays out what
/// <see cref="TrialData.Summarize"/> and the analyses report; it counts nothing itself and computes no statistic.
/// </summary>
public static class DataHandlingBuilder
{
    /// <summary>Category of the input facts.</summary>
    public const string InputCategory = "Input";

    /// <summary>Table id of the binary handling table of one missing-data handling, e.g. <c>t-dh-binary-nri</c>.</summary>
    /// <param name="imputation">The handling.</param>
    public static string BinaryId(Imputation imputation) => "t-dh-binary-" + imputation.Code();

    /// <summary>Table id of the continuous handling table.</summary>
    public const string ContinuousId = "t-dh-continuous";

    /// <summary>
    /// Input facts: the records read from each file; for the efficacy analysis the assessments with an empty AVAL,
    /// those of parameters that are not analysed and those of subjects outside the full analysis set (the counts of
    /// <see cref="TrialData.Summarize"/>).
    /// Safety exclusions (AE records outside the safety population, pre-treatment AEs...) come from
    /// <see cref="SafetyTableBuilder.DataHandling"/>.
    /// </summary>
    /// <param name="data">The trial data.</param>
    /// <param name="efficacy">Whether the efficacy analysis runs (the efficacy items are left out otherwise).</param>
    public static IReadOnlyList<DataHandlingItem> Input(TrialData data, bool efficacy)
    {
        ArgumentNullException.ThrowIfNull(data);
        var items = new List<DataHandlingItem>();
        foreach (var f in data.SourceFiles)
            items.Add(new DataHandlingItem(InputCategory, f.Name + ": records read", f.Records));
        if (!efficacy || data.Assessments.Count == 0) return items.AsReadOnly();

        var summary = data.Summarize();
        var missing = summary.Parameters.Sum(p => p.MissingValues);
        if (missing > 0)
            items.Add(new DataHandlingItem(InputCategory,
                "Efficacy records with an empty AVAL, kept as missing (a composite that needs the item is not derived at that visit)", missing));
        var other = summary.Parameters.Where(p => !p.Known && p.Records > 0).ToList(); // in ordinal order of the code
        if (other.Count > 0)
            items.Add(new DataHandlingItem("Efficacy: exclusion",
                "Efficacy records of parameters that no endpoint uses, kept but not analysed ("
                + string.Join(", ", other.Select(p => p.ParamCd + " " + ValueFormatter.Integer(p.Records))) + ")", other.Sum(p => p.Records)));
        if (summary.AssessmentsOutsideItt > 0)
            items.Add(new DataHandlingItem("Efficacy: exclusion", "Efficacy records of subjects not in the full analysis set (ITTFL not Y), not analysed", summary.AssessmentsOutsideItt));
        return items.AsReadOnly();
    }

    /// <summary>
    /// One table per missing-data handling of the binary endpoints: rows are the analysis visits and their endpoints,
    /// columns the subjects imputed and/or excluded by reason (only reasons that occur) and in total, over all arms.
    /// Then one table for the continuous endpoints: ITT subjects without a change from baseline, by reason.
    /// </summary>
    /// <param name="results">The efficacy results.</param>
    public static IReadOnlyList<ReportTable> EfficacyTables(EfficacyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var tables = new List<ReportTable>();
        foreach (var imputation in results.Options.Imputations)
            if (results.Options.ResponderEndpoints.Count > 0) tables.Add(Binary(results, imputation));
        if (results.Options.ContinuousEndpoints.Count > 0) tables.Add(Continuous(results));
        return tables.AsReadOnly();
    }

    private static ReportTable Binary(EfficacyResults results, Imputation imputation)
    {
        var o = results.Options;
        var responses = o.AnalysisWeeks
            .SelectMany(w => o.ResponderEndpoints.Select(e => (Week: w, Endpoint: e, Arms: results.Arms.Select(a => results.Response(imputation, e, w, a)).ToList())))
            .ToList();
        var kinds = new List<(string Label, Func<ArmResponse, IReadOnlyList<ReasonCount>> Reasons)>();
        switch (imputation)
        {
            case Imputation.NonResponderImputation:
                kinds.Add((ReportText.Capitalise(imputation.ImputedAs()!), r => r.ImputedReasons));
                break;
            case Imputation.ObservedCases:
                kinds.Add(("Left out of the denominator", r => r.ExcludedReasons));
                break;
            case Imputation.Locf:
                kinds.Add((ReportText.Capitalise(imputation.ImputedAs()!), r => r.ImputedReasons));
                kinds.Add(("Left out of the denominator (nothing to carry)", r => r.ExcludedReasons));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null);
        }

        var t = ReportTable.Create(BinaryId(imputation),
                "Responder endpoints, " + imputation.Label() + ": subjects whose response could not be evaluated, by reason")
            .WithPopulation("Full analysis set (ITTFL = Y), all arms together; analysis visits.")
            .WithStubHeader("Visit\n  Endpoint");
        var columns = new List<(Func<ArmResponse, IReadOnlyList<ReasonCount>> Reasons, NotEvaluableReason? Reason)>();
        foreach (var (label, reasons) in kinds)
        {
            var present = Present(responses.SelectMany(r => r.Arms).SelectMany(reasons));
            foreach (var reason in present)
            {
                t = t.AddColumn(new TableColumn(ReportText.Capitalise(reason.Label()), ColumnAlignment.Center, [label]));
                columns.Add((reasons, reason));
            }
            t = t.AddColumn(new TableColumn("Total", ColumnAlignment.Center, [label]));
            columns.Add((reasons, null));
        }
        foreach (var week in o.AnalysisWeeks)
        {
            t = t.AddRow(new TableRow(VisitLabels.Week(week), Enumerable.Repeat("", t.Columns.Count), startsGroup: true, bold: true));
            foreach (var (_, endpoint, arms) in responses.Where(r => r.Week == week))
            {
                var cells = columns.Select(c => ValueFormatter.Integer(arms.SelectMany(c.Reasons).Where(x => c.Reason is null || x.Reason == c.Reason).Sum(x => x.Count)));
                t = t.AddRow(new TableRow(endpoint.Label(), cells, indent: 1));
            }
        }
        t = t.AddFootnote("Counts are subjects, summed over the arms; each subject has one reason per endpoint and visit.");
        return t.AddFootnote(imputation.HandlingNote());
    }

    private static ReportTable Continuous(EfficacyResults results)
    {
        var o = results.Options;
        var rows = o.ContinuousEndpoints
            .SelectMany(e => o.AnalysisWeeks.Select(w => (Endpoint: e, Week: w, Arms: results.Continuous.Where(c => c.Endpoint == e && c.VisitWeek == w).ToList())))
            .ToList();
        var present = Present(rows.SelectMany(r => r.Arms).SelectMany(a => a.ExcludedReasons));
        const string spanner = "Without a change from baseline";
        var t = ReportTable.Create(ContinuousId, "Continuous endpoints: subjects without a change from baseline at the analysis visits, by reason")
            .WithPopulation("Full analysis set (ITTFL = Y), all arms together.")
            .WithStubHeader("Endpoint\n  Visit");
        foreach (var reason in present) t = t.AddColumn(new TableColumn(ReportText.Capitalise(reason.Label()), ColumnAlignment.Center, [spanner]));
        t = t.AddColumn(new TableColumn("Total", ColumnAlignment.Center, [spanner]));
        foreach (var endpoint in o.ContinuousEndpoints)
        {
            t = t.AddRow(new TableRow(endpoint.Label(), Enumerable.Repeat("", t.Columns.Count), startsGroup: true, bold: true));
            foreach (var (_, week, arms) in rows.Where(r => r.Endpoint == endpoint))
            {
                var cells = present.Select(reason => ValueFormatter.Integer(arms.SelectMany(a => a.ExcludedReasons).Where(x => x.Reason == reason).Sum(x => x.Count)))
                    .Append(ValueFormatter.Integer(arms.Sum(a => a.Excluded)));
                t = t.AddRow(new TableRow(VisitLabels.Week(week), cells, indent: 1));
            }
        }
        return t.AddFootnote("Counts are subjects, summed over the arms. These subjects are left out of the change-from-baseline summaries and the ANCOVA (observed cases).");
    }

    private static List<NotEvaluableReason> Present(IEnumerable<ReasonCount> counts)
        => counts.Where(c => c.Count > 0).Select(c => c.Reason).Distinct().Order().ToList();

}
