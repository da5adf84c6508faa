namespace AsAnalysis.Statistics.Logistic;

/// <summary>Codes and labels of <see cref="GeCovariance"/>.</summary>
public static class GeCovarianceNames
{
    /// <summary>snake_case code: <c>model_based</c> or <c>hc0</c>.</summary>
    /// <param name="covariance">The covariance.</param>
    public static string Code(this GeCovariance covariance) => covariance switch
    {
        GeCovariance.ModelBased => "model_based",
        GeCovariance.Hc0 => "hc0",
        _ => throw new ArgumentOutOfRangeException(nameof(covariance), covariance, null),
    };

    /// <summary>Compact label: <c>model-based</c> or <c>HC0</c>.</summary>
    /// <param name="covariance">The covariance.</param>
    public static string ShortLabel(this GeCovariance covariance) => covariance switch
    {
        GeCovariance.ModelBased => "model-based",
        GeCovariance.Hc0 => "HC0",
        _ => throw new ArgumentOutOfRangeException(nameof(covariance), covariance, null),
    };

    /// <summary>Words for footnotes.</summary>
    /// <param name="covariance">The covariance.</param>
    public static string Label(this GeCovariance covariance) => covariance switch
    {
        GeCovariance.ModelBased => "model-based coefficient covariance",
        GeCovariance.Hc0 => "HC0 sandwich coefficient covariance",
        _ => throw new ArgumentOutOfRangeException(nameof(covariance), covariance, null),
    };
}
