namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>Options of <see cref="ResponderImputation.Run"/>.</summary>
public sealed record ResponderImputationOptions
{
    private readonly int _imputations = 100;
    private readonly ImputationModel _model = ImputationModel.LogisticByArm;
    private readonly double _level = 0.95;
    private readonly double? _completeDataDf;

    /// <summary>100 imputations, seed 2718, logistic model by arm, 95% intervals, complete-data df N - 2.</summary>
    public static ResponderImputationOptions Default { get; } = new();

    /// <summary>M, the number of imputations, 2..100000; default 100 (White, Royston and Wood 2011 suggest at least
    /// 100 times the fraction of missing information).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 2..100000.</exception>
    public int Imputations
    {
        get => _imputations;
        init => _imputations = value is >= 2 and <= 100_000 ? value : throw new ArgumentOutOfRangeException(nameof(Imputations), value, "Between 2 and 100000 imputations.");
    }

    /// <summary>Seed of the random stream (MathNet <c>Xoshiro256StarStar(seed)</c>); default 2718; any value is accepted.
    /// The same seed and data give the same imputations, bit for bit.</summary>
    public int Seed { get; init; } = 2718;

    /// <summary>The imputation model; default <see cref="ImputationModel.LogisticByArm"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public ImputationModel Model
    {
        get => _model;
        init => _model = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Model), value, "Unknown imputation model.");
    }

    /// <summary>Confidence level of the pooled intervals, in (0, 1); default 0.95.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1.</exception>
    public double Level
    {
        get => _level;
        init { ConfidenceInterval.ValidateLevel(value, nameof(Level)); _level = value; }
    }

    /// <summary>
    /// Complete-data degrees of freedom of the between-arm comparisons (mice's <c>dfcom</c>); <c>null</c> (the default)
    /// means N - 2 with N all subjects, the residual degrees of freedom of the regression of the response on arm that
    /// mice reads from a fitted model; +Infinity gives Rubin's (1987) large-sample degrees of freedom. The per-arm rates
    /// use n - 1 of their arm (or +Infinity when this is +Infinity).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive (or NaN).</exception>
    public double? CompleteDataDegreesOfFreedom
    {
        get => _completeDataDf;
        init => _completeDataDf = value is null || value > 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(CompleteDataDegreesOfFreedom), value, "Must be positive or +Infinity.");
    }
}
