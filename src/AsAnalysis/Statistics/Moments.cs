using MathNet.Numerics.Statistics;

namespace AsAnalysis.Statistics;

/// <summary>Mean and sample variance of finite values.</summary>
internal static class Moments
{
    /// <summary>Machine epsilon 2^-52, R's <c>.Machine$double.eps</c> (not .NET's <see cref="double.Epsilon"/>).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Arithmetic mean (MathNet's running mean, exact for constant samples); NaN for no values.</summary>
    /// <param name="values">Finite values.</param>
    public static double Mean(double[] values) => values.Length == 0 ? double.NaN : ArrayStatistics.Mean(values);

    /// <summary>
    /// Sample variance (divisor n - 1), NaN for fewer than two values. Two-pass about the mean, as R's <c>var</c>:
    /// exactly zero for a constant sample, which MathNet's one-pass <c>ArrayStatistics.Variance</c> does not guarantee
    /// (e.g. ten copies of 0.1).
    /// </summary>
    /// <param name="values">Finite values.</param>
    public static double Variance(double[] values)
    {
        if (values.Length < 2) return double.NaN;
        var mean = ArrayStatistics.Mean(values);
        double sum = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            sum += d * d;
        }

        return sum / (values.Length - 1);
    }
}
