using AsAnalysis.Statistics;
using AsAnalysis.Statistics.Mmrm;

namespace AsAnalysis.Endpoints;

/// <summary>Options of <see cref="MmrmEfficacy.Run"/>.</summary>
public sealed record MmrmEfficacyOptions
{
    private readonly string _controlArm = "";
    private readonly IReadOnlyList<ContinuousEndpoint> _endpoints = Array.AsReadOnly(new[] { ContinuousEndpoint.Basdai, ContinuousEndpoint.Basfi, ContinuousEndpoint.AsdasCrp });
    private readonly CovarianceStructure _covariance = CovarianceStructure.Unstructured;
    private readonly IReadOnlyList<CovarianceStructure> _fallback = MmrmOptions.DefaultFallback;
    private readonly IReadOnlyList<DegreesOfFreedomMethod> _dfMethods = Array.AsReadOnly(new[] { DegreesOfFreedomMethod.KenwardRoger, DegreesOfFreedomMethod.Satterthwaite });
    private readonly IReadOnlyList<decimal> _weeks = [];
    private readonly double _level = 0.95;
    private readonly EndpointOptions _endpointOptions = EndpointOptions.Default;

    /// <summary>Options with the control arm; every other property has its default.</summary>
    /// <param name="controlArm">The control arm (TRT01P value), e.g. <c>Etanercept</c>.</param>
    /// <exception cref="ArgumentException">Empty.</exception>
    public MmrmEfficacyOptions(string controlArm) => ControlArm = controlArm;

    /// <summary>The control arm (TRT01P); differences are each other arm minus it.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public string ControlArm
    {
        get => _controlArm;
        init => _controlArm = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The control arm is required.", nameof(ControlArm)) : value;
    }

    /// <summary>Endpoints analysed (change from baseline); default BASDAI, BASFI, ASDAS-CRP.</summary>
    /// <exception cref="ArgumentException">Empty, repeated or undefined values.</exception>
    public IReadOnlyList<ContinuousEndpoint> Endpoints
    {
        get => _endpoints;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Endpoints));
            if (value.Count == 0 || value.Distinct().Count() != value.Count || value.Any(e => !Enum.IsDefined(e)))
                throw new ArgumentException("Endpoints must be a non-empty list of distinct defined values.", nameof(Endpoints));
            _endpoints = Array.AsReadOnly(value.ToArray());
        }
    }

    /// <summary>Covariance structure requested (default unstructured).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Undefined value.</exception>
    public CovarianceStructure Covariance
    {
        get => _covariance;
        init => _covariance = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Covariance), value, "Undefined covariance structure.");
    }

    /// <summary>Fallback order when the requested structure does not converge (default <see cref="MmrmOptions.DefaultFallback"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public IReadOnlyList<CovarianceStructure> Fallback
    {
        get => _fallback;
        init => _fallback = new MmrmOptions { Fallback = value ?? throw new ArgumentNullException(nameof(Fallback)) }.Fallback;
    }

    /// <summary>Degrees-of-freedom methods reported, one set of LS means and differences each (default Kenward-Roger, Satterthwaite).</summary>
    /// <exception cref="ArgumentException">Empty, repeated or undefined values.</exception>
    public IReadOnlyList<DegreesOfFreedomMethod> DfMethods
    {
        get => _dfMethods;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(DfMethods));
            if (value.Count == 0 || value.Distinct().Count() != value.Count || value.Any(e => !Enum.IsDefined(e)))
                throw new ArgumentException("DfMethods must be a non-empty list of distinct defined values.", nameof(DfMethods));
            _dfMethods = Array.AsReadOnly(value.ToArray());
        }
    }

    /// <summary>Visits (AVISITN, weeks) whose LS means and differences are reported; empty (default) = every post-baseline visit in the model.
    /// The model always uses every post-baseline visit.</summary>
    /// <exception cref="ArgumentException">A week that is not positive, or a repeated week.</exception>
    public IReadOnlyList<decimal> ReportWeeks
    {
        get => _weeks;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ReportWeeks));
            if (value.Any(w => w <= 0) || value.Distinct().Count() != value.Count)
                throw new ArgumentException("ReportWeeks must be distinct post-baseline weeks (> 0).", nameof(ReportWeeks));
            _weeks = Array.AsReadOnly(value.Order().ToArray());
        }
    }

    /// <summary>Confidence level of the intervals (default 0.95), in (0, 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public double ConfidenceLevel
    {
        get => _level;
        init { ConfidenceInterval.ValidateLevel(value, nameof(ConfidenceLevel)); _level = value; }
    }

    /// <summary>Adds the randomisation stratum (STRAT1) as a factor covariate (default false).</summary>
    public bool Stratified { get; init; }

    /// <summary>Endpoint derivation options (default <see cref="EndpointOptions.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public EndpointOptions EndpointOptions
    {
        get => _endpointOptions;
        init => _endpointOptions = value ?? throw new ArgumentNullException(nameof(EndpointOptions));
    }
}
