using AsAnalysis.Data;
using AsAnalysis.Formatting;
using AsAnalysis.Reporting.Tables;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Reporting.Builders;

/// <summary>
/// Builds the display tables of the safety analysis from <see cref="SafetyResults"/>: TEAE overview, TEAEs by SOC and PT,
/// by maximum severity, by relationship, exposure-adjusted incidence rates and the exposure summary; and the
/// data-handling items. Arms are columns (actual arm, safety population, "Arm (N=n)" spanners); with a control arm,
/// each test arm gets comparison columns against it. Titles carry no table number: the report numbers them.
/// </summary>
public sealed class SafetyTableBuilder
{
    /// <summary>Table id of the TEAE overview.</summary>
    public const string OverviewId = "t-safety-overview";
    /// <summary>Table id of TEAEs by SOC and PT.</summary>
    public const string SocPtId = "t-safety-soc-pt";
    /// <summary>Table id of TEAEs by maximum severity.</summary>
    public const string SeverityId = "t-safety-severity";
    /// <summary>Table id of TEAEs by relationship.</summary>
    public const string RelationshipId = "t-safety-relationship";
    /// <summary>Table id of the exposure-adjusted incidence rates.</summary>
    public const string RatesId = "t-safety-eair";
    /// <summary>Table id of the exposure summary.</summary>
    public const string ExposureId = "t-exposure";

    private const string Population = "Safety population (SAFFL = Y), by actual treatment (TRT01A).";

    /// <summary>Creates a builder with <see cref="ValueFormatter.Default"/>.</summary>
    public SafetyTableBuilder() : this(ValueFormatter.Default) { }

    /// <summary>Creates a builder.</summary>
    /// <param name="formatter">Number formatting.</param>
    public SafetyTableBuilder(ValueFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Formatter = formatter;
    }

    /// <summary>The number formatting in use.</summary>
    public ValueFormatter Formatter { get; }

    /// <summary>Row label of an overview category; the same as <see cref="OverviewCategoryNames.Label"/>.</summary>
    /// <param name="category">The category.</param>
    [Obsolete("Use Label (OverviewCategoryNames).", false)]
    public static string Label(OverviewCategory category) => category.Label();

    /// <summary>Row label of a maximum-severity category; the same as <see cref="SeverityCategoryNames.Label"/>.</summary>
    /// <param name="category">The category.</param>
    [Obsolete("Use Label (SeverityCategoryNames).", false)]
    public static string Label(SeverityCategory category) => category.Label();

    /// <summary>Row label of a relationship category; the same as <see cref="RelationshipCategoryNames.Label"/>.</summary>
    /// <param name="category">The category.</param>
    [Obsolete("Use Label (RelationshipCategoryNames).", false)]
    public static string Label(RelationshipCategory category) => category.Label();

    /// <summary>Every safety table in report order: overview, SOC/PT, severity, relationship, rates, exposure.</summary>
    /// <param name="results">The safety results.</param>
    public IReadOnlyList<ReportTable> All(SafetyResults results)
        => [Overview(results), SocPt(results), Severity(results), Relationship(results), ExposureAdjustedRates(results), Exposure(results)];

    /// <summary>TEAE overview: subjects n (%) and events per arm; risk difference and Fisher p against the control.</summary>
    /// <param name="results">The safety results.</param>
    public ReportTable Overview(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var t = IncidenceColumns(ReportTable.Create(OverviewId, "Overview of treatment-emergent adverse events (TEAEs)"), results)
            .WithPopulation(Population).WithStubHeader("Category");
        var cmp = Comparisons(results);
        foreach (var row in results.Overview)
            t = t.AddRow(new TableRow(row.Category.Label(), IncidenceCells(results, row.Key, row.Cells, cmp), bold: row.Category == OverviewCategory.AnyTeae));
        t = t.AddFootnote("n (%): subjects with at least one TEAE of the kind, each counted once; % of N. Events: number of TEAE records.");
        return AddComparisonFootnote(t, results);
    }

    /// <summary>TEAEs by system organ class and preferred term (SOC rows bold, PT rows indented), with the overall row first.</summary>
    /// <param name="results">The safety results.</param>
    public ReportTable SocPt(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var t = IncidenceColumns(ReportTable.Create(SocPtId, "Treatment-emergent adverse events by system organ class and preferred term"), results)
            .WithPopulation(Population).WithStubHeader("System organ class\n  Preferred term");
        var cmp = Comparisons(results);
        var any = results.Overview.FirstOrDefault(o => o.Category == OverviewCategory.AnyTeae);
        if (any is not null) t = t.AddRow(new TableRow(OverviewCategory.AnyTeae.Label(), IncidenceCells(results, any.Key, any.Cells, cmp), bold: true));
        foreach (var block in results.BySocPt.Socs)
        {
            t = t.AddRow(new TableRow(block.Soc.Term.Soc, IncidenceCells(results, block.Soc.Key, block.Soc.Cells, cmp), startsGroup: true, bold: true));
            foreach (var pt in block.Pts)
                t = t.AddRow(new TableRow(pt.Term.Pt, IncidenceCells(results, pt.Key, pt.Cells, cmp), indent: 1));
        }
        t = t.AddFootnote("A subject is counted once per SOC and once per preferred term; % of N. Events: number of TEAE records.");
        var soc = results.BySocPt;
        if (soc.MinimumIncidence > 0)
        {
            t = t.AddFootnote("Preferred terms shown: incidence of at least " + Formatter.Percent(soc.MinimumIncidence) + "% in at least one arm ("
                + ValueFormatter.Integer(soc.PtsShown) + " of " + ValueFormatter.Integer(soc.PtCount) + " preferred terms); SOC rows count every TEAE of the SOC.");
        }
        var order = results.Options.SortOrder;
        t = t.AddFootnote(order == TermSortOrder.Alphabetical
            ? "SOCs and preferred terms in " + order.Label() + " order."
            : "SOCs and preferred terms by " + order.Label() + (results.Options.SortArm is { } arm ? " in " + arm : " over all arms") + ", ties alphabetical.");
        return AddComparisonFootnote(t, results);
    }

    /// <summary>Subjects by maximum severity, overall and per SOC and PT.</summary>
    /// <param name="results">The safety results.</param>
    public ReportTable Severity(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var t = Breakdown(ReportTable.Create(SeverityId, "Treatment-emergent adverse events by maximum severity"), results,
            results.BySeverity, b => b.Rows.Select(r => (r.Category.Label(), r.Cells)));
        t = t.AddFootnote("Each subject is counted once per row, at the maximum severity of the subject's TEAEs in that row; % of N.");
        t = t.AddFootnote(results.Options.MissingSeverityAs is { } s
            ? "A TEAE with missing severity is counted as " + s.Label() + "."
            : "A subject with no severe TEAE and at least one TEAE of missing severity is counted under Missing.");
        return t;
    }

    /// <summary>Subjects by relationship to study treatment, overall and per SOC and PT.</summary>
    /// <param name="results">The safety results.</param>
    public ReportTable Relationship(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var t = Breakdown(ReportTable.Create(RelationshipId, "Treatment-emergent adverse events by relationship to study treatment"), results,
            results.ByRelationship, b => b.Rows.Select(r => (r.Category.Label(), r.Cells)));
        t = t.AddFootnote("Related: at least one TEAE in the row related (AEREL RELATED, POSSIBLE or PROBABLE); otherwise Not related; % of N.");
        var rule = results.Options.MissingRelationship;
        t = t.AddFootnote(rule == MissingRelationshipRule.Missing
            ? "A subject with no related TEAE and at least one TEAE of missing relationship is counted under " + RelationshipCategory.Missing.Label() + "."
            : "A TEAE with missing relationship is counted as " + rule.Label() + ".");
        return t;
    }

    /// <summary>Exposure-adjusted incidence rates (EAIR per 100 patient-years) per arm, with rate difference and ratio against the control.</summary>
    /// <param name="results">The safety results.</param>
    public ReportTable ExposureAdjustedRates(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var f = Formatter;
        var level = ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel);
        var t = ReportTable.Create(RatesId, "Exposure-adjusted incidence rates of treatment-emergent adverse events")
            .WithPopulation(Population + " Subjects with a known time at risk.")
            .WithStubHeader("Category / System organ class\n  Preferred term");
        foreach (var a in results.Arms)
        {
            var s = ArmSpanner(a);
            t = t.AddColumn(new TableColumn("n/N at risk", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn("PY", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn($"EAIR ({level} CI)", ColumnAlignment.Center, [s]));
        }
        var tests = TestArms(results);
        foreach (var arm in tests)
        {
            var s = arm + " vs " + results.ControlArm;
            t = t.AddColumn(new TableColumn($"Difference ({level} CI)", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn($"Ratio ({level} CI)", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn("p-value", ColumnAlignment.Center, [s]));
        }
        foreach (var rate in results.ExposureAdjustedRates)
        {
            var cells = new List<string>();
            foreach (var a in rate.Arms)
            {
                cells.Add(ValueFormatter.Fraction(a.SubjectsWithEvent, a.SubjectsAtRisk));
                cells.Add(f.Number(a.PatientYearsToFirstEvent, 1));
                cells.Add(f.RateWithCi(a.IncidenceRate.Per100PatientYears, a.IncidenceRate.Ci.Lower, a.IncidenceRate.Ci.Upper));
            }
            foreach (var arm in tests)
            {
                var c = rate.Comparisons.FirstOrDefault(x => x.TreatmentArm == arm);
                if (c is null) { cells.AddRange([f.Missing, f.Missing, f.Missing]); continue; }
                cells.Add(f.RateWithCi(c.DifferencePer100PatientYears, c.DifferenceCi.Lower, c.DifferenceCi.Upper));
                cells.Add(f.EstimateWithCi(c.Ratio, c.RatioCi));
                cells.Add(f.PValue(c.RatioTest.PValue));
            }
            var term = rate.Key.Term;
            var (label, indent, group, bold) = term.Level switch
            {
                TermLevel.Overall => (rate.Key.Category.Label(), 0, false, rate.Key.Category == OverviewCategory.AnyTeae),
                TermLevel.Soc => (term.Soc, 0, true, true),
                _ => (term.Pt, 1, false, false),
            };
            t = t.AddRow(new TableRow(label, cells, indent, group, bold));
        }
        t = t.AddFootnote("n/N at risk: subjects with the event / subjects with a known time at risk. PY: patient-years at risk up to the first event (to the end of risk without the event).");
        t = t.AddFootnote($"EAIR: subjects with the event per 100 patient-years, exact Poisson (Garwood) {level} CI.");
        if (tests.Count > 0)
            t = t.AddFootnote($"Difference: EAIR test minus control per 100 patient-years, Wald {level} CI. Ratio: EAIR test over control, exact conditional {level} CI and test (descriptive, not adjusted for multiplicity).");
        return t;
    }

    /// <summary>Exposure per arm: time at risk, administrations, dose per subject and treatment duration.</summary>
    /// <param name="results">The safety results.</param>
    public ReportTable Exposure(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var f = Formatter;
        var arms = results.ExposureSummary;
        var t = ReportTable.Create(ExposureId, "Extent of exposure").WithPopulation(Population).WithStubHeader("Parameter");
        foreach (var a in arms) t = t.AddColumn(new TableColumn(a.Arm + " (N=" + ValueFormatter.Integer(a.N) + ")"));

        string[] Cells(Func<ArmExposureSummary, string> cell) => arms.Select(cell).ToArray();
        ReportTable Summary(ReportTable table, string heading, Func<ArmExposureSummary, DescriptiveSummary?> get, int decimals)
        {
            table = table.AddRow(new TableRow(heading, Cells(_ => ""), startsGroup: true, bold: true));
            table = table.AddRow(new TableRow("n", Cells(a => get(a) is { } d ? ValueFormatter.Integer(d.N) : f.Missing), indent: 1));
            table = table.AddRow(new TableRow("Mean (SD)", Cells(a => get(a) is { } d ? f.MeanSd(d.Mean, d.StandardDeviation, decimals + 1) : f.Missing), indent: 1));
            table = table.AddRow(new TableRow("Median (min, max)", Cells(a => get(a) is { } d ? f.MedianRange(d.Median, d.Min, d.Max, decimals) : f.Missing), indent: 1));
            return table;
        }

        t = t.AddRow(new TableRow("Subjects with a known time at risk", Cells(a => ValueFormatter.Integer(a.SubjectsAtRisk))));
        t = t.AddRow(new TableRow("Patient-years at risk", Cells(a => f.Number(a.PatientYearsAtRisk, 1))));
        if (arms.Any(a => a.AdministrationsPerSubject is not null))
        {
            t = t.AddRow(new TableRow("Administrations, total", Cells(a => ValueFormatter.Integer(a.TotalAdministrations)), startsGroup: true));
            t = Summary(t, "Administrations per subject", a => a.AdministrationsPerSubject, 0);
        }
        var doses = arms.SelectMany(a => a.Doses.Select(d => (d.Treatment, d.Unit))).Distinct().ToList();
        foreach (var (treatment, unit) in doses)
        {
            DescriptiveSummary? Dose(ArmExposureSummary a) => a.Doses.FirstOrDefault(d => d.Treatment == treatment && d.Unit == unit)?.PerSubject;
            t = Summary(t, "Total dose per subject: " + treatment + (unit.Length > 0 ? " (" + unit + ")" : ""), Dose, 1);
        }
        if (arms.Any(a => a.TreatmentDurationDays is not null))
            t = Summary(t, "Treatment duration (days)", a => a.TreatmentDurationDays, 0);
        t = t.AddFootnote("Administrations per subject are over all N subjects (0 for a subject without records). Treatment duration: TRTEDT - TRTSDT + 1 days.");
        t = t.AddFootnote("Patient-years: days / " + ValueFormatter.Exact(results.Options.DaysPerYear) + ".");
        return t;
    }

    /// <summary>The safety exclusions and imputations as report data-handling items (category "Safety: exclusion" or "Safety: imputation").</summary>
    /// <param name="results">The safety results.</param>
    public static IReadOnlyList<DataHandlingItem> DataHandling(SafetyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.DataHandling.Select(h => new DataHandlingItem(
            h.IsExclusion ? "Safety: exclusion" : "Safety: imputation",
            ReportText.Capitalise(h.Description) + (h.CountsSubjects ? " (subjects)" : " (records)"),
            h.Count)).ToList().AsReadOnly();
    }

    private ReportTable Breakdown<TCategory>(ReportTable t, SafetyResults results, IReadOnlyList<TermBreakdown<TCategory>> breakdowns,
        Func<TermBreakdown<TCategory>, IEnumerable<(string Label, IReadOnlyList<SafetyCell> Cells)>> categories) where TCategory : struct, Enum
    {
        t = t.WithPopulation(Population).WithStubHeader("System organ class\n  Preferred term\n    Category");
        foreach (var a in results.Arms) t = t.AddColumn(new TableColumn("n (%)", ColumnAlignment.Center, [ArmSpanner(a)]));
        foreach (var b in breakdowns)
        {
            var (label, indent, group) = b.Term.Level switch
            {
                TermLevel.Overall => (OverviewCategory.AnyTeae.Label(), 0, false),
                TermLevel.Soc => (b.Term.Soc, 0, true),
                _ => (b.Term.Pt, 1, false),
            };
            var rows = categories(b).ToList();
            var totals = results.Arms.Select((a, i) => Formatter.CountPercent(rows.Sum(r => r.Cells[i].Subjects), a.N)).ToArray();
            t = t.AddRow(new TableRow(label, totals, indent, group, bold: b.Term.Level != TermLevel.Pt));
            foreach (var (catLabel, cells) in rows)
                t = t.AddRow(new TableRow(catLabel, cells.Select(c => Formatter.CountPercent(c.Subjects, c.N)), indent + 1));
        }
        return t;
    }

    private static string ArmSpanner(SafetyArm arm) => arm.Arm + " (N=" + ValueFormatter.Integer(arm.N) + ")";

    private static IReadOnlyList<string> TestArms(SafetyResults results)
        => results.ControlArm is null ? [] : results.Arms.Select(a => a.Arm).Where(a => a != results.ControlArm).ToList();

    private ReportTable IncidenceColumns(ReportTable t, SafetyResults results)
    {
        foreach (var a in results.Arms) t = t.AddColumnGroup(ArmSpanner(a), "n (%)", "Events");
        var level = ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel);
        foreach (var arm in TestArms(results))
        {
            var s = arm + " vs " + results.ControlArm;
            t = t.AddColumn(new TableColumn($"Difference, % ({level} CI)", ColumnAlignment.Center, [s]))
                 .AddColumn(new TableColumn("p-value", ColumnAlignment.Center, [s]));
        }
        return t;
    }

    private static Dictionary<(SafetyRowKey, string), TermComparison> Comparisons(SafetyResults results)
    {
        var d = new Dictionary<(SafetyRowKey, string), TermComparison>();
        foreach (var c in results.TermComparisons) d[(c.Key, c.TreatmentArm)] = c;
        return d;
    }

    private List<string> IncidenceCells(SafetyResults results, SafetyRowKey key, IReadOnlyList<SafetyCell> cells, Dictionary<(SafetyRowKey, string), TermComparison> cmp)
    {
        var f = Formatter;
        var list = new List<string>();
        foreach (var c in cells)
        {
            list.Add(f.CountPercent(c.Subjects, c.N));
            list.Add(ValueFormatter.Integer(c.Events));
        }
        foreach (var arm in TestArms(results))
        {
            if (cmp.TryGetValue((key, arm), out var c))
            {
                list.Add(f.PercentagePointsWithCi(c.Difference.Estimate, c.Difference.Ci.Lower, c.Difference.Ci.Upper));
                list.Add(f.PValue(c.Fisher.PValue));
            }
            else
            {
                list.Add(f.Missing);
                list.Add(f.Missing);
            }
        }
        return list;
    }

    private static ReportTable AddComparisonFootnote(ReportTable t, SafetyResults results)
    {
        if (results.ControlArm is null) return t;
        var level = ValueFormatter.ConfidenceLevel(results.Options.ConfidenceLevel);
        return t.AddFootnote($"Difference: test arm minus {results.ControlArm} in percentage points, {results.Options.DifferenceMethod.Label()} {level} CI. "
            + $"p-value: {(results.TermComparisons.FirstOrDefault()?.Fisher.Method ?? TestMethod.Fisher).Label()}, descriptive, not adjusted for multiplicity.");
    }
}
