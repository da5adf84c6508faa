namespace AsAnalysis.Statistics.Logistic;

/// <summary>A logistic-regression fit (<see cref="LogisticRegression.Fit"/>): coefficient table, covariance, deviance and
/// the fit's status.</summary>
/// <remarks>
/// <para>When <see cref="Status"/> is <see cref="LogisticFitStatus.Converged"/> or <see cref="LogisticFitStatus.NotConverged"/>
/// every quantity is reported as R <c>glm</c> reports it. Under <see cref="LogisticFitStatus.CompleteSeparation"/> or
/// <see cref="LogisticFitStatus.QuasiCompleteSeparation"/> the maximum-likelihood estimates do not exist: the coefficients,
/// standard errors, tests, intervals, covariance and AIC are NaN (R would print the huge last iterate), while
/// <see cref="Deviance"/>, <see cref="FittedProbabilities"/> and <see cref="Iterations"/> describe the last IRLS iterate
/// (its fitted probabilities of the separated observations are numerically 0 or 1), <see cref="SeparatedObservations"/>
/// counts the observations a separating combination classifies perfectly and <see cref="SeparatingPredictors"/> names the
/// predictors in that combination. Under <see cref="LogisticFitStatus.RankDeficient"/> or
/// <see cref="LogisticFitStatus.NoData"/> nothing is fitted: every number is NaN. <see cref="Message"/> says what happened
/// in words (empty when the fit converged).</para>
/// </remarks>
/// <param name="Status">What the fit achieved.</param>
/// <param name="Coefficients">Coefficient table, one row per design column (intercept first when requested).</param>
/// <param name="Covariance">Covariance matrix of the coefficients (inverse Fisher information, dispersion 1), rows in
/// coefficient order; NaN entries when there are no estimates.</param>
/// <param name="Deviance">Residual deviance -2 log L (R <c>deviance(fit)</c>).</param>
/// <param name="NullDeviance">Deviance of the intercept-only model (of the model with every coefficient 0 when there is
/// no intercept), as R <c>fit$null.deviance</c>.</param>
/// <param name="Aic">Akaike information criterion, deviance + 2 x number of coefficients (R <c>AIC(fit)</c> for a 0/1
/// outcome with integer weights).</param>
/// <param name="Observations">Observations with a positive weight.</param>
/// <param name="ResidualDegreesOfFreedom">Observations minus coefficients.</param>
/// <param name="Iterations">IRLS iterations performed (R <c>fit$iter</c>).</param>
/// <param name="FittedProbabilities">Fitted probability of each observation (input order; NaN for weight-0 rows and
/// when nothing was fitted).</param>
/// <param name="SeparatedObservations">Observations perfectly classified by a separating combination of the predictors
/// (0 when the data are not separated).</param>
/// <param name="SeparatingPredictors">Predictors with a non-zero weight in that combination (empty when not separated).</param>
/// <param name="Message">Plain-language account of a problem; empty when the fit converged.</param>
public sealed record LogisticRegressionResult(
    LogisticFitStatus Status,
    IReadOnlyList<LogisticCoefficient> Coefficients,
    IReadOnlyList<IReadOnlyList<double>> Covariance,
    double Deviance,
    double NullDeviance,
    double Aic,
    int Observations,
    int ResidualDegreesOfFreedom,
    int Iterations,
    IReadOnlyList<double> FittedProbabilities,
    int SeparatedObservations,
    IReadOnlyList<string> SeparatingPredictors,
    string Message)
{
    /// <summary>Coefficient table.</summary>
    public IReadOnlyList<LogisticCoefficient> Coefficients { get; } = Coefficients ?? throw new ArgumentNullException(nameof(Coefficients));
    /// <summary>Covariance matrix of the coefficients.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Covariance { get; } = Covariance ?? throw new ArgumentNullException(nameof(Covariance));
    /// <summary>Fitted probabilities.</summary>
    public IReadOnlyList<double> FittedProbabilities { get; } = FittedProbabilities ?? throw new ArgumentNullException(nameof(FittedProbabilities));
    /// <summary>Predictors of the separating combination.</summary>
    public IReadOnlyList<string> SeparatingPredictors { get; } = SeparatingPredictors ?? throw new ArgumentNullException(nameof(SeparatingPredictors));
    /// <summary>Plain-language account of a problem (empty when converged).</summary>
    public string Message { get; } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary>Whether coefficients were estimated (<see cref="LogisticFitStatus.Converged"/> or <see cref="LogisticFitStatus.NotConverged"/>).</summary>
    public bool HasEstimates => Status is LogisticFitStatus.Converged or LogisticFitStatus.NotConverged;

    /// <summary>Canonical status code (e.g. <c>quasi_complete_separation</c>).</summary>
    public string StatusCode => Status.Code();

    /// <summary>The coefficient row named <paramref name="name"/> (ordinal comparison).</summary>
    /// <param name="name">Predictor name, e.g. <c>(Intercept)</c>.</param>
    /// <exception cref="ArgumentException">No coefficient has that name.</exception>
    public LogisticCoefficient Coefficient(string name) =>
        Coefficients.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"No coefficient named '{name}'.", nameof(name));
}
