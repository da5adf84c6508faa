using System.Globalization;

namespace AsAnalysis.Statistics.Logistic;

/// <summary>Options of <see cref="LogisticRegression.Fit"/>. Defaults are those of R <c>glm(family = binomial)</c>.</summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>The defaults: intercept, no weights, 25 iterations, tolerance 1e-8, 95% intervals.</summary>
    public static LogisticRegressionOptions Default { get; } = new();

    /// <summary>Whether a column of ones named <c>(Intercept)</c> is put before the predictors. Default true.</summary>
    public bool Intercept { get; init; } = true;

    private readonly IReadOnlyList<double>? weights;

    /// <summary>Prior weights, one per observation (R <c>glm(weights = )</c>), finite and non-negative; observations with
    /// weight 0 are left out of the fit and of the counts. Default null (every weight 1).</summary>
    /// <exception cref="ArgumentException">A weight is negative, NaN or infinite.</exception>
    public IReadOnlyList<double>? Weights
    {
        get => weights;
        init
        {
            if (value is not null)
            {
                for (var i = 0; i < value.Count; i++)
                {
                    if (!(double.IsFinite(value[i]) && value[i] >= 0))
                        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Weight {i} is {value[i]}; weights must be finite and non-negative."), nameof(Weights));
                }
                value = ValueList<double>.From(value);
            }
            weights = value;
        }
    }

    private readonly int maxIterations = 25;

    /// <summary>Maximum number of IRLS iterations (R <c>glm.control(maxit = )</c>). Default 25; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int MaxIterations
    {
        get => maxIterations;
        init => maxIterations = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "At least one iteration is needed.");
    }

    private readonly double tolerance = 1e-8;

    /// <summary>Convergence tolerance: IRLS stops when |dev - dev_old| / (|dev| + 0.1) is below it (R <c>glm.control(epsilon = )</c>).
    /// Default 1e-8; must be positive and finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive or not finite.</exception>
    public double Tolerance
    {
        get => tolerance;
        init => tolerance = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "The tolerance must be positive and finite.");
    }

    private readonly double level = 0.95;

    /// <summary>Confidence level of the Wald intervals, in (0, 1). Default 0.95.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public double Level
    {
        get => level;
        init
        {
            ConfidenceInterval.ValidateLevel(value, nameof(Level));
            level = value;
        }
    }
}
