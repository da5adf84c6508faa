namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// An extra fixed effect of an MMRM, one value per record of <see cref="MmrmData"/>: numeric (one coefficient;
/// LS means are taken at its mean over the records used) or a factor such as a stratum (one coefficient per level
/// after the first in ordinal order; LS means average its levels with equal weights, as SAS <c>LSMEANS</c> and
/// emmeans do).
/// </summary>
public sealed record MmrmCovariate
{
    private MmrmCovariate(string name, IReadOnlyList<double>? values, IReadOnlyList<string?>? levels)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A covariate needs a name.", nameof(name));
        Name = name;
        Values = values;
        Levels = levels;
    }

    /// <summary>The name, used in coefficient names and messages.</summary>
    public string Name { get; }
    /// <summary>Values of a numeric covariate (NaN = missing, the record is not used); <c>null</c> for a factor.</summary>
    public IReadOnlyList<double>? Values { get; }
    /// <summary>Levels of a factor (<c>null</c> or empty = missing, the record is not used); <c>null</c> for a numeric covariate.</summary>
    public IReadOnlyList<string?>? Levels { get; }
    /// <summary>True for a factor.</summary>
    public bool IsFactor => Levels is not null;

    /// <summary>A numeric covariate.</summary>
    /// <param name="name">Name.</param>
    /// <param name="values">One value per record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static MmrmCovariate Numeric(string name, IReadOnlyList<double> values) =>
        new(name, values ?? throw new ArgumentNullException(nameof(values)), null);

    /// <summary>A factor (classification) covariate, e.g. a randomisation stratum.</summary>
    /// <param name="name">Name.</param>
    /// <param name="levels">One level per record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static MmrmCovariate Factor(string name, IReadOnlyList<string?> levels) =>
        new(name, null, levels ?? throw new ArgumentNullException(nameof(levels)));
}
