using AsAnalysis.Statistics;

namespace AsAnalysis.Endpoints;

/// <summary>
/// Options of the efficacy analysis (<see cref="EfficacyAnalysis.Run"/>). Only <see cref="ControlArm"/> is required;
/// every other member has the as-endpoints.md default. Lists are copied on assignment.
/// </summary>
public sealed record EfficacyOptions
{
    private readonly string _controlArm = "";
    private readonly IReadOnlyList<decimal> _analysisWeeks = Array.AsReadOnly(new[] { 12m, 48m });
    private readonly IReadOnlyList<ResponderEndpoint> _responders = Array.AsReadOnly(Enum.GetValues<ResponderEndpoint>());
    private readonly IReadOnlyList<ContinuousEndpoint> _continuous = Array.AsReadOnly(Enum.GetValues<ContinuousEndpoint>());
    private readonly IReadOnlyList<Imputation> _imputations = Array.AsReadOnly(Enum.GetValues<Imputation>());
    private readonly EndpointOptions _endpoints = EndpointOptions.Default;
    private readonly double _level = 0.95;
    private readonly QuantileDefinition _quantiles = Descriptive.DefaultQuantileDefinition;

    /// <summary>Creates options with the given control arm.</summary>
    /// <param name="controlArm">The control arm label as in TRT01P (e.g. <c>Etanercept</c>).</param>
    /// <exception cref="ArgumentException">An empty label.</exception>
    public EfficacyOptions(string controlArm) => ControlArm = controlArm;

    /// <summary>The control arm (TRT01P label); every other ITT arm is compared with it (difference = arm − control).</summary>
    /// <exception cref="ArgumentException">An empty label.</exception>
    public string ControlArm
    {
        get => _controlArm;
        init => _controlArm = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The control arm must be named.", nameof(ControlArm)) : value;
    }

    /// <summary>Visits (AVISITN, weeks) with between-arm comparisons; default weeks 12 and 48. Sorted, distinct, each &gt; 0.</summary>
    /// <exception cref="ArgumentException">Empty, or a week &lt;= 0.</exception>
    public IReadOnlyList<decimal> AnalysisWeeks
    {
        get => _analysisWeeks;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(AnalysisWeeks));
            if (value.Count == 0) throw new ArgumentException("At least one analysis week is needed.", nameof(AnalysisWeeks));
            if (value.Any(w => w <= 0m)) throw new ArgumentException("Analysis weeks must be after baseline (> 0).", nameof(AnalysisWeeks));
            _analysisWeeks = Array.AsReadOnly(value.Distinct().Order().ToArray());
        }
    }

    /// <summary>Responder endpoints to analyse, in output order; default all of <see cref="ResponderEndpoint"/> in declaration order.</summary>
    /// <exception cref="ArgumentException">A duplicate or undefined endpoint.</exception>
    public IReadOnlyList<ResponderEndpoint> ResponderEndpoints { get => _responders; init => _responders = DistinctDefined(value, nameof(ResponderEndpoints)); }

    /// <summary>Continuous endpoints to analyse, in output order; default all of <see cref="ContinuousEndpoint"/>.</summary>
    /// <exception cref="ArgumentException">A duplicate or undefined endpoint.</exception>
    public IReadOnlyList<ContinuousEndpoint> ContinuousEndpoints { get => _continuous; init => _continuous = DistinctDefined(value, nameof(ContinuousEndpoints)); }

    /// <summary>Missing-data handlings of the binary analyses, in output order; default NRI, observed, LOCF.</summary>
    /// <exception cref="ArgumentException">A duplicate or undefined value.</exception>
    public IReadOnlyList<Imputation> Imputations { get => _imputations; init => _imputations = DistinctDefined(value, nameof(Imputations)); }

    /// <summary>Endpoint derivation options (pain domain, ASDAS coefficients, partial remission threshold...).</summary>
    public EndpointOptions Endpoints { get => _endpoints; init => _endpoints = value ?? throw new ArgumentNullException(nameof(Endpoints)); }

    /// <summary>
    /// When true, binary comparisons add a stratified analysis by STRAT1: CMH test and Mantel-Haenszel common odds
    /// ratio, and the CMH-weighted difference. Every compared ITT subject must then have STRAT1. Default false.
    /// </summary>
    public bool Stratified { get; init; }

    /// <summary>Confidence level of every interval; default 0.95.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1.</exception>
    public double ConfidenceLevel
    {
        get => _level;
        init { ConfidenceInterval.ValidateLevel(value, nameof(ConfidenceLevel)); _level = value; }
    }

    /// <summary>Quantile definition of the medians and quartiles; default <see cref="Descriptive.DefaultQuantileDefinition"/> (SAS QNTLDEF=5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined value.</exception>
    public QuantileDefinition Quantiles
    {
        get => _quantiles;
        init => _quantiles = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Quantiles), value, "Undefined quantile definition.");
    }

    private static IReadOnlyList<T> DistinctDefined<T>(IReadOnlyList<T> value, string name) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Any(v => !Enum.IsDefined(v))) throw new ArgumentException($"Undefined {typeof(T).Name} value.", name);
        if (value.Distinct().Count() != value.Count) throw new ArgumentException($"Duplicate {typeof(T).Name} value.", name);
        return Array.AsReadOnly(value.ToArray());
    }
}
