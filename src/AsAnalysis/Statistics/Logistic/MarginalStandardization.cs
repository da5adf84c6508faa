using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace AsAnalysis.Statistics.Logistic;

/// <summary>
/// Covariate-adjusted marginal treatment effect of a two-arm trial with a binary outcome by standardisation
/// (g-computation) over a logistic working model, with the variance of Ge et al. (2011) or Ye et al. (2023).
/// </summary>
/// <remarks>
/// <para>The working model is <c>logit P(Y = 1) = b0 + b1 arm + b' covariates</c> (<see cref="LogisticRegression"/>, arm = 1
/// for treatment). Each subject's response probability is predicted twice, as if treated (p1_i) and as if control (p0_i);
/// the marginal risks are their means theta1 and theta0 over all n subjects (FDA 2023 guidance on covariate adjustment;
/// beeca's <c>predict_counterfactuals</c> and <c>average_predictions</c>).</para>
/// <para><b>Ge</b>: with d_a = (1/n) sum_i p_a,i (1 - p_a,i) x_a,i the gradient of theta_a with respect to the coefficients
/// (x_a,i the design row with the arm set to a), Var(theta) = D V D' with V the coefficients' covariance, model-based by
/// default or the HC0 sandwich (X'WX)^-1 [sum_i (y_i - mu_i)^2 x_i x_i'] (X'WX)^-1 (with R's working residuals and weights, as
/// <c>sandwich::vcovHC(fit, type = "HC0")</c>).</para>
/// <para><b>Ye</b>: with pi_a = n_a / n and sample (co)variances (denominator count - 1), for arm a:
/// n Var(theta_a) = R_a / pi_a + 2 cov_a(Y, p_a) - var(p_a), where cov_a is over the subjects of arm a, var(p_a) over all
/// subjects, and R_a = var_a(Y - p_a) (the paper's form) or var_a(Y) - 2 cov_a(Y, p_a) + var(p_a) (RobinCar's decomposition,
/// the default); n Cov(theta1, theta0) = cov_1(Y, p0) + cov_0(Y, p1) - cov(p1, p0). No stratification adjustment.</para>
/// <para>Contrasts by the delta method: difference theta1 - theta0; log risk ratio with gradient (1/theta1, -1/theta0);
/// log odds ratio with gradient (1/(theta1(1 - theta1)), -1/(theta0(1 - theta0))); Wald intervals and z tests.</para>
/// <para>Validated on beeca's trial01 against our R code (glm + sandwich) and beeca 0.2.0 to 1e-8, against beeca's published
/// Ye variances (0.003706813 and, paper form, 0.006669802) and the SAS <c>%Margins</c> macro's standard error.</para>
/// </remarks>
public static class MarginalStandardization
{
    /// <summary>Name of the arm coefficient in <see cref="MarginalEffectResult.Model"/>.</summary>
    public const string ArmName = "arm";

    /// <summary>Estimates the marginal risks per arm and their difference, ratio and odds ratio with the chosen variance.</summary>
    /// <param name="treated">Arm of each subject (true = treatment, false = control).</param>
    /// <param name="outcome">Response of each subject (true = responder); no missing values: drop (and count) incomplete
    /// subjects before calling.</param>
    /// <param name="covariates">Baseline covariates, one row per subject and one column per covariate (may have no column:
    /// then the risks are the raw proportions); finite values only.</param>
    /// <param name="method">Variance method.</param>
    /// <param name="covariateNames">Covariate names (default <c>x1</c>, <c>x2</c>, ...); <c>arm</c> and <c>(Intercept)</c> are taken.</param>
    /// <param name="options">Level, Ge covariance, Ye form and IRLS settings (default <see cref="MarginalStandardizationOptions.Default"/>).</param>
    /// <returns>The result; NaN risks and contrasts with a <see cref="MarginalEffectResult.Message"/> when an arm is empty
    /// or the working model cannot be estimated (separation, constant or collinear covariate).</returns>
    /// <exception cref="ArgumentNullException">A list or the covariate matrix is null.</exception>
    /// <exception cref="ArgumentException">Lengths differ, a covariate is NaN or infinite, a name is missing or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    public static MarginalEffectResult Estimate(
        IReadOnlyList<bool> treated,
        IReadOnlyList<bool> outcome,
        double[,] covariates,
        MarginalVarianceMethod method,
        IReadOnlyList<string>? covariateNames = null,
        MarginalStandardizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(covariates);
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown variance method.");
        options ??= MarginalStandardizationOptions.Default;
        int n = treated.Count, k = covariates.GetLength(1);
        if (outcome.Count != n) throw new ArgumentException($"{outcome.Count} outcomes for {n} subjects.", nameof(outcome));
        if (covariates.GetLength(0) != n) throw new ArgumentException($"{covariates.GetLength(0)} covariate rows for {n} subjects.", nameof(covariates));
        var covNames = covariateNames?.ToArray() ?? Enumerable.Range(1, k).Select(j => "x" + j.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (covNames.Length != k) throw new ArgumentException($"{covNames.Length} names for {k} covariate columns.", nameof(covariateNames));
        string[] names;
        try
        {
            names = LogisticRegression.BuildNames(new[] { ArmName }.Concat(covNames).ToArray(), k + 1, intercept: true);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message, nameof(covariateNames));
        }

        var design = new double[n][];
        for (int i = 0; i < n; i++)
        {
            var row = new double[k + 2];
            row[0] = 1;
            row[1] = treated[i] ? 1 : 0;
            for (int j = 0; j < k; j++)
            {
                double v = covariates[i, j];
                if (!double.IsFinite(v))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Covariate '{covNames[j]}' of subject {i} is {v}; pass complete cases only."), nameof(covariates));
                row[j + 2] = v;
            }
            design[i] = row;
        }
        var y = outcome.ToArray();
        int n1 = treated.Count(t => t), n0 = n - n1;
        double level = options.Level;

        LogisticRegression.Core fit;
        string message;
        if (n1 == 0 || n0 == 0)
        {
            fit = new LogisticRegression.Core { Status = LogisticFitStatus.RankDeficient, Observations = n, Fitted = Enumerable.Repeat(double.NaN, n).ToArray() };
            message = n == 0 ? "No subject to analyse." : $"The {(n1 == 0 ? "treatment" : "control")} arm has no subject, so no treatment effect can be estimated.";
        }
        else
        {
            fit = LogisticRegression.FitCore(design, y, Enumerable.Repeat(1.0, n).ToArray(), names, intercept: true, options.Model.MaxIterations, options.Model.Tolerance);
            message = fit.HasEstimates ? "" : "The logistic working model could not be estimated: " + fit.Message;
        }
        var model = LogisticRegression.ToResult(fit, names, level);
        if (!fit.HasEstimates) return Undefined(method, model, covNames, n1, n0, options, message);

        // Counterfactual predictions.
        int p = names.Length;
        var p1 = new double[n];
        var p0 = new double[n];
        for (int i = 0; i < n; i++)
        {
            double eta = 0;
            for (int j = 0; j < p; j++) eta += (j == 1 ? 0 : design[i][j]) * fit.Beta[j];
            p0[i] = Expit(eta);
            p1[i] = Expit(eta + fit.Beta[1]);
        }
        double theta1 = p1.Average(), theta0 = p0.Average();

        var (v11, v00, v10) = method == MarginalVarianceMethod.Ge
            ? GeVariance(design, y, fit, p1, p0, options.GeCovariance)
            : YeVariance(treated, y, p1, p0, options.YeForm);

        double z = ProportionMath.TwoSidedZ(level);
        var treatment = Risk(theta1, v11, z, level);
        var control = Risk(theta0, v00, z, level);
        var difference = Contrast(theta1 - theta0, v11 + v00 - 2 * v10, z, level, log: false);
        double g1 = 1 / theta1, g0 = 1 / theta0;
        var ratio = Contrast(Math.Log(theta1 / theta0), g1 * g1 * v11 + g0 * g0 * v00 - 2 * g1 * g0 * v10, z, level, log: true);
        double h1 = 1 / (theta1 * (1 - theta1)), h0 = 1 / (theta0 * (1 - theta0));
        double logOdds = Math.Log(theta1 / (1 - theta1)) - Math.Log(theta0 / (1 - theta0));
        var odds = Contrast(logOdds, h1 * h1 * v11 + h0 * h0 * v00 - 2 * h1 * h0 * v10, z, level, log: true);
        return new MarginalEffectResult(method, model, Array.AsReadOnly(covNames), n1, n0, treatment, control, v10, difference, ratio, odds,
            options.GeCovariance, options.YeForm, "");
    }

    private static double Expit(double eta) => eta >= 0 ? 1.0 / (1.0 + Math.Exp(-eta)) : Math.Exp(eta) / (1.0 + Math.Exp(eta));

    private static (double V11, double V00, double V10) GeVariance(double[][] design, bool[] y, LogisticRegression.Core fit, double[] p1, double[] p0, GeCovariance covariance)
    {
        int n = design.Length, p = fit.Beta.Length;
        var v = fit.Covariance!;
        if (covariance == GeCovariance.Hc0)
        {
            var meat = Matrix<double>.Build.Dense(p, p);
            for (int i = 0; i < n; i++)
            {
                double r = fit.ScoreResiduals[i];
                for (int a = 0; a < p; a++)
                    for (int b = 0; b < p; b++) meat[a, b] += r * r * design[i][a] * design[i][b];
            }
            v = v * meat * v;
        }
        var d1 = Vector<double>.Build.Dense(p);
        var d0 = Vector<double>.Build.Dense(p);
        for (int i = 0; i < n; i++)
        {
            double w1 = p1[i] * (1 - p1[i]) / n, w0 = p0[i] * (1 - p0[i]) / n;
            for (int j = 0; j < p; j++)
            {
                double xj = j == 1 ? 1 : design[i][j];
                double xj0 = j == 1 ? 0 : design[i][j];
                d1[j] += w1 * xj;
                d0[j] += w0 * xj0;
            }
        }
        return (d1 * v * d1, d0 * v * d0, d1 * v * d0);
    }

    private static (double V11, double V00, double V10) YeVariance(IReadOnlyList<bool> treated, bool[] y, double[] p1, double[] p0, YeVarianceForm form)
    {
        int n = y.Length;
        var arm1 = Enumerable.Range(0, n).Where(i => treated[i]).ToArray();
        var arm0 = Enumerable.Range(0, n).Where(i => !treated[i]).ToArray();
        var all = Enumerable.Range(0, n).ToArray();
        double[] yd = y.Select(b => b ? 1.0 : 0.0).ToArray();
        double Diag(int[] arm, double[] pred)
        {
            double pi = (double)arm.Length / n;
            double covYp = Cov(arm, yd, pred);
            double varPred = Cov(all, pred, pred);
            double resid = form == YeVarianceForm.WithinArmResidual
                ? ResidualVariance(arm, yd, pred)
                : Cov(arm, yd, yd) - 2 * covYp + varPred;
            return (resid / pi + 2 * covYp - varPred) / n;
        }
        double off = (Cov(arm1, yd, p0) + Cov(arm0, yd, p1) - Cov(all, p1, p0)) / n;
        return (Diag(arm1, p1), Diag(arm0, p0), off);
    }

    /// <summary>Sample covariance (denominator count - 1) of a and b over the given rows; NaN for fewer than 2 rows.</summary>
    private static double Cov(int[] rows, double[] a, double[] b)
    {
        int m = rows.Length;
        if (m < 2) return double.NaN;
        double ma = 0, mb = 0;
        foreach (int i in rows) { ma += a[i]; mb += b[i]; }
        ma /= m; mb /= m;
        double s = 0;
        foreach (int i in rows) s += (a[i] - ma) * (b[i] - mb);
        return s / (m - 1);
    }

    /// <summary>Sample variance of y - prediction over the given rows.</summary>
    private static double ResidualVariance(int[] rows, double[] y, double[] prediction)
    {
        var residual = new double[y.Length];
        foreach (int i in rows) residual[i] = y[i] - prediction[i];
        return Cov(rows, residual, residual);
    }

    private static MarginalRisk Risk(double theta, double variance, double z, double level)
    {
        double se = variance >= 0 ? Math.Sqrt(variance) : double.NaN;
        var ci = double.IsFinite(theta) && double.IsFinite(se) ? new ConfidenceInterval(theta - z * se, theta + z * se, level) : ConfidenceInterval.Undefined(level);
        return new MarginalRisk(theta, se, ci);
    }

    private static MarginalContrast Contrast(double estimate, double variance, double z, double level, bool log)
    {
        double se = variance >= 0 ? Math.Sqrt(variance) : double.NaN;
        double stat = estimate / se;
        double pv = double.IsNaN(stat) ? double.NaN : 2 * Normal.CDF(0, 1, -Math.Abs(stat));
        ConfidenceInterval ci = double.IsFinite(estimate) && double.IsFinite(se)
            ? (log ? new ConfidenceInterval(Math.Exp(estimate - z * se), Math.Exp(estimate + z * se), level) : new ConfidenceInterval(estimate - z * se, estimate + z * se, level))
            : ConfidenceInterval.Undefined(level);
        return new MarginalContrast(log ? Math.Exp(estimate) : estimate, se, ci, stat, pv);
    }

    private static MarginalEffectResult Undefined(MarginalVarianceMethod method, LogisticRegressionResult model, string[] covNames, int n1, int n0, MarginalStandardizationOptions options, string message)
    {
        var risk = new MarginalRisk(double.NaN, double.NaN, ConfidenceInterval.Undefined(options.Level));
        var contrast = new MarginalContrast(double.NaN, double.NaN, ConfidenceInterval.Undefined(options.Level), double.NaN, double.NaN);
        return new MarginalEffectResult(method, model, Array.AsReadOnly(covNames), n1, n0, risk, risk, double.NaN, contrast, contrast, contrast,
            options.GeCovariance, options.YeForm, message);
    }
}
