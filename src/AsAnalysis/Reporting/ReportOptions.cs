using AsAnalysis.Endpoints;
using AsAnalysis.Formatting;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Safety;

namespace AsAnalysis.Reporting;

/// <summary>
/// Options of <see cref="TrialReport.Build"/>. The analysis options are passed to <see cref="EfficacyAnalysis.Run"/>
/// and <see cref="SafetyAnalysis.Run"/> exactly as given; the report never overrides them. The efficacy options, and
/// with them the control arm, are required: they are the constructors' parameters, and there is no <c>Default</c>
/// instance (as for <see cref="EfficacyOptions"/>). Every other member has a default and is checked when set, so an
/// instance is always valid. Lists are copied and compared by content. Immutable; change with a <c>with</c> expression.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>
    /// Options with one control arm for both analyses: <c>new EfficacyOptions(controlArm)</c> (analysis weeks 12 and 48,
    /// every endpoint, NRI then observed and LOCF) and <c>new SafetyOptions { ControlArm = controlArm }</c>.
    /// </summary>
    /// <param name="controlArm">The control arm, e.g. <c>Etanercept</c>; required, no default.</param>
    /// <exception cref="ArgumentNullException">A null arm label.</exception>
    /// <exception cref="ArgumentException">An empty or blank arm label.</exception>
    public ReportOptions(string controlArm)
        : this(new EfficacyOptions(controlArm), new SafetyOptions { ControlArm = controlArm })
    {
    }

    /// <summary>Options with explicit analysis options.</summary>
    /// <param name="efficacy">Efficacy options (control arm, analysis weeks, endpoints, imputations...); required.</param>
    /// <param name="safety">Safety options (control arm, TEAE rule, imputations of missing attributes...), e.g. <see cref="SafetyOptions.Default"/> for per-arm safety tables.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public ReportOptions(EfficacyOptions efficacy, SafetyOptions safety)
    {
        Efficacy = efficacy;
        Safety = safety;
    }

    /// <summary>Options of the efficacy analysis, passed through unchanged. Required: no default (set by the constructors).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public EfficacyOptions Efficacy { get; init => field = Guard.NotNull(value, nameof(Efficacy)); }

    /// <summary>
    /// Options of the safety analysis, passed through unchanged. Default (with the control-arm constructor)
    /// <see cref="SafetyOptions.Default"/> with the same control arm as <see cref="Efficacy"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public SafetyOptions Safety { get; init => field = Guard.NotNull(value, nameof(Safety)); }

    /// <summary>Which analyses to run; default <see cref="ReportAnalyses.Auto"/>. A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public ReportAnalyses Analyses
    {
        get;
        init => field = Guard.Defined(value, nameof(Analyses), "Undefined value.");
    }

    /// <summary>Report title; default "Analysis report". Not blank.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Empty or blank.</exception>
    public string Title
    {
        get;
        init => field = Guard.NotBlank(value, nameof(Title), "The title must not be blank.");
    } = "Analysis report";

    /// <summary>Number formatting of every table; default <see cref="ValueFormatter.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public ValueFormatter Formatter { get; init => field = Guard.NotNull(value, nameof(Formatter)); } = ValueFormatter.Default;

    /// <summary>Page set-up of the RTF tables; default <see cref="RtfOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public RtfOptions Rtf { get; init => field = Guard.NotNull(value, nameof(Rtf)); } = RtfOptions.Default;

    /// <summary>Whether figures are drawn (PNG and SVG); default true.</summary>
    public bool IncludeFigures { get; init; } = true;

    /// <summary>
    /// Generation time shown in the provenance footer, or <c>null</c> (default) for none. A time makes two runs differ,
    /// so it is only shown when asked for. Any time.
    /// </summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>
    /// Further settings shown in the provenance footer after the analysis settings, e.g. how the data were loaded
    /// (column map, number of arms). Default none (empty). Copied on assignment, in order; no null item.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null list.</exception>
    /// <exception cref="ArgumentException">A null setting.</exception>
    public IReadOnlyList<ProvenanceSetting> ExtraSettings
    {
        get;
        init => field = Guard.NoNulls(value, nameof(ExtraSettings), "A setting is null.");
    } = ValueList<ProvenanceSetting>.Empty;

    /// <summary>
    /// Library version shown in the report; <c>null</c> (default) shows <see cref="ReportProvenance.CurrentLibraryVersion"/>.
    /// Tests set it so that their expected bytes do not depend on the build. Not blank when given.
    /// </summary>
    /// <exception cref="ArgumentException">Empty or blank.</exception>
    public string? LibraryVersion
    {
        get;
        init => field = Guard.NullOrNotBlank(value, nameof(LibraryVersion), "The version must not be blank.");
    }
}
