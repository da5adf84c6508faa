using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>
/// Options of the efficacy analysis (<see cref="EfficacyAnalysis.Run"/>). <see cref="ControlArm"/> is required: it is
/// the constructor's parameter, and there is no <c>Default</c> instance, because the library serves any trial and no
/// arm label can be assumed. Every other member has the as-endpoints.md default and is checked when set, so an
/// instance is always valid. Lists are copied on assignment and compared by content (two options with the same
/// settings are equal and have equal hash codes). Immutable; change with a <c>with</c> expression.
/// </summary>
public sealed record EfficacyOptions
{
    private readonly string _controlArm = "";
    private readonly IReadOnlyList<decimal> _analysisWeeks = ValueList<decimal>.From([12m, 48m]);
    private readonly IReadOnlyList<ResponderEndpoint> _responders = ValueList<ResponderEndpoint>.From(Enum.GetValues<ResponderEndpoint>());
    private readonly IReadOnlyList<ContinuousEndpoint> _continuous = ValueList<ContinuousEndpoint>.From(Enum.GetValues<ContinuousEndpoint>());
    private readonly IReadOnlyList<Imputation> _imputations = ValueList<Imputation>.From(Enum.GetValues<Imputation>());
    private readonly EndpointOptions _endpoints = EndpointOptions.Default;
    private readonly double _level = 0.95;
    private readonly QuantileDefinition _quantiles = Descriptive.DefaultQuantileDefinition;

    /// <summary>Creates options with the given control arm and every other member at its default.</summary>
    /// <param name="controlArm">The control arm label as in TRT01P (e.g. <c>Etanercept</c>); required, no default.</param>
    /// <exception cref="ArgumentNullException">A null label.</exception>
    /// <exception cref="ArgumentException">An empty or blank label.</exception>
    public EfficacyOptions(string controlArm) => ControlArm = controlArm;

    /// <summary>
    /// The control arm (TRT01P label); every other ITT arm is compared with it (difference = arm − control). Required:
    /// no default (set by the constructor). Any non-blank label; <see cref="EfficacyAnalysis.Run"/> checks that it is an
    /// ITT arm of the data.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null label.</exception>
    /// <exception cref="ArgumentException">An empty or blank label.</exception>
    public string ControlArm
    {
        get => _controlArm;
        init => _controlArm = Guard.NotBlank(value, nameof(ControlArm), "The control arm must be named.");
    }

    /// <summary>
    /// Visits (AVISITN, weeks) with between-arm comparisons; default weeks 12 and 48. At least one week, each &gt; 0;
    /// stored sorted and without repeats.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null list.</exception>
    /// <exception cref="ArgumentException">Empty, or a week &lt;= 0.</exception>
    public IReadOnlyList<decimal> AnalysisWeeks
    {
        get => _analysisWeeks;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(AnalysisWeeks));
            if (value.Count == 0) throw new ArgumentException("At least one analysis week is needed.", nameof(AnalysisWeeks));
            if (value.Any(w => w <= 0m)) throw new ArgumentException("Analysis weeks must be after baseline (> 0).", nameof(AnalysisWeeks));
            _analysisWeeks = ValueList<decimal>.From(value.Distinct().Order());
        }
    }

    /// <summary>
    /// Responder endpoints to analyse, in output order; default all of <see cref="ResponderEndpoint"/> in declaration
    /// order. Distinct defined values; may be empty (no binary analyses).
    /// </summary>
    /// <exception cref="ArgumentNullException">A null list.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined endpoint.</exception>
    /// <exception cref="ArgumentException">A duplicate endpoint.</exception>
    public IReadOnlyList<ResponderEndpoint> ResponderEndpoints { get => _responders; init => _responders = Guard.DistinctDefined(value, nameof(ResponderEndpoints)); }

    /// <summary>
    /// Continuous endpoints to analyse, in output order; default all of <see cref="ContinuousEndpoint"/> in declaration
    /// order. Distinct defined values; may be empty (no ANCOVA).
    /// </summary>
    /// <exception cref="ArgumentNullException">A null list.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined endpoint.</exception>
    /// <exception cref="ArgumentException">A duplicate endpoint.</exception>
    public IReadOnlyList<ContinuousEndpoint> ContinuousEndpoints { get => _continuous; init => _continuous = Guard.DistinctDefined(value, nameof(ContinuousEndpoints)); }

    /// <summary>
    /// Missing-data handlings of the binary analyses, in output order (the first is the primary analysis); default NRI,
    /// observed, LOCF. Distinct defined values; may be empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null list.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    /// <exception cref="ArgumentException">A duplicate value.</exception>
    public IReadOnlyList<Imputation> Imputations { get => _imputations; init => _imputations = Guard.DistinctDefined(value, nameof(Imputations)); }

    /// <summary>Endpoint derivation options (pain domain, ASDAS coefficients, partial remission threshold...); default <see cref="EndpointOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public EndpointOptions Endpoints { get => _endpoints; init => _endpoints = Guard.NotNull(value, nameof(Endpoints)); }

    /// <summary>
    /// When true, binary comparisons add a stratified analysis by STRAT1: CMH test and Mantel-Haenszel common odds
    /// ratio, and the CMH-weighted difference. Every compared ITT subject must then have STRAT1. Default false.
    /// </summary>
    public bool Stratified { get; init; }

    /// <summary>Confidence level of every interval; default 0.95. Strictly between 0 and 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1 (or NaN).</exception>
    public double ConfidenceLevel
    {
        get => _level;
        init => _level = Guard.Level(value, nameof(ConfidenceLevel));
    }

    /// <summary>Quantile definition of the medians and quartiles; default <see cref="Descriptive.DefaultQuantileDefinition"/> (SAS QNTLDEF=5). A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public QuantileDefinition Quantiles
    {
        get => _quantiles;
        init => _quantiles = Guard.Defined(value, nameof(Quantiles), "Undefined quantile definition.");
    }
}
