using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace AsAnalysis.Statistics;

/// <summary>Analysis of covariance for a continuous change from baseline.</summary>
public static class Ancova
{
    /// <summary>
    /// Fits <c>chg ~ trt + base</c> by least squares (Householder QR) and reports the treatment effect adjusted for
    /// baseline. LS means are the model predictions for each arm at the mean baseline of all subjects, as SAS
    /// <c>LSMEANS</c> and R <c>emmeans</c> compute them; their difference equals the arm coefficient.
    /// </summary>
    /// <remarks>
    /// Undefined results are NaN, never exceptions: with no residual degrees of freedom (3 subjects) the coefficients
    /// and LS means are reported but the standard error, interval, test and residual SD are NaN, as R's
    /// <c>summary.lm</c>. When the model is not of full rank (an empty arm, fewer than 3 subjects, or a baseline that
    /// is constant or constant within each arm, judged as R's QR with tolerance 1e-7) every model quantity is NaN;
    /// R would drop the aliased baseline and report an unadjusted comparison, which is no ANCOVA. A near-perfect fit
    /// gives rounding-level standard errors, as R (which warns "essentially perfect fit"); residuals that are exactly
    /// zero leave the test and interval undefined (NaN).
    /// </remarks>
    /// <param name="treatmentChange">Change from baseline of the treatment subjects.</param>
    /// <param name="treatmentBaseline">Baseline of the treatment subjects, in the same order.</param>
    /// <param name="controlChange">Change from baseline of the control subjects.</param>
    /// <param name="controlBaseline">Baseline of the control subjects, in the same order.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>The adjusted comparison.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite, or a baseline list is not as long as its change list (the parameter named is the baseline).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static AncovaResult ChangeFromBaseline(
        IReadOnlyList<double> treatmentChange,
        IReadOnlyList<double> treatmentBaseline,
        IReadOnlyList<double> controlChange,
        IReadOnlyList<double> controlBaseline,
        double level = 0.95)
    {
        var tc = SampleGuard.FiniteCopy(treatmentChange, nameof(treatmentChange));
        var tb = SampleGuard.FiniteCopy(treatmentBaseline, nameof(treatmentBaseline));
        var cc = SampleGuard.FiniteCopy(controlChange, nameof(controlChange));
        var cb = SampleGuard.FiniteCopy(controlBaseline, nameof(controlBaseline));
        if (tb.Length != tc.Length)
            throw new ArgumentException($"{tb.Length} treatment baselines for {tc.Length} treatment changes.", nameof(treatmentBaseline));
        if (cb.Length != cc.Length)
            throw new ArgumentException($"{cb.Length} control baselines for {cc.Length} control changes.", nameof(controlBaseline));
        ConfidenceInterval.ValidateLevel(level, nameof(level));

        int n1 = tc.Length, n0 = cc.Length, n = n1 + n0;
        const int p = 3;
        if (n1 == 0 || n0 == 0 || n < p) return NotEstimable(n1, n0, level);

        // Design: intercept, arm indicator (treatment = 1), baseline; control is the reference level.
        var x = Matrix<double>.Build.Dense(n, p);
        var y = Vector<double>.Build.Dense(n);
        for (var i = 0; i < n; i++)
        {
            var treated = i < n1;
            x[i, 0] = 1;
            x[i, 1] = treated ? 1 : 0;
            x[i, 2] = treated ? tb[i] : cb[i - n1];
            y[i] = treated ? tc[i] : cc[i - n1];
        }

        var qr = x.QR(QRMethod.Thin);
        var r = qr.R;
        for (var k = 0; k < p; k++)
        {
            // R's dqrdc2 declares a column aliased when its part orthogonal to the earlier columns has less than
            // 1e-7 of its original norm; without pivoting that part's norm is |R[k, k]|.
            if (!(Math.Abs(r[k, k]) >= 1e-7 * x.Column(k).L2Norm())) return NotEstimable(n1, n0, level);
        }

        var beta = qr.Solve(y);
        var df = n - p;
        var meanBaseline = (tb.Sum() + cb.Sum()) / n;
        var controlLs = beta[0] + beta[2] * meanBaseline;
        var treatmentLs = controlLs + beta[1];
        var difference = beta[1];

        var residuals = y - x * beta;
        var sigma = df > 0 ? Math.Sqrt(residuals.DotProduct(residuals) / df) : double.NaN;
        var rInverse = r.Inverse();
        var unscaledVariance = rInverse.Row(1).DotProduct(rInverse.Row(1)); // [(X'X)^-1]_{11} = row 1 of R^-1, squared
        var se = sigma * Math.Sqrt(unscaledVariance);

        if (!(se > 0))
        {
            return new AncovaResult(n1, n0, treatmentLs, controlLs, difference, se, ConfidenceInterval.Undefined(level),
                new TestResult(TestMethod.Ancova, double.NaN, double.NaN, df), beta[2], sigma);
        }

        var t = difference / se;
        var pValue = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var q = StudentT.InvCDF(0, 1, df, 1 - (1 - level) / 2);
        var ci = new ConfidenceInterval(difference - q * se, difference + q * se, level);
        return new AncovaResult(n1, n0, treatmentLs, controlLs, difference, se, ci,
            new TestResult(TestMethod.Ancova, t, pValue, df), beta[2], sigma);
    }

    private static AncovaResult NotEstimable(int n1, int n0, double level) =>
        new(n1, n0, double.NaN, double.NaN, double.NaN, double.NaN, ConfidenceInterval.Undefined(level),
            new TestResult(TestMethod.Ancova, double.NaN, double.NaN), double.NaN, double.NaN);
}
