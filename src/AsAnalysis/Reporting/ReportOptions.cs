using System.Collections.Immutable;
using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Safety;

namespace AsAnalysis.Reporting;

/// <summary>
/// Options of <see cref="TrialReport.Build"/>. The analysis options are passed to <see cref="EfficacyAnalysis.Run"/>
/// and <see cref="SafetyAnalysis.Run"/> exactly as given; the report never overrides them. Immutable; change with a
/// <c>with</c> expression.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>
    /// Options with one control arm for both analyses: <c>new EfficacyOptions(controlArm)</c> (analysis weeks 12 and 48,
    /// every endpoint, NRI then observed and LOCF) and <c>new SafetyOptions { ControlArm = controlArm }</c>.
    /// </summary>
    /// <param name="controlArm">The control arm, e.g. <c>Etanercept</c>.</param>
    /// <exception cref="ArgumentException">A blank arm label.</exception>
    public ReportOptions(string controlArm)
        : this(new EfficacyOptions(controlArm), new SafetyOptions { ControlArm = controlArm })
    {
    }

    /// <summary>Options with explicit analysis options.</summary>
    /// <param name="efficacy">Efficacy options (control arm, analysis weeks, endpoints, imputations...).</param>
    /// <param name="safety">Safety options (control arm, TEAE rule, imputations of missing attributes...).</param>
    public ReportOptions(EfficacyOptions efficacy, SafetyOptions safety)
    {
        Efficacy = efficacy;
        Safety = safety;
    }

    /// <summary>Options of the efficacy analysis, passed through unchanged.</summary>
    public EfficacyOptions Efficacy { get; init => field = value ?? throw new ArgumentNullException(nameof(Efficacy)); }

    /// <summary>Options of the safety analysis, passed through unchanged.</summary>
    public SafetyOptions Safety { get; init => field = value ?? throw new ArgumentNullException(nameof(Safety)); }

    /// <summary>Which analyses to run; default <see cref="ReportAnalyses.Auto"/>.</summary>
    public ReportAnalyses Analyses
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Analyses), value, "Undefined value.");
    }

    /// <summary>Report title; default "Analysis report".</summary>
    public string Title
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The title must not be blank.", nameof(Title)) : value;
    } = "Analysis report";

    /// <summary>Number formatting of every table; default <see cref="ValueFormatter.Default"/>.</summary>
    public ValueFormatter Formatter { get; init => field = value ?? throw new ArgumentNullException(nameof(Formatter)); } = ValueFormatter.Default;

    /// <summary>Page set-up of the RTF tables; default <see cref="RtfOptions.Default"/>.</summary>
    public RtfOptions Rtf { get; init => field = value ?? throw new ArgumentNullException(nameof(Rtf)); } = RtfOptions.Default;

    /// <summary>Whether figures are drawn (PNG and SVG); default true.</summary>
    public bool IncludeFigures { get; init; } = true;

    /// <summary>
    /// Generation time shown in the provenance footer, or <c>null</c> (default) for none. A time makes two runs differ,
    /// so it is only shown when asked for.
    /// </summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>
    /// Further settings shown in the provenance footer after the analysis settings, e.g. how the data were loaded
    /// (column map, number of arms). Default none.
    /// </summary>
    public IReadOnlyList<ProvenanceSetting> ExtraSettings
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ExtraSettings));
            if (value.Any(s => s is null)) throw new ArgumentException("A setting is null.", nameof(ExtraSettings));
            field = value.ToImmutableArray();
        }
    } = ImmutableArray<ProvenanceSetting>.Empty;

    /// <summary>
    /// Library version shown in the report; <c>null</c> (default) shows <see cref="ReportProvenance.CurrentLibraryVersion"/>.
    /// Tests set it so that their expected bytes do not depend on the build.
    /// </summary>
    public string? LibraryVersion
    {
        get;
        init => field = value is not null && string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The version must not be blank.", nameof(LibraryVersion)) : value;
    }
}
