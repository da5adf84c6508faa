namespace AsAnalysis.Statistics.MixedModels;

/// <summary>Options of <see cref="Mmrm.Fit"/>.</summary>
public sealed record MmrmOptions
{
    /// <summary>
    /// The default fallback order when the requested structure does not converge: heterogeneous Toeplitz,
    /// heterogeneous AR(1), heterogeneous compound symmetry, compound symmetry. Visit-specific variances are kept as long
    /// as possible (change from baseline usually grows more variable with time), the correlation model is simplified
    /// one step at a time (a correlation per lag, then one decaying correlation, then one constant correlation), and
    /// compound symmetry (two parameters) comes last.
    /// </summary>
    public static IReadOnlyList<CovarianceStructure> DefaultFallback { get; } = ValueList<CovarianceStructure>.From(
    [
        CovarianceStructure.HeterogeneousToeplitz,
        CovarianceStructure.HeterogeneousAutoregressive,
        CovarianceStructure.HeterogeneousCompoundSymmetry,
        CovarianceStructure.CompoundSymmetry,
    ]);

    /// <summary>The defaults: unstructured covariance, fallback TOEPH, ARH(1), CSH, CS; at most 100 iterations; criterion 1e-12.</summary>
    public static MmrmOptions Default { get; } = new();

    // (DefaultFallback is declared before Default: static initialisers run in order.)
    private readonly CovarianceStructure _covariance = CovarianceStructure.Unstructured;
    private readonly IReadOnlyList<CovarianceStructure> _fallback = DefaultFallback;
    private readonly int _maxIterations = 100;
    private readonly double _tolerance = 1e-12;

    /// <summary>The covariance structure requested (default <see cref="CovarianceStructure.Unstructured"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public CovarianceStructure Covariance
    {
        get => _covariance;
        init => _covariance = Guard.Defined(value, nameof(Covariance));
    }

    /// <summary>
    /// Structures tried in this order when the requested one does not converge (default <see cref="DefaultFallback"/>;
    /// empty = no fallback). The requested structure is skipped if listed.
    /// </summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    /// <exception cref="ArgumentException">A structure listed twice.</exception>
    public IReadOnlyList<CovarianceStructure> Fallback
    {
        get => _fallback;
        init => _fallback = Guard.DistinctDefined(value, nameof(Fallback));
    }

    /// <summary>Maximum Newton-Raphson iterations per structure (default 100; at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "At least one iteration.");
    }

    /// <summary>
    /// Convergence criterion: the fit has converged when g' H^-1 g / |f| is at most this value, where f is -2 REML
    /// log-likelihood, g its gradient and H its Hessian (SAS PROC MIXED's relative Hessian criterion, whose default is
    /// 1e-8). Default 1e-12, which puts estimates and standard errors within about 1e-8 relative of the exact optimum.
    /// In (0, 1e-4].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1e-4].</exception>
    public double Tolerance
    {
        get => _tolerance;
        init => _tolerance = value > 0 && value <= 1e-4 ? value : throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "The criterion must lie in (0, 1e-4].");
    }
}
