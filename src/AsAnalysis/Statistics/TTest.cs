using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics;

/// <summary>Two-sample t-tests.</summary>
public static class TTest
{
    /// <summary>
    /// Welch's unequal-variance t-test and confidence interval of mean(treatment) - mean(control), as R
    /// <c>t.test(treatment, control, conf.level = level)</c> (Welch-Satterthwaite degrees of freedom).
    /// </summary>
    /// <remarks>
    /// Where R stops with an error the result is undefined instead of an exception, so a table with a sparse
    /// subgroup still renders: with fewer than two values in an arm (R: "not enough observations") the statistic,
    /// p-value, degrees of freedom and interval are NaN, while the means and the estimate are reported where defined
    /// (NaN for an empty arm). When both arms are (essentially) constant, R's criterion
    /// <c>stderr &lt; 10 eps max(|mean|)</c> ("data are essentially constant"), t is undefined and so are the
    /// p-value, degrees of freedom and interval.
    /// </remarks>
    /// <param name="treatment">Non-missing treatment values.</param>
    /// <param name="control">Non-missing control values.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>The estimate, interval and test (<see cref="TestMethod.WelchT"/>).</returns>
    /// <exception cref="ArgumentNullException">A sample is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static MeanDifferenceEstimate Welch(IReadOnlyList<double> treatment, IReadOnlyList<double> control, double level = 0.95)
    {
        var x = SampleGuard.FiniteCopy(treatment, nameof(treatment));
        var y = SampleGuard.FiniteCopy(control, nameof(control));
        ConfidenceInterval.ValidateLevel(level, nameof(level));

        var nx = x.Length;
        var ny = y.Length;
        var mx = Moments.Mean(x);
        var my = Moments.Mean(y);
        var estimate = mx - my;
        var undefined = new MeanDifferenceEstimate(nx, ny, mx, my, estimate, ConfidenceInterval.Undefined(level),
            new TestResult(TestMethod.WelchT, double.NaN, double.NaN));
        if (nx < 2 || ny < 2) return undefined;

        // Same operations, in the same order, as R 4.2.2 stats:::t.test.default.
        var stderrX = Math.Sqrt(Moments.Variance(x) / nx);
        var stderrY = Math.Sqrt(Moments.Variance(y) / ny);
        var stderr = Math.Sqrt(stderrX * stderrX + stderrY * stderrY);
        if (stderr < 10 * Moments.MachineEpsilon * Math.Max(Math.Abs(mx), Math.Abs(my)) || stderr == 0) return undefined;
        var df = Math.Pow(stderr, 4) / (Math.Pow(stderrX, 4) / (nx - 1) + Math.Pow(stderrY, 4) / (ny - 1));
        var t = estimate / stderr;
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var q = StudentT.InvCDF(0, 1, df, 1 - (1 - level) / 2);
        var ci = new ConfidenceInterval((t - q) * stderr, (t + q) * stderr, level);
        return new MeanDifferenceEstimate(nx, ny, mx, my, estimate, ci, new TestResult(TestMethod.WelchT, t, p, df));
    }
}
