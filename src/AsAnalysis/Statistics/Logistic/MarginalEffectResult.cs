namespace AsAnalysis.Statistics.Logistic;

/// <summary>Covariate-adjusted marginal treatment effect by standardisation (<see cref="MarginalStandardization.Estimate"/>).</summary>
/// <remarks>When the working model has no estimates (separation, a constant covariate, an empty arm) every risk and
/// contrast is NaN; <see cref="Model"/> carries the fit's status and <see cref="Message"/> says why in words.</remarks>
/// <param name="Method">Variance method (<c>ge</c> or <c>ye</c> in ard.csv).</param>
/// <param name="Model">The logistic working model <c>y ~ arm + covariates</c> (coefficient <c>arm</c>: treatment = 1).</param>
/// <param name="Covariates">Covariate names in model order (for ard.csv's <c>covariates</c> row, joined with <c>;</c>).</param>
/// <param name="TreatmentN">Subjects in the treatment arm.</param>
/// <param name="ControlN">Subjects in the control arm.</param>
/// <param name="Treatment">Marginal risk of the treatment arm.</param>
/// <param name="Control">Marginal risk of the control arm.</param>
/// <param name="RiskCovariance">Estimated covariance of the two marginal risks.</param>
/// <param name="Difference">Risk difference, treatment minus control.</param>
/// <param name="RiskRatio">Risk ratio, treatment over control.</param>
/// <param name="OddsRatio">Marginal odds ratio, treatment over control (of the marginal risks, not the model coefficient).</param>
/// <param name="GeCovariance">Coefficient covariance used when <paramref name="Method"/> is Ge (else still the option's value, unused).</param>
/// <param name="YeForm">Residual-variance form used when <paramref name="Method"/> is Ye (else still the option's value, unused).</param>
/// <param name="Message">Why the result is undefined; empty when it is defined.</param>
public sealed record MarginalEffectResult(
    MarginalVarianceMethod Method,
    LogisticRegressionResult Model,
    IReadOnlyList<string> Covariates,
    int TreatmentN,
    int ControlN,
    MarginalRisk Treatment,
    MarginalRisk Control,
    double RiskCovariance,
    MarginalContrast Difference,
    MarginalContrast RiskRatio,
    MarginalContrast OddsRatio,
    GeCovariance GeCovariance,
    YeVarianceForm YeForm,
    string Message)
{
    /// <summary>The working model.</summary>
    public LogisticRegressionResult Model { get; } = Model ?? throw new ArgumentNullException(nameof(Model));
    /// <summary>Covariate names in model order.</summary>
    public IReadOnlyList<string> Covariates { get; } = Covariates ?? throw new ArgumentNullException(nameof(Covariates));
    /// <summary>Treatment marginal risk.</summary>
    public MarginalRisk Treatment { get; } = Treatment ?? throw new ArgumentNullException(nameof(Treatment));
    /// <summary>Control marginal risk.</summary>
    public MarginalRisk Control { get; } = Control ?? throw new ArgumentNullException(nameof(Control));
    /// <summary>Risk difference.</summary>
    public MarginalContrast Difference { get; } = Difference ?? throw new ArgumentNullException(nameof(Difference));
    /// <summary>Risk ratio.</summary>
    public MarginalContrast RiskRatio { get; } = RiskRatio ?? throw new ArgumentNullException(nameof(RiskRatio));
    /// <summary>Odds ratio.</summary>
    public MarginalContrast OddsRatio { get; } = OddsRatio ?? throw new ArgumentNullException(nameof(OddsRatio));
    /// <summary>Why the result is undefined (empty when defined).</summary>
    public string Message { get; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>ard.csv method code (<c>ge</c> or <c>ye</c>).</summary>
    public string MethodCode => Method.Code();

    /// <summary>The covariates as ard.csv's <c>covariates</c> value: names in model order separated by <c>;</c>.</summary>
    public string CovariateList => string.Join(";", Covariates);

    /// <summary>Whether the risks and contrasts are defined.</summary>
    public bool IsDefined => Message.Length == 0;
}
