namespace AsAnalysis.Statistics;

/// <summary>A two-sided confidence interval.</summary>
public sealed record ConfidenceInterval
{
    /// <summary>Creates an interval; <paramref name="lower"/> may equal <paramref name="upper"/>; NaN bounds are allowed only together (undefined interval).</summary>
    /// <param name="lower">Lower limit.</param>
    /// <param name="upper">Upper limit.</param>
    /// <param name="level">Confidence level in (0, 1), e.g. 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">Level outside (0, 1) or lower above upper.</exception>
    public ConfidenceInterval(double lower, double upper, double level)
    {
        ValidateLevel(level);
        if (lower > upper) throw new ArgumentOutOfRangeException(nameof(lower), lower, $"Lower limit is above the upper limit {upper}.");
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>Lower limit.</summary>
    public double Lower { get; }
    /// <summary>Upper limit.</summary>
    public double Upper { get; }
    /// <summary>Confidence level in (0, 1).</summary>
    public double Level { get; }

    /// <summary>An undefined interval (both limits NaN) at the given level.</summary>
    /// <param name="level">Confidence level in (0, 1).</param>
    public static ConfidenceInterval Undefined(double level) => new(double.NaN, double.NaN, level);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 &lt; level &lt; 1.</summary>
    /// <param name="level">Confidence level.</param>
    /// <param name="paramName">Parameter name to report.</param>
    public static void ValidateLevel(double level, string paramName = "level") => Guard.Level(level, paramName);
}
