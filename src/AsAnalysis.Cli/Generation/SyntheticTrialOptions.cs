namespace AsAnalysis.Cli.Generation;

/// <summary>
/// Settings of the synthetic trial export; <see cref="Default"/> has every default. Every member is checked when set,
/// so an instance is always valid. Immutable; change with a <c>with</c> expression.
/// </summary>
public sealed record SyntheticTrialOptions
{
    private readonly int _subjectsPerArm = 30;

    /// <summary>The defaults: seed 20160620, 30 subjects per arm.</summary>
    public static SyntheticTrialOptions Default { get; } = new();

    /// <summary>The seed; the same seed gives byte-identical files. Default 20160620; any value.</summary>
    public long Seed { get; init; } = 20160620;

    /// <summary>Randomized subjects per arm (exactly; blocks of four keep the arms balanced). Default 30; 5 to 5,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 5 or above 5,000,000.</exception>
    public int SubjectsPerArm
    {
        get => _subjectsPerArm;
        init
        {
            // The library's argument checks are internal to it; these are the framework's, which name the property too.
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 5, nameof(SubjectsPerArm));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 5_000_000, nameof(SubjectsPerArm));
            _subjectsPerArm = value;
        }
    }
}
