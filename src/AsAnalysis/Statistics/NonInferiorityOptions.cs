namespace AsAnalysis.Statistics;

/// <summary>Options of <see cref="NonInferiority.Test"/> and <see cref="NonInferiority.Equivalence"/>.</summary>
public sealed record NonInferiorityOptions
{
    /// <summary>The defaults: difference scale, higher proportions better, one-sided alpha 0.025 (95% interval).</summary>
    public static NonInferiorityOptions Default { get; } = new();

    private readonly EffectScale scale = EffectScale.Difference;

    /// <summary>Scale of the margin. Default <see cref="EffectScale.Difference"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined member.</exception>
    public EffectScale Scale
    {
        get => scale;
        init => scale = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Scale), value, "Unknown scale.");
    }

    private readonly BetterDirection better = BetterDirection.Higher;

    /// <summary>Which direction of the proportion is better (fixes the side of a non-inferiority margin). Default
    /// <see cref="BetterDirection.Higher"/> (responders). Not used by <see cref="NonInferiority.Equivalence"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined member.</exception>
    public BetterDirection Better
    {
        get => better;
        init => better = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Better), value, "Unknown direction.");
    }

    private readonly double alpha = 0.025;

    /// <summary>One-sided significance level of each test, in (0, 0.5). The decision interval has level 1 - 2 alpha
    /// (SAS PROC FREQ's convention; SAS's default ALPHA=0.05 gives a 90% interval). Default 0.025 (95% interval).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 0.5).</exception>
    public double Alpha
    {
        get => alpha;
        init => alpha = value > 0 && value < 0.5 ? value : throw new ArgumentOutOfRangeException(nameof(Alpha), value, "The one-sided alpha must lie strictly between 0 and 0.5.");
    }
}
