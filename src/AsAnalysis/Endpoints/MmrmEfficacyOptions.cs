using AsAnalysis.Statistics;
using AsAnalysis.Statistics.MixedModels;

namespace AsAnalysis.Endpoints;

/// <summary>Options of <see cref="MmrmEfficacy.Run"/>.</summary>
public sealed record MmrmEfficacyOptions
{
    private readonly string _controlArm = "";
    private readonly IReadOnlyList<ContinuousEndpoint> _endpoints = ValueList<ContinuousEndpoint>.From([ContinuousEndpoint.Basdai, ContinuousEndpoint.Basfi, ContinuousEndpoint.AsdasCrp]);
    private readonly CovarianceStructure _covariance = CovarianceStructure.Unstructured;
    private readonly IReadOnlyList<CovarianceStructure> _fallback = MmrmOptions.DefaultFallback;
    private readonly IReadOnlyList<DegreesOfFreedomMethod> _dfMethods = ValueList<DegreesOfFreedomMethod>.From([DegreesOfFreedomMethod.KenwardRoger, DegreesOfFreedomMethod.Satterthwaite]);
    private readonly IReadOnlyList<decimal> _weeks = ValueList<decimal>.Empty;
    private readonly double _level = 0.95;
    private readonly EndpointOptions _endpointOptions = EndpointOptions.Default;

    /// <summary>Options with the control arm; every other property has its default. There is no <c>Default</c>: the
    /// library serves any trial, so no control arm can be assumed.</summary>
    /// <param name="controlArm">The control arm (TRT01P value), e.g. <c>Etanercept</c>.</param>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Blank.</exception>
    public MmrmEfficacyOptions(string controlArm) => ControlArm = controlArm;

    /// <summary>The control arm (TRT01P); differences are each other arm minus it. Required (no default).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Blank.</exception>
    public string ControlArm
    {
        get => _controlArm;
        init => _controlArm = Guard.NotBlank(value, nameof(ControlArm), "The control arm must be named.");
    }

    /// <summary>Endpoints analysed (change from baseline); default BASDAI, BASFI, ASDAS-CRP.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    /// <exception cref="ArgumentException">Empty, or a repeated value.</exception>
    public IReadOnlyList<ContinuousEndpoint> Endpoints
    {
        get => _endpoints;
        init => _endpoints = NonEmpty(Guard.DistinctDefined(value, nameof(Endpoints)), nameof(Endpoints));
    }

    /// <summary>Covariance structure requested (default unstructured).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined value.</exception>
    public CovarianceStructure Covariance
    {
        get => _covariance;
        init => _covariance = Guard.Defined(value, nameof(Covariance));
    }

    /// <summary>Fallback order when the requested structure does not converge (default <see cref="MmrmOptions.DefaultFallback"/>;
    /// empty = no fallback).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    /// <exception cref="ArgumentException">A structure listed twice.</exception>
    public IReadOnlyList<CovarianceStructure> Fallback
    {
        get => _fallback;
        init => _fallback = Guard.DistinctDefined(value, nameof(Fallback));
    }

    /// <summary>Degrees-of-freedom methods reported, one set of LS means and differences each (default Kenward-Roger, Satterthwaite).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    /// <exception cref="ArgumentException">Empty, or a repeated value.</exception>
    public IReadOnlyList<DegreesOfFreedomMethod> DfMethods
    {
        get => _dfMethods;
        init => _dfMethods = NonEmpty(Guard.DistinctDefined(value, nameof(DfMethods)), nameof(DfMethods));
    }

    /// <summary>Visits (AVISITN, weeks) whose LS means and differences are reported; empty (default) = every post-baseline visit in the model.
    /// The model always uses every post-baseline visit.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">A week that is not positive, or a repeated week.</exception>
    public IReadOnlyList<decimal> ReportWeeks
    {
        get => _weeks;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ReportWeeks));
            if (value.Any(w => w <= 0) || value.Distinct().Count() != value.Count)
                throw new ArgumentException("ReportWeeks must be distinct post-baseline weeks (> 0).", nameof(ReportWeeks));
            _weeks = ValueList<decimal>.From(value.Order());
        }
    }

    /// <summary>Confidence level of the intervals (default 0.95), in (0, 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public double ConfidenceLevel
    {
        get => _level;
        init => _level = Guard.Level(value, nameof(ConfidenceLevel));
    }

    /// <summary>Adds the randomisation stratum (STRAT1) as a factor covariate (default false).</summary>
    public bool Stratified { get; init; }

    /// <summary>Endpoint derivation options (default <see cref="EndpointOptions.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public EndpointOptions EndpointOptions
    {
        get => _endpointOptions;
        init => _endpointOptions = Guard.NotNull(value, nameof(EndpointOptions));
    }

    private static IReadOnlyList<T> NonEmpty<T>(IReadOnlyList<T> list, string name) =>
        list.Count > 0 ? list : throw new ArgumentException("At least one value is needed.", name);
}
