namespace AsAnalysis.Statistics;

/// <summary>Descriptive statistics of one sample of non-missing values.</summary>
/// <param name="N">Number of values.</param>
/// <param name="Mean">Arithmetic mean (NaN when <paramref name="N"/> is 0).</param>
/// <param name="StandardDeviation">Sample standard deviation with divisor N - 1 (NaN when <paramref name="N"/> &lt; 2).</param>
/// <param name="Median">Median by <paramref name="QuantileDefinition"/> (NaN when <paramref name="N"/> is 0).</param>
/// <param name="FirstQuartile">25th percentile by <paramref name="QuantileDefinition"/> (NaN when <paramref name="N"/> is 0).</param>
/// <param name="ThirdQuartile">75th percentile by <paramref name="QuantileDefinition"/> (NaN when <paramref name="N"/> is 0).</param>
/// <param name="Min">Smallest value (NaN when <paramref name="N"/> is 0).</param>
/// <param name="Max">Largest value (NaN when <paramref name="N"/> is 0).</param>
/// <param name="QuantileDefinition">Definition used for the median and quartiles.</param>
public sealed record DescriptiveSummary(
    int N,
    double Mean,
    double StandardDeviation,
    double Median,
    double FirstQuartile,
    double ThirdQuartile,
    double Min,
    double Max,
    QuantileDefinition QuantileDefinition)
{
    /// <summary>Number of values (never negative).</summary>
    public int N { get; } = N >= 0 ? N : throw new ArgumentOutOfRangeException(nameof(N), N, "A count cannot be negative.");

    /// <summary>Definition used for the median and quartiles (a defined member).</summary>
    public QuantileDefinition QuantileDefinition { get; } = Guard.Defined(QuantileDefinition, nameof(QuantileDefinition), "Unknown quantile definition.");

    /// <summary>Standard error of the mean, SD / sqrt(N) (NaN when <see cref="N"/> &lt; 2).</summary>
    public double StandardError => N < 2 ? double.NaN : StandardDeviation / Math.Sqrt(N);
}
