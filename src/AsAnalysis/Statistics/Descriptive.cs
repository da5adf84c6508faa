using MathNet.Numerics.Statistics;
using MnQuantile = MathNet.Numerics.Statistics.QuantileDefinition;

namespace AsAnalysis.Statistics;

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
        Guard.Defined(quantiles, nameof(quantiles), "Unknown quantile definition.");
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
