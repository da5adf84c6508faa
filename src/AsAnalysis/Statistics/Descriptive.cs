using MathNet.Numerics.Statistics;
using MnQuantile = MathNet.Numerics.Statistics.QuantileDefinition;

namespace AsAnalysis.Statistics;

/// <summary>
/// Sample quantile definitions, numbered as R's <c>quantile(type = k)</c> (Hyndman and Fan 1996);
/// each member names its SAS <c>QNTLDEF</c> equivalent where one exists. The quartiles and the median of a
/// <see cref="DescriptiveSummary"/> follow the chosen definition (as SAS does with <c>QNTLDEF</c>).
/// </summary>
public enum QuantileDefinition
{
    /// <summary>R type 1, SAS <c>QNTLDEF=3</c>: inverse of the empirical distribution function.</summary>
    RType1 = 1,
    /// <summary>
    /// R type 2, SAS <c>QNTLDEF=5</c> (the SAS default in PROC UNIVARIATE and PROC MEANS): inverse of the empirical
    /// distribution function, averaging at discontinuities. The library default, because clinical tables follow SAS.
    /// </summary>
    RType2 = 2,
    /// <summary>R type 3, SAS <c>QNTLDEF=2</c>: nearest even order statistic.</summary>
    RType3 = 3,
    /// <summary>R type 4, SAS <c>QNTLDEF=1</c>: linear interpolation of the empirical distribution function.</summary>
    RType4 = 4,
    /// <summary>R type 5: piecewise linear with knots at the midpoints (no SAS equivalent).</summary>
    RType5 = 5,
    /// <summary>R type 6, SAS <c>QNTLDEF=4</c> (also Minitab and SPSS): p(n + 1) interpolation.</summary>
    RType6 = 6,
    /// <summary>R type 7, R's default (also Excel <c>PERCENTILE</c>, numpy's default): 1 + p(n - 1) interpolation. No SAS equivalent.</summary>
    RType7 = 7,
    /// <summary>R type 8: approximately median-unbiased, recommended by Hyndman and Fan (no SAS equivalent).</summary>
    RType8 = 8,
    /// <summary>R type 9: approximately unbiased for normal data (no SAS equivalent).</summary>
    RType9 = 9,
}

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
    public QuantileDefinition QuantileDefinition { get; } = Enum.IsDefined(QuantileDefinition)
        ? QuantileDefinition
        : throw new ArgumentOutOfRangeException(nameof(QuantileDefinition), QuantileDefinition, "Unknown quantile definition.");

    /// <summary>Standard error of the mean, SD / sqrt(N) (NaN when <see cref="N"/> &lt; 2).</summary>
    public double StandardError => N < 2 ? double.NaN : StandardDeviation / Math.Sqrt(N);
}

/// <summary>Descriptive statistics (n, mean, SD, median, quartiles, range) as in a clinical summary table.</summary>
public static class Descriptive
{
    /// <summary>The default quantile definition: SAS <c>QNTLDEF=5</c> = R type 2, since clinical tables follow SAS.</summary>
    public const QuantileDefinition DefaultQuantileDefinition = QuantileDefinition.RType2;

    /// <summary>
    /// Summarizes a sample. Mean and SD agree with R <c>mean</c> and <c>sd</c>; median and quartiles with
    /// R <c>quantile(x, c(0.5, 0.25, 0.75), type = k)</c> for the chosen definition. An empty sample gives N = 0 and
    /// NaN everywhere; a single value gives SD (and standard error) NaN, as R's <c>sd</c> gives NA.
    /// </summary>
    /// <param name="values">Non-missing values (callers remove missing values first).</param>
    /// <param name="quantiles">Quantile definition for the median and quartiles; default SAS <c>QNTLDEF=5</c> (R type 2).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantiles"/> is not a defined member.</exception>
    public static DescriptiveSummary Summarize(IEnumerable<double> values, QuantileDefinition quantiles = DefaultQuantileDefinition)
    {
        if (!Enum.IsDefined(quantiles)) throw new ArgumentOutOfRangeException(nameof(quantiles), quantiles, "Unknown quantile definition.");
        var sorted = SampleGuard.FiniteCopy(values, nameof(values));
        Array.Sort(sorted);
        var n = sorted.Length;
        if (n == 0)
        {
            return new DescriptiveSummary(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, quantiles);
        }

        var mnDefinition = quantiles switch
        {
            QuantileDefinition.RType1 => MnQuantile.R1,
            QuantileDefinition.RType2 => MnQuantile.R2,
            QuantileDefinition.RType3 => MnQuantile.R3,
            QuantileDefinition.RType4 => MnQuantile.R4,
            QuantileDefinition.RType5 => MnQuantile.R5,
            QuantileDefinition.RType6 => MnQuantile.R6,
            QuantileDefinition.RType7 => MnQuantile.R7,
            QuantileDefinition.RType8 => MnQuantile.R8,
            _ => MnQuantile.R9,
        };
        return new DescriptiveSummary(
            n,
            Moments.Mean(sorted),
            Math.Sqrt(Moments.Variance(sorted)),
            SortedArrayStatistics.QuantileCustom(sorted, 0.5, mnDefinition),
            SortedArrayStatistics.QuantileCustom(sorted, 0.25, mnDefinition),
            SortedArrayStatistics.QuantileCustom(sorted, 0.75, mnDefinition),
            sorted[0],
            sorted[n - 1],
            quantiles);
    }
}
