namespace AsAnalysis.Statistics;

/// <summary>Power of a two-sided comparison of a treatment and a control response rate with equal arms.</summary>
/// <param name="TreatmentRate">Assumed treatment response rate in [0, 1].</param>
/// <param name="ControlRate">Assumed control response rate in [0, 1].</param>
/// <param name="PerArm">Subjects per arm (at least 1).</param>
/// <param name="Alpha">Two-sided significance level in (0, 1).</param>
/// <param name="Method">How the power was computed.</param>
/// <param name="Power">The power in [0, 1] (NaN only where the uncorrected normal approximation is undefined, see <see cref="SampleSize.Power"/>).</param>
/// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
public sealed record PowerResult(double TreatmentRate, double ControlRate, int PerArm, double Alpha, PowerMethod Method, double Power)
{
    /// <summary>Assumed treatment response rate.</summary>
    public double TreatmentRate { get; } = SampleSize.CheckRate(TreatmentRate, nameof(TreatmentRate));
    /// <summary>Assumed control response rate.</summary>
    public double ControlRate { get; } = SampleSize.CheckRate(ControlRate, nameof(ControlRate));
    /// <summary>Subjects per arm.</summary>
    public int PerArm { get; } = PerArm >= 1 ? PerArm : throw new ArgumentOutOfRangeException(nameof(PerArm), PerArm, "At least one subject per arm.");
    /// <summary>Two-sided significance level.</summary>
    public double Alpha { get; } = SampleSize.CheckOpenUnit(Alpha, nameof(Alpha));
    /// <summary>How the power was computed.</summary>
    public PowerMethod Method { get; } = SampleSize.CheckMethod(Method, nameof(Method));
    /// <summary>The power.</summary>
    public double Power { get; } = Power is >= 0 and <= 1 || double.IsNaN(Power) ? Power
        : throw new ArgumentOutOfRangeException(nameof(Power), Power, "A power lies in [0, 1].");
    /// <summary>The method's code, <c>Method.Code()</c>, e.g. <c>exact_fisher</c>.</summary>
    public string MethodName => Method.Code();
}
