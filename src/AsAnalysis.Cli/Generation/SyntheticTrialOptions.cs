namespace AsAnalysis.Cli.Generation;

/// <summary>Settings of the synthetic trial export.</summary>
public sealed record SyntheticTrialOptions
{
    private int _subjectsPerArm = 30;

    /// <summary>The seed; the same seed gives byte-identical files. Default 20160620.</summary>
    public long Seed { get; init; } = 20160620;

    /// <summary>Randomized subjects per arm (exactly; blocks of four keep the arms balanced). Default 30.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 5 or above 5,000,000.</exception>
    public int SubjectsPerArm
    {
        get => _subjectsPerArm;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 5, nameof(SubjectsPerArm));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 5_000_000, nameof(SubjectsPerArm));
            _subjectsPerArm = value;
        }
    }
}
