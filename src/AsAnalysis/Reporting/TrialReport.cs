using System.Collections.Immutable;
using AsAnalysis.Data;
using AsAnalysis.Endpoints;
using AsAnalysis.Plots;
using AsAnalysis.Reporting.Builders;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Reporting.Tables;
using AsAnalysis.Ard;
using AsAnalysis.Formatting;
using AsAnalysis.Safety;
using AsAnalysis.Statistics;

namespace AsAnalysis.Reporting;

/// <summary>
/// The batch report: runs the efficacy and safety analyses on a trial export and gathers everything the report shows
/// (numbered tables, figures, the ard.csv rows, the data-handling counts, the methods and the provenance) into one
/// immutable <see cref="TrialReportResult"/>, which <see cref="TrialReportResult.WriteTo"/> writes as files.
/// The reporting layer only lays out results: every number comes from <see cref="EfficacyAnalysis"/>,
/// <see cref="SafetyAnalysis"/> or the loader.
/// </summary>
/// <example>
/// <code>
/// var data = TrialDataLoader.LoadFolder("data-samples");
/// var report = TrialReport.Build(data, new ReportOptions("Etanercept"));
/// report.WriteTo("report");   // report.html, ard.csv, tables/*, figures/*
/// </code>
/// </example>
public static class TrialReport
{
    /// <summary>At most this many preferred terms are drawn in the AE dot plot (the most frequent).</summary>
    public const int MaxDotPlotTerms = 30;

    /// <summary>Id of the efficacy section of the HTML report (anchor <c>sec-efficacy</c>).</summary>
    public const string EfficacySectionId = "efficacy";

    /// <summary>Id of the safety section of the HTML report (anchor <c>sec-safety</c>).</summary>
    public const string SafetySectionId = "safety";

    /// <summary>Whether the efficacy analysis runs for these data and options (see <see cref="ReportAnalyses.Auto"/>).</summary>
    /// <param name="data">The trial data.</param>
    /// <param name="options">The options.</param>
    public static bool RunsEfficacy(TrialData data, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        return options.Analyses switch
        {
            ReportAnalyses.EfficacyOnly or ReportAnalyses.Both => true,
            ReportAnalyses.SafetyOnly => false,
            _ => data.SuppliedTables.HasFlag(TrialTables.Assessments),
        };
    }

    /// <summary>Whether the safety analysis runs for these data and options (see <see cref="ReportAnalyses.Auto"/>).</summary>
    /// <param name="data">The trial data.</param>
    /// <param name="options">The options.</param>
    public static bool RunsSafety(TrialData data, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        return options.Analyses switch
        {
            ReportAnalyses.SafetyOnly or ReportAnalyses.Both => true,
            ReportAnalyses.EfficacyOnly => false,
            _ => data.SuppliedTables.HasFlag(TrialTables.AdverseEvents),
        };
    }

    /// <summary>
    /// The arms that can serve as control: for efficacy the planned arms (TRT01P) with an ITT subject, for safety the
    /// actual arms (TRT01A) with a safety subject; ordinal order. A report's control arms must be among them.
    /// </summary>
    /// <param name="data">The trial data.</param>
    /// <param name="safety">True for the safety arms, false for the efficacy arms.</param>
    public static IReadOnlyList<string> ControlCandidates(TrialData data, bool safety)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Subjects.Where(s => safety ? s.Safety : s.Itt).Select(s => safety ? s.ActualArm : s.PlannedArm)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Runs the analyses and assembles the report (nothing is written yet).</summary>
    /// <param name="data">The trial data.</param>
    /// <param name="options">The report options; the analysis options in it are used exactly as given.</param>
    /// <param name="progress">Called with a short message ("efficacy...", "safety...", "figures...") before each long step; may be null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">
    /// The analyses cannot run on these data: e.g. a control arm that is not an arm of the export (the message lists
    /// the arms), an empty safety population, or a stratified analysis without STRAT1.
    /// </exception>
    public static TrialReportResult Build(TrialData data, ReportOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        bool runEfficacy = RunsEfficacy(data, options), runSafety = RunsSafety(data, options);
        CheckControlArm(options.Efficacy.ControlArm, runEfficacy, ControlCandidates(data, safety: false), "efficacy (planned arm TRT01P, ITT subjects)");
        CheckControlArm(options.Safety.ControlArm, runSafety, ControlCandidates(data, safety: true), "safety (actual arm TRT01A, safety subjects)");

        EfficacyResults? efficacy = null;
        SafetyResults? safety = null;
        if (runEfficacy)
        {
            progress?.Invoke("efficacy...");
            efficacy = EfficacyAnalysis.Run(data, options.Efficacy);
        }
        if (runSafety)
        {
            progress?.Invoke("safety...");
            safety = SafetyAnalysis.Run(data, options.Safety);
        }

        progress?.Invoke("tables...");
        var formatter = options.Formatter;
        var tableNumber = 0;
        ReportTable Number(ReportTable t) => t.WithTitle("Table " + ValueFormatter.Integer(++tableNumber) + ". " + t.Title);
        var efficacyTables = efficacy is null ? [] : new EfficacyTableBuilder(formatter).All(efficacy).Select(Number).ToImmutableArray();
        var safetyTables = safety is null ? [] : new SafetyTableBuilder(formatter).All(safety).Select(Number).ToImmutableArray();
        var handlingTables = efficacy is null ? [] : DataHandlingBuilder.EfficacyTables(efficacy).Select(Number).ToImmutableArray();

        var handling = new List<DataHandlingItem>(DataHandlingBuilder.Input(data, runEfficacy));
        if (efficacy is not null) handling.AddRange(EfficacyTableBuilder.PopulationDataHandling(efficacy));
        if (safety is not null) handling.AddRange(SafetyTableBuilder.DataHandling(safety));

        var figures = ImmutableArray<TrialReportFigure>.Empty;
        if (options.IncludeFigures)
        {
            progress?.Invoke("figures...");
            figures = BuildFigures(efficacy, safety);
        }

        var ard = (efficacy?.ToArdRows() ?? []).Concat(safety?.ToArdRows() ?? []).ToImmutableArray();
        var methods = ReportMethods.For(efficacy, safety, formatter);
        var provenance = Provenance(data, options, efficacy, safety);
        var html = Html(data, options, efficacy, safety, efficacyTables, safetyTables, handlingTables, handling, figures, methods, provenance);
        return new TrialReportResult(options, efficacy, safety, efficacyTables.AddRange(safetyTables), handlingTables,
            handling.ToImmutableArray(), figures, ard, methods, provenance, html);
    }

    private static void CheckControlArm(string? control, bool runs, IReadOnlyList<string> arms, string what)
    {
        if (!runs || control is null || arms.Contains(control, StringComparer.Ordinal)) return;
        throw new ArgumentException(
            $"The control arm '{control}' is not an arm of the {what}; the arms are: {string.Join(", ", arms.Select(a => "'" + a + "'"))}.", "options");
    }

    private static ImmutableArray<TrialReportFigure> BuildFigures(EfficacyResults? efficacy, SafetyResults? safety)
    {
        // The standard figure set of AsAnalysis.Plots with one colour map for every figure (the efficacy arms when there
        // are any), the AE dot plot capped at MaxDotPlotTerms preferred terms so that a large export stays legible.
        // Drawn in two calls only to know each figure's section.
        var options = efficacy is null ? FigureOptions.Default : FigureOptions.Default with { Colors = ArmColors.For(efficacy) };
        var list = new List<(string Section, string? Note, Figure Figure)>();
        list.AddRange(Figures.StandardSet(efficacy, null, options).Select(f => (EfficacySectionId, (string?)null, f)));
        if (safety is not null)
        {
            var capped = safety.BySocPt.PtsShown > MaxDotPlotTerms;
            var note = capped ? "the " + ValueFormatter.Integer(MaxDotPlotTerms) + " most frequent preferred terms" : null;
            list.AddRange(Figures.StandardSet(null, safety, options, capped ? MaxDotPlotTerms : null).Select(f => (SafetySectionId, note, f)));
        }

        return list.Select((f, i) =>
        {
            var caption = "Figure " + ValueFormatter.Integer(i + 1) + ". " + (f.Figure.Title ?? f.Figure.Name) + (f.Note is null ? "" : " (" + f.Note + ")");
            return new TrialReportFigure(f.Figure.Name, f.Section, caption, f.Figure.GetPngBytes().ToImmutableArray(), f.Figure.GetSvg());
        }).ToImmutableArray();
    }

    private static ReportProvenance Provenance(TrialData data, ReportOptions options, EfficacyResults? efficacy, SafetyResults? safety)
    {
        var p = ReportProvenance.Empty;
        if (options.LibraryVersion is not null) p = p.WithLibraryVersion(options.LibraryVersion);
        if (options.GeneratedAt is not null) p = p.WithGeneratedAt(options.GeneratedAt);
        foreach (var f in data.SourceFiles)
            if (f.Sha256.Length == 64) p = p.AddInputFile(new InputFileDigest(f.Name, f.Sha256));
        foreach (var (name, value) in Settings(options, efficacy, safety)) p = p.AddSetting(name, value);
        foreach (var s in options.ExtraSettings) p = p.AddSetting(s.Name, s.Value);
        return p;
    }

    private static IEnumerable<(string, string)> Settings(ReportOptions options, EfficacyResults? efficacy, SafetyResults? safety)
    {
        yield return ("Analyses", efficacy is not null && safety is not null ? "efficacy and safety" : efficacy is not null ? "efficacy" : safety is not null ? "safety" : "none");
        if (efficacy is not null)
        {
            var o = efficacy.Options;
            var e = o.Endpoints;
            yield return ("Efficacy: control arm", o.ControlArm);
            yield return ("Efficacy: analysis visits", string.Join(", ", o.AnalysisWeeks.Select(VisitLabels.Week)));
            yield return ("Efficacy: responder endpoints", string.Join(", ", o.ResponderEndpoints.Select(x => x.Code())));
            yield return ("Efficacy: continuous endpoints", string.Join(", ", o.ContinuousEndpoints.Select(x => x.Code())));
            yield return ("Efficacy: missing-data handling", string.Join(", ", o.Imputations.Select((x, i) => x.Code() + (i == 0 ? " (primary)" : ""))));
            yield return ("Efficacy: stratified by STRAT1", o.Stratified ? "yes" : "no");
            yield return ("Efficacy: confidence level", ValueFormatter.ConfidenceLevel(o.ConfidenceLevel));
            yield return ("Efficacy: quantile definition", o.Quantiles.Label());
            yield return ("Endpoints: pain domain", e.PainDomain.ToString());
            yield return ("Endpoints: ASDAS coefficients", e.AsdasCoefficients.ToString());
            yield return ("Endpoints: ASDAS back pain item", e.AsdasBackPain.ToString());
            yield return ("Endpoints: ASDAS for CII/MI", e.AsdasImprovementScore.ToString());
            yield return ("Endpoints: partial remission", e.PartialRemission.ToString());
            yield return ("Endpoints: ASAS 5/6 requires no deterioration", e.Asas56RequireNoDeterioration ? "yes" : "no");
        }
        if (safety is not null)
        {
            var o = safety.Options;
            yield return ("Safety: control arm", o.ControlArm ?? "none");
            yield return ("Safety: TEAE rule", o.TreatmentEmergent.ToString());
            yield return ("Safety: undated AE counts as emergent", o.MissingStartDateIsTreatmentEmergent ? "yes" : "no");
            yield return ("Safety: end window (days)", o.TreatmentEmergentWindowDays is { } w ? ValueFormatter.Integer(w) : "none");
            yield return ("Safety: missing severity counted as", o.MissingSeverityAs?.ToString() ?? "Missing");
            yield return ("Safety: missing relationship", o.MissingRelationship.ToString());
            yield return ("Safety: missing seriousness counts as serious", o.MissingSeriousIsSerious ? "yes" : "no");
            yield return ("Safety: minimum incidence of a PT", ValueFormatter.Exact(o.MinimumIncidence));
            yield return ("Safety: sort order", o.SortOrder.ToString() + (o.SortArm is null ? "" : " (" + o.SortArm + ")"));
            yield return ("Safety: days per year", ValueFormatter.Exact(o.DaysPerYear));
            yield return ("Safety: data cut-off", o.DataCutoff?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none");
            yield return ("Safety: risk difference interval", o.DifferenceMethod.Code());
            yield return ("Safety: confidence level", ValueFormatter.ConfidenceLevel(o.ConfidenceLevel));
        }
        var f = options.Formatter.Options;
        yield return ("Decimals (percent, estimate, p-value, rate)", string.Join(", ",
            new[] { f.PercentDecimals, f.EstimateDecimals, f.PValueDecimals, f.RateDecimals }.Select(d => ValueFormatter.Integer(d))));
    }

    private static HtmlReport Html(TrialData data, ReportOptions options, EfficacyResults? efficacy, SafetyResults? safety,
        IReadOnlyList<ReportTable> efficacyTables, IReadOnlyList<ReportTable> safetyTables, IReadOnlyList<ReportTable> handlingTables,
        IReadOnlyList<DataHandlingItem> handling, IReadOnlyList<TrialReportFigure> figures, IReadOnlyList<ReportMethod> methods,
        ReportProvenance provenance)
    {
        var report = HtmlReport.Create(options.Title).WithSubtitle(Subtitle(data, efficacy, safety));
        if (efficacy is not null)
        {
            var section = ReportSection.Create(EfficacySectionId, "Efficacy")
                .AddParagraph(EfficacyIntro(efficacy));
            foreach (var t in efficacyTables) section = section.AddTable(t);
            foreach (var f in figures.Where(f => f.SectionId == EfficacySectionId)) section = section.AddFigure(f.ToHtmlFigure());
            report = report.AddSection(section);
        }
        if (safety is not null)
        {
            var section = ReportSection.Create(SafetySectionId, "Safety")
                .AddParagraph(SafetyIntro(safety));
            foreach (var t in safetyTables) section = section.AddTable(t);
            foreach (var f in figures.Where(f => f.SectionId == SafetySectionId)) section = section.AddFigure(f.ToHtmlFigure());
            report = report.AddSection(section);
        }
        report = report.WithDataHandling(handling);
        foreach (var t in handlingTables) report = report.AddDataHandlingTable(t);
        foreach (var m in methods) report = report.AddMethodsParagraph(m.ToParagraph());
        return report.WithProvenance(provenance);
    }

    private static string Subtitle(TrialData data, EfficacyResults? efficacy, SafetyResults? safety)
    {
        var control = efficacy?.ControlArm ?? safety?.ControlArm;
        var arms = efficacy?.Arms ?? safety?.Arms.Select(a => a.Arm).ToList() ?? data.PlannedArms;
        var tests = arms.Where(a => a != control).ToList();
        var versus = control is null ? string.Join(", ", arms) : string.Join(", ", tests) + " versus " + control;
        return versus + "; " + ValueFormatter.Integer(data.Subjects.Count) + " subjects randomized";
    }

    private static string EfficacyIntro(EfficacyResults r)
        => "Full analysis set: " + string.Join(", ", r.Population.Select(p => p.Arm + " " + ValueFormatter.Integer(p.IttSubjects))) + " subjects. "
           + "Primary analysis: " + (r.Options.Imputations.Count > 0 ? r.Options.Imputations[0] : Imputation.NonResponderImputation).Label()
           + "; comparisons at " + string.Join(" and ", r.Options.AnalysisWeeks.Select(VisitLabels.Week)) + ", each arm minus " + r.ControlArm + ".";

    private static string SafetyIntro(SafetyResults r)
        => "Safety population: " + string.Join(", ", r.Arms.Select(a => a.Arm + " " + ValueFormatter.Integer(a.N))) + " subjects, by actual treatment. "
           + (r.ControlArm is null ? "No between-arm comparisons." : "Differences are each arm minus " + r.ControlArm + "; their p-values are descriptive.");
}
