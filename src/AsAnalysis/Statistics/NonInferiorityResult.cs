namespace AsAnalysis.Statistics;

/// <summary>A non-inferiority score test of treatment against an active control at a margin, with the interval that
/// decides it.</summary>
/// <param name="Table">The 2x2 table (treatment first).</param>
/// <param name="Scale">Scale of estimate and margin.</param>
/// <param name="Better">Which direction of the proportion is better.</param>
/// <param name="Method">The score test.</param>
/// <param name="Estimate">Difference (treatment minus control) or ratio (treatment over control); NaN when an arm is empty
/// (and for the ratio when neither arm has an event).</param>
/// <param name="Margin">The margin (difference, e.g. -0.10, or ratio, e.g. 0.80).</param>
/// <param name="Statistic">Score statistic Z at the margin (positive when the estimate lies above the margin); NaN when undefined.</param>
/// <param name="PValue">One-sided p-value of H0 "treatment is worse than the margin": 1 - Phi(Z) when higher is better,
/// Phi(Z) when lower is better.</param>
/// <param name="Alpha">One-sided significance level.</param>
/// <param name="Ci">Two-sided 1 - 2 alpha interval from inverting the same statistic.</param>
/// <param name="CiMethod">The interval's method.</param>
/// <param name="Noninferior">True when the interval lies entirely on the good side of the margin (lower limit above a
/// lower margin when higher is better, upper limit below it when lower is better), equivalently p &lt; alpha; null when
/// undefined.</param>
public sealed record NonInferiorityResult(
    TwoByTwoTable Table,
    EffectScale Scale,
    BetterDirection Better,
    NonInferiorityMethod Method,
    double Estimate,
    double Margin,
    double Statistic,
    double PValue,
    double Alpha,
    ConfidenceInterval Ci,
    NonInferiorityCiMethod CiMethod,
    bool? Noninferior)
{
    /// <summary>The 2x2 table.</summary>
    public TwoByTwoTable Table { get; } = Table ?? throw new ArgumentNullException(nameof(Table));
    /// <summary>The deciding interval.</summary>
    public ConfidenceInterval Ci { get; } = Ci ?? throw new ArgumentNullException(nameof(Ci));
    /// <summary>ard.csv method code of the test (<c>farrington_manning</c> or <c>miettinen_nurminen</c>).</summary>
    public string MethodCode => Method.Code();
    /// <summary>ard.csv method code of the deciding interval (<c>mee</c>, <c>koopman</c> or <c>miettinen_nurminen</c>).</summary>
    public string CiMethodCode => CiMethod.Code();
}
