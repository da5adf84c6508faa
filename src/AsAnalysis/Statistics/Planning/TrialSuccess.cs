namespace AsAnalysis.Statistics.Planning;

/// <summary>
/// The definition of success of a future two-arm trial with a responder endpoint: a rule, its one-sided level and,
/// for the interval rule, the interval method and the non-inferiority margin. <see cref="Superiority"/> is the default.
/// </summary>
public sealed record TrialSuccess
{
    private readonly SuccessRule _rule = SuccessRule.CiLowerAboveMargin;
    private readonly DifferenceCiMethod _ciMethod = DifferenceCiMethod.Newcombe;
    private readonly double _alpha = 0.025;
    private readonly double _margin;

    /// <summary>Superiority: the Newcombe 95% interval's lower limit above 0 (one-sided alpha 0.025).</summary>
    public static TrialSuccess Superiority { get; } = new();

    /// <summary>Non-inferiority: the Newcombe 95% interval's lower limit above -margin.</summary>
    /// <param name="margin">The margin, in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">Margin outside (0, 1).</exception>
    public static TrialSuccess NonInferiority(double margin) =>
        margin > 0 && margin < 1 ? new() { Margin = margin } : throw new ArgumentOutOfRangeException(nameof(margin), margin, "A non-inferiority margin lies in (0, 1).");

    /// <summary>The rule; default <see cref="SuccessRule.CiLowerAboveMargin"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined rule.</exception>
    public SuccessRule Rule
    {
        get => _rule;
        init => _rule = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Rule), value, "Unknown success rule.");
    }

    /// <summary>Interval method of <see cref="SuccessRule.CiLowerAboveMargin"/>; default <see cref="DifferenceCiMethod.Newcombe"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined method.</exception>
    public DifferenceCiMethod CiMethod
    {
        get => _ciMethod;
        init => _ciMethod = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(CiMethod), value, "Unknown interval method.");
    }

    /// <summary>One-sided significance level in (0, 0.5); default 0.025. The interval rule uses the two-sided
    /// 1 - 2 alpha interval (95% at 0.025).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 0.5).</exception>
    public double OneSidedAlpha
    {
        get => _alpha;
        init => _alpha = value > 0 && value < 0.5 ? value : throw new ArgumentOutOfRangeException(nameof(OneSidedAlpha), value, "A one-sided alpha lies in (0, 0.5).");
    }

    /// <summary>Non-inferiority margin in [0, 1): success needs the lower limit above -margin; 0 (default) is superiority.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1).</exception>
    public double Margin
    {
        get => _margin;
        init => _margin = value >= 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Margin), value, "A margin lies in [0, 1).");
    }

    /// <summary>Confidence level of the interval rule, 1 - 2 alpha.</summary>
    public double Level => 1 - 2 * OneSidedAlpha;

    /// <summary>Throws unless the combination is usable: Fisher's one-sided test is a superiority test (margin 0).</summary>
    internal void Validate(string paramName)
    {
        if (Rule == SuccessRule.FisherOneSided && Margin != 0)
            throw new ArgumentException("Fisher's one-sided test decides superiority only; use the interval rule for a non-inferiority margin.", paramName);
    }
}
