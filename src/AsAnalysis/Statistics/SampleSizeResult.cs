namespace AsAnalysis.Statistics;

/// <summary>Sample size per arm for a two-sided comparison of a treatment and a control response rate.</summary>
/// <param name="TreatmentRate">Assumed treatment response rate in [0, 1].</param>
/// <param name="ControlRate">Assumed control response rate in [0, 1], different from the treatment rate.</param>
/// <param name="Alpha">Two-sided significance level in (0, 1).</param>
/// <param name="TargetPower">Power asked for, in (0, 1).</param>
/// <param name="Method">How power was computed.</param>
/// <param name="UnroundedPerArm">The normal-approximation formula's real-valued n per arm; NaN for the exact methods.</param>
/// <param name="PerArm">Subjects per arm: the rounded-up formula value, or for the exact methods the smallest n whose
/// exact power reaches the target.</param>
/// <param name="AchievedPower">Power at <paramref name="PerArm"/> by the same method.</param>
/// <exception cref="ArgumentOutOfRangeException">An argument outside its range.</exception>
public sealed record SampleSizeResult(double TreatmentRate, double ControlRate, double Alpha, double TargetPower, PowerMethod Method,
    double UnroundedPerArm, int PerArm, double AchievedPower)
{
    /// <summary>Assumed treatment response rate.</summary>
    public double TreatmentRate { get; } = SampleSize.CheckRate(TreatmentRate, nameof(TreatmentRate));
    /// <summary>Assumed control response rate.</summary>
    public double ControlRate { get; } = SampleSize.CheckRate(ControlRate, nameof(ControlRate));
    /// <summary>Two-sided significance level.</summary>
    public double Alpha { get; } = SampleSize.CheckOpenUnit(Alpha, nameof(Alpha));
    /// <summary>Power asked for.</summary>
    public double TargetPower { get; } = SampleSize.CheckOpenUnit(TargetPower, nameof(TargetPower));
    /// <summary>How power was computed.</summary>
    public PowerMethod Method { get; } = SampleSize.CheckMethod(Method, nameof(Method));
    /// <summary>Real-valued n per arm of the normal-approximation formula (NaN for exact methods).</summary>
    public double UnroundedPerArm { get; } = UnroundedPerArm > 0 || double.IsNaN(UnroundedPerArm) ? UnroundedPerArm
        : throw new ArgumentOutOfRangeException(nameof(UnroundedPerArm), UnroundedPerArm, "Must be positive or NaN.");
    /// <summary>Subjects per arm.</summary>
    public int PerArm { get; } = PerArm >= 1 ? PerArm : throw new ArgumentOutOfRangeException(nameof(PerArm), PerArm, "At least one subject per arm.");
    /// <summary>Power at <see cref="PerArm"/>.</summary>
    public double AchievedPower { get; } = AchievedPower is >= 0 and <= 1 ? AchievedPower
        : throw new ArgumentOutOfRangeException(nameof(AchievedPower), AchievedPower, "A power lies in [0, 1].");
    /// <summary>The method's code, <c>Method.Code()</c>, e.g. <c>normal</c>.</summary>
    public string MethodName => Method.Code();
}
