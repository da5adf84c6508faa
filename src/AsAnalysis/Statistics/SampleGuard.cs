namespace AsAnalysis.Statistics;

/// <summary>Argument checks shared by the continuous-endpoint statistics.</summary>
internal static class SampleGuard
{
    /// <summary>Copies the values into a new array, rejecting null and non-finite values.</summary>
    /// <param name="values">The sample.</param>
    /// <param name="paramName">Parameter name to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static double[] FiniteCopy(IEnumerable<double> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var copy = values.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
            {
                throw new ArgumentException(
                    $"Value {i} is {copy[i].ToString(System.Globalization.CultureInfo.InvariantCulture)}; pass only non-missing, finite values.",
                    paramName);
            }
        }

        return copy;
    }
}
