namespace AsAnalysis.Statistics.Logistic;

/// <summary>Options of <see cref="MarginalStandardization.Estimate"/>.</summary>
public sealed record MarginalStandardizationOptions
{
    /// <summary>The defaults: 95% intervals, model-based covariance for Ge, RobinCar's decomposition for Ye, glm's IRLS settings.</summary>
    public static MarginalStandardizationOptions Default { get; } = new();

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

    private readonly GeCovariance geCovariance = GeCovariance.ModelBased;

    /// <summary>Coefficient covariance inside the Ge delta method. Default <see cref="GeCovariance.ModelBased"/> (as Ge et al. 2011).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined member.</exception>
    public GeCovariance GeCovariance
    {
        get => geCovariance;
        init => geCovariance = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(GeCovariance), value, "Unknown covariance.");
    }

    private readonly YeVarianceForm yeForm = YeVarianceForm.Decomposed;

    /// <summary>Residual-variance form of the Ye estimator. Default <see cref="YeVarianceForm.Decomposed"/> (RobinCar and beeca's default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined member.</exception>
    public YeVarianceForm YeForm
    {
        get => yeForm;
        init => yeForm = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(YeForm), value, "Unknown form.");
    }

    private readonly LogisticRegressionOptions model = LogisticRegressionOptions.Default;

    /// <summary>IRLS settings of the working model (iterations and tolerance are used; the intercept is always fitted and
    /// weights are not supported here). Default <see cref="LogisticRegressionOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Weights given or the intercept switched off.</exception>
    public LogisticRegressionOptions Model
    {
        get => model;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Model));
            if (value.Weights is not null || !value.Intercept)
                throw new ArgumentException("The working model of standardisation has an intercept and no weights.", nameof(Model));
            model = value;
        }
    }
}
