namespace AsAnalysis.Statistics.Bayes;

/// <summary>A Beta(a, b) prior for a response rate.</summary>
public sealed record BetaPrior
{
    /// <summary>Creates a prior Beta(a, b) of the given kind.</summary>
    /// <param name="a">First shape (prior responders' worth), positive and finite.</param>
    /// <param name="b">Second shape (prior non-responders' worth), positive and finite.</param>
    /// <param name="kind">What the prior represents; default <see cref="PriorKind.Informative"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A shape not positive and finite, or an undefined kind.</exception>
    public BetaPrior(double a, double b, PriorKind kind = PriorKind.Informative)
    {
        A = CheckShape(a, nameof(a));
        B = CheckShape(b, nameof(b));
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown prior kind.");
    }

    /// <summary>Jeffreys' prior Beta(1/2, 1/2).</summary>
    public static BetaPrior Jeffreys { get; } = new(0.5, 0.5, PriorKind.Jeffreys);

    /// <summary>Uniform prior Beta(1, 1).</summary>
    public static BetaPrior Uniform { get; } = new(1, 1, PriorKind.Uniform);

    /// <summary>
    /// An informative prior centred on a published response rate and worth a chosen number of subjects:
    /// Beta(rate x n, (1 - rate) x n), mean = rate, a + b = n (its "effective sample size"; Morita, Thall and Müller 2008).
    /// </summary>
    /// <remarks>
    /// The effective sample size says how much the prior counts against the data: with n = 30 the prior weighs as much
    /// as a 30-subject arm. A published rate from a different population (e.g. the Etanercept pivotal trial's ASAS20 at
    /// week 12, Davis et al. 2003, Arthritis Rheum 48:3230) is usually discounted to an n well below the trial's size.
    /// </remarks>
    /// <param name="rate">The prior mean response rate, in (0, 1).</param>
    /// <param name="effectiveSampleSize">a + b, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">Rate outside (0, 1) or a non-positive size.</exception>
    public static BetaPrior FromRate(double rate, double effectiveSampleSize)
    {
        if (!(rate > 0 && rate < 1)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate must lie strictly between 0 and 1.");
        if (!(effectiveSampleSize > 0) || double.IsInfinity(effectiveSampleSize))
            throw new ArgumentOutOfRangeException(nameof(effectiveSampleSize), effectiveSampleSize, "The effective sample size must be positive and finite.");
        return new BetaPrior(rate * effectiveSampleSize, (1 - rate) * effectiveSampleSize, PriorKind.Informative);
    }

    /// <summary>First shape.</summary>
    public double A { get; }
    /// <summary>Second shape.</summary>
    public double B { get; }
    /// <summary>What the prior represents.</summary>
    public PriorKind Kind { get; }
    /// <summary>Prior mean a / (a + b).</summary>
    public double Mean => A / (A + B);
    /// <summary>Effective sample size a + b.</summary>
    public double EffectiveSampleSize => A + B;

    internal static double CheckShape(double value, string name) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "A beta shape must be positive and finite.");
}
