using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace AsAnalysis.Statistics.Logistic;

/// <summary>
/// Logistic regression of a binary outcome by iteratively reweighted least squares, as R
/// <c>glm(y ~ ..., family = binomial)</c>, with an exact check for separation.
/// </summary>
/// <remarks>
/// <para>IRLS follows R's <c>glm.fit</c> step for step: starting values mu = (w y + 1/2) / (w + 1); in each iteration the
/// working response z = eta + (y - mu) / (mu (1 - mu)) is regressed on the design with weights w mu (1 - mu) (Householder
/// QR); R's clamping of the logistic function at |eta| = 30 is reproduced; the iteration stops when
/// |dev - dev_old| / (|dev| + 0.1) &lt; tolerance (1e-8) or after 25 iterations. The covariance matrix is (X'WX)^-1 with
/// the weights of the last iteration, as <c>summary.glm</c> (dispersion 1); Wald z, two-sided p and intervals as
/// <c>summary.glm</c> and <c>confint.default</c>.</para>
/// <para>Before IRLS the design is checked for full column rank (a column whose part orthogonal to the earlier columns
/// has less than 1e-7 of its norm is aliased, R's <c>lm</c> rule), and the data are checked for complete or quasi-complete
/// separation by the linear program of Konis (2007) (see <see cref="SeparationCheck"/>): a separated fit reports NaN
/// coefficients, not the huge last iterate R prints with its warning "fitted probabilities numerically 0 or 1 occurred".
/// The two kinds are told apart by the iterations: complete separation drives the deviance to 0 (every fitted probability
/// to its outcome), quasi-complete separation leaves a positive deviance; a separating direction that classifies every
/// observation strictly also counts as complete.</para>
/// <para>No exception escapes on legal data: a constant or collinear predictor gives <see cref="LogisticFitStatus.RankDeficient"/>,
/// an outcome with no events (or no non-events) gives <see cref="LogisticFitStatus.CompleteSeparation"/>, and no data gives
/// <see cref="LogisticFitStatus.NoData"/>, each with a message naming the problem.</para>
/// </remarks>
public static class LogisticRegression
{
    /// <summary>Name of the intercept coefficient, as R.</summary>
    public const string InterceptName = "(Intercept)";

    /// <summary>Fits a logistic regression of <paramref name="outcome"/> on the columns of <paramref name="predictors"/>.</summary>
    /// <param name="predictors">Design matrix without the intercept: one row per observation, one column per predictor
    /// (dummy-code factors yourself); may have zero columns (intercept-only model). Values must be finite.</param>
    /// <param name="outcome">Outcome per observation (true = event), as many as the design has rows.</param>
    /// <param name="predictorNames">Names of the predictor columns (default <c>x1</c>, <c>x2</c>, ...).</param>
    /// <param name="options">Intercept, weights, iteration limit, tolerance and level (default <see cref="LogisticRegressionOptions.Default"/>).</param>
    /// <returns>The fit; see <see cref="LogisticRegressionResult"/> for what it holds in each <see cref="LogisticFitStatus"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predictors"/> or <paramref name="outcome"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite; the outcome, names or weights do not match the design
    /// in length; a name is null or repeated; no column at all (no predictor and no intercept).</exception>
    public static LogisticRegressionResult Fit(double[,] predictors, IReadOnlyList<bool> outcome, IReadOnlyList<string>? predictorNames = null, LogisticRegressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predictors);
        ArgumentNullException.ThrowIfNull(outcome);
        options ??= LogisticRegressionOptions.Default;
        int n = predictors.GetLength(0), k = predictors.GetLength(1);
        if (outcome.Count != n) throw new ArgumentException($"{outcome.Count} outcomes for {n} design rows.", nameof(outcome));
        var names = BuildNames(predictorNames, k, options.Intercept);
        var design = new double[n][];
        int offset = options.Intercept ? 1 : 0;
        for (int i = 0; i < n; i++)
        {
            var row = new double[k + offset];
            if (options.Intercept) row[0] = 1.0;
            for (int j = 0; j < k; j++)
            {
                double v = predictors[i, j];
                if (!double.IsFinite(v))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Predictor '{names[j + offset]}' of row {i} is {v}; pass only finite values."), nameof(predictors));
                row[j + offset] = v;
            }
            design[i] = row;
        }
        var weights = Weights(options, n);
        var fit = FitCore(design, outcome.ToArray(), weights, names, options.Intercept, options.MaxIterations, options.Tolerance);
        return ToResult(fit, names, options.Level);
    }

    internal static string[] BuildNames(IReadOnlyList<string>? predictorNames, int k, bool intercept)
    {
        if (k + (intercept ? 1 : 0) == 0) throw new ArgumentException("The model has no column: give predictors or an intercept.", nameof(predictorNames));
        string[] given;
        if (predictorNames is null) given = Enumerable.Range(1, k).Select(j => "x" + j.ToString(CultureInfo.InvariantCulture)).ToArray();
        else
        {
            if (predictorNames.Count != k) throw new ArgumentException($"{predictorNames.Count} names for {k} predictor columns.", nameof(predictorNames));
            given = predictorNames.ToArray();
            if (given.Any(s => s is null)) throw new ArgumentException("A predictor name is null.", nameof(predictorNames));
        }
        var all = intercept ? new[] { InterceptName }.Concat(given).ToArray() : given;
        var dup = all.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"The name '{dup.Key}' is used twice.", nameof(predictorNames));
        return all;
    }

    private static double[] Weights(LogisticRegressionOptions options, int n)
    {
        if (options.Weights is null) return Enumerable.Repeat(1.0, n).ToArray();
        if (options.Weights.Count != n) throw new ArgumentException($"{options.Weights.Count} weights for {n} observations.", nameof(options));
        return options.Weights.ToArray();
    }

    /// <summary>The internal fit: estimates on the design (with the intercept column when there is one).</summary>
    internal sealed class Core
    {
        internal LogisticFitStatus Status { get; init; }
        internal double[] Beta { get; init; } = [];
        internal Matrix<double>? Covariance { get; init; }
        internal double Deviance { get; init; } = double.NaN;
        internal double NullDeviance { get; init; } = double.NaN;
        internal int Observations { get; init; }
        internal int Iterations { get; init; }
        internal double[] Fitted { get; init; } = [];
        /// <summary>sandwich's estimating-function factor per input row: working residual (y - mu) / mu'(eta) at the final
        /// fit times the working weight of the last IRLS iteration (R <c>residuals(fit, "working") * weights(fit, "working")</c>).</summary>
        internal double[] ScoreResiduals { get; init; } = [];
        internal int Separated { get; init; }
        internal string[] SeparatingNames { get; init; } = [];
        internal string Message { get; init; } = "";
        internal bool HasEstimates => Status is LogisticFitStatus.Converged or LogisticFitStatus.NotConverged;
    }

    // R's thresholds in C_logit_linkinv / C_logit_mu_eta.
    private const double Thresh = 30.0;
    private const double Eps = 2.220446049250313e-16;

    private static double LinkInverse(double eta)
    {
        double tmp = eta < -Thresh ? Eps : eta > Thresh ? 1.0 / Eps : Math.Exp(eta);
        return tmp / (1.0 + tmp);
    }

    private static double MuEta(double eta)
    {
        if (eta > Thresh || eta < -Thresh) return Eps;
        double e = Math.Exp(eta);
        double o = 1.0 + e;
        return e / (o * o);
    }

    private static double DevianceTerm(bool y, double mu, double w) => w == 0 ? 0.0 : -2.0 * w * (y ? Math.Log(mu) : Math.Log(1.0 - mu));

    internal static Core FitCore(double[][] design, bool[] y, double[] w, string[] names, bool intercept, int maxIterations, double tolerance)
    {
        int n = design.Length, p = names.Length;
        var used = Enumerable.Range(0, n).Where(i => w[i] > 0).ToArray();
        int m = used.Length;
        var nanFitted = Enumerable.Repeat(double.NaN, n).ToArray();
        if (m == 0)
            return new Core { Status = LogisticFitStatus.NoData, Fitted = nanFitted, Message = "No observation (with a positive weight) to fit." };

        // Rank check on the unweighted design of the used rows.
        if (m < p)
        {
            return new Core
            {
                Status = LogisticFitStatus.RankDeficient, Observations = m, Fitted = nanFitted,
                Message = string.Create(CultureInfo.InvariantCulture, $"{m} observations cannot estimate {p} coefficients."),
            };
        }
        var x = Matrix<double>.Build.Dense(m, p, (r, c) => design[used[r]][c]);
        var rank = x.QR(QRMethod.Thin).R;
        for (int c = 0; c < p; c++)
        {
            if (Math.Abs(rank[c, c]) >= 1e-7 * x.Column(c).L2Norm() && x.Column(c).L2Norm() > 0) continue;
            return new Core { Status = LogisticFitStatus.RankDeficient, Observations = m, Fitted = nanFitted, Message = AliasMessage(x, c, names, intercept) };
        }

        var ys = used.Select(i => y[i]).ToArray();
        var ws = used.Select(i => w[i]).ToArray();
        var sep = SeparationCheck.Find(used.Select(i => design[i]).ToArray(), ys);

        // IRLS as glm.fit.
        var eta = new double[m];
        var mu = new double[m];
        for (int i = 0; i < m; i++)
        {
            double start = (ws[i] * (ys[i] ? 1 : 0) + 0.5) / (ws[i] + 1.0);
            eta[i] = Math.Log(start / (1.0 - start));
            mu[i] = LinkInverse(eta[i]);
        }
        double devOld = 0;
        for (int i = 0; i < m; i++) devOld += DevianceTerm(ys[i], mu[i], ws[i]);
        double dev = devOld;
        Vector<double>? beta = null;
        Matrix<double>? lastR = null;
        var lastWeights = new double[m];
        bool converged = false;
        int iter = 0;
        for (iter = 1; iter <= maxIterations; iter++)
        {
            var rows = new List<int>(m);
            var muEta = new double[m];
            for (int i = 0; i < m; i++)
            {
                muEta[i] = MuEta(eta[i]);
                if (muEta[i] != 0) rows.Add(i);
            }
            var xw = Matrix<double>.Build.Dense(rows.Count, p);
            var zw = Vector<double>.Build.Dense(rows.Count);
            for (int r = 0; r < rows.Count; r++)
            {
                int i = rows[r];
                double variance = mu[i] * (1.0 - mu[i]);
                double z = eta[i] + ((ys[i] ? 1 : 0) - mu[i]) / muEta[i];
                double wt = Math.Sqrt(ws[i] * muEta[i] * muEta[i] / variance);
                lastWeights[i] = wt * wt;
                for (int c = 0; c < p; c++) xw[r, c] = x[i, c] * wt;
                zw[r] = z * wt;
            }
            var qr = xw.QR(QRMethod.Thin);
            var newBeta = qr.Solve(zw);
            lastR = qr.R;
            var previous = beta;
            beta = newBeta;
            Update(x, beta, eta, mu);
            dev = 0;
            for (int i = 0; i < m; i++) dev += DevianceTerm(ys[i], mu[i], ws[i]);
            for (int half = 0; !double.IsFinite(dev) && previous is not null && half < maxIterations; half++)
            {
                beta = (beta + previous) / 2.0;
                Update(x, beta, eta, mu);
                dev = 0;
                for (int i = 0; i < m; i++) dev += DevianceTerm(ys[i], mu[i], ws[i]);
            }
            if (Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < tolerance)
            {
                converged = true;
                break;
            }
            devOld = dev;
        }
        iter = Math.Min(iter, maxIterations);

        double nullDev = NullDeviance(ys, ws, intercept);
        var fitted = (double[])nanFitted.Clone();
        for (int r = 0; r < m; r++) fitted[used[r]] = mu[r];

        if (sep.Separated)
        {
            int strictCount = sep.Strict.Count(s => s);
            bool complete = strictCount == m || mu.Select((v, i) => Math.Abs(v - (ys[i] ? 1 : 0))).All(d => d < 1e-6);
            var involved = names.Where((_, j) => sep.Direction[j] != 0).ToArray();
            return new Core
            {
                Status = complete ? LogisticFitStatus.CompleteSeparation : LogisticFitStatus.QuasiCompleteSeparation,
                Observations = m, Iterations = iter, Deviance = dev, NullDeviance = nullDev, Fitted = fitted,
                Separated = complete ? m : strictCount, SeparatingNames = involved,
                Message = SeparationMessage(complete, complete ? m : strictCount, m, ys, involved, intercept),
            };
        }

        var scoreResiduals = (double[])nanFitted.Clone();
        for (int r = 0; r < m; r++) scoreResiduals[used[r]] = ((ys[r] ? 1 : 0) - mu[r]) / MuEta(eta[r]) * lastWeights[r];
        var rInverse = lastR!.Inverse();
        var covariance = rInverse * rInverse.Transpose();
        return new Core
        {
            Status = converged ? LogisticFitStatus.Converged : LogisticFitStatus.NotConverged,
            Beta = beta!.ToArray(), Covariance = covariance, Deviance = dev, NullDeviance = nullDev, Observations = m,
            Iterations = iter, Fitted = fitted, ScoreResiduals = scoreResiduals,
            Message = converged ? "" : string.Create(CultureInfo.InvariantCulture, $"IRLS did not converge in {maxIterations} iterations; the last iterate is reported."),
        };
    }

    private static void Update(Matrix<double> x, Vector<double> beta, double[] eta, double[] mu)
    {
        var e = x * beta;
        for (int i = 0; i < eta.Length; i++)
        {
            eta[i] = e[i];
            mu[i] = LinkInverse(e[i]);
        }
    }

    private static double NullDeviance(bool[] y, double[] w, bool intercept)
    {
        double mu0;
        if (intercept)
        {
            double sw = 0, swy = 0;
            for (int i = 0; i < y.Length; i++) { sw += w[i]; swy += w[i] * (y[i] ? 1 : 0); }
            mu0 = swy / sw;
        }
        else mu0 = 0.5;
        double dev = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (w[i] == 0) continue;
            // y log(y / mu) with 0 log 0 = 0.
            dev += y[i] ? -2.0 * w[i] * Math.Log(mu0) : -2.0 * w[i] * Math.Log(1.0 - mu0);
        }
        return dev;
    }

    private static string AliasMessage(Matrix<double> x, int c, string[] names, bool intercept)
    {
        var col = x.Column(c);
        bool constant = col.All(v => v == col[0]);
        if (constant && intercept && c > 0)
            return string.Create(CultureInfo.InvariantCulture, $"Predictor '{names[c]}' is constant (every value is {col[0]}), so its effect cannot be told apart from the intercept; drop it from the model.");
        if (constant && col[0] == 0)
            return $"Predictor '{names[c]}' is 0 for every observation; drop it from the model.";
        return c == 0
            ? $"Column '{names[c]}' is zero."
            : $"Predictor '{names[c]}' is a linear combination of the columns before it ({string.Join(", ", names.Take(c))}); the coefficients are not identifiable.";
    }

    private static string SeparationMessage(bool complete, int separated, int m, bool[] y, string[] involved, bool intercept)
    {
        int events = y.Count(v => v);
        if (events == 0 || events == m)
        {
            string what = events == 0 ? "no events" : "only events";
            return string.Create(CultureInfo.InvariantCulture, $"The outcome has {what} ({events} of {m}), so the log odds are infinite and no coefficient has a finite maximum-likelihood estimate.");
        }
        string by = involved.Length == 0 ? "the predictors" : string.Join(", ", involved.Where(s => !(intercept && s == InterceptName)).DefaultIfEmpty(InterceptName));
        return complete
            ? string.Create(CultureInfo.InvariantCulture, $"Complete separation: a combination of {by} predicts the outcome of all {m} observations perfectly, so the maximum-likelihood estimates do not exist (coefficients would diverge); no coefficient is reported.")
            : string.Create(CultureInfo.InvariantCulture, $"Quasi-complete separation: a combination of {by} predicts the outcome of {separated} of {m} observations perfectly, so the maximum-likelihood estimates do not exist (coefficients would diverge); no coefficient is reported.");
    }

    internal static LogisticRegressionResult ToResult(Core fit, string[] names, double level)
    {
        int p = names.Length;
        double z = ProportionMath.TwoSidedZ(level);
        var coefficients = new LogisticCoefficient[p];
        var covariance = new IReadOnlyList<double>[p];
        for (int j = 0; j < p; j++)
        {
            double est = fit.HasEstimates ? fit.Beta[j] : double.NaN;
            double se = fit.HasEstimates ? Math.Sqrt(fit.Covariance![j, j]) : double.NaN;
            double stat = est / se;
            double pv = double.IsNaN(stat) ? double.NaN : 2.0 * Normal.CDF(0, 1, -Math.Abs(stat));
            var ci = double.IsFinite(est) && double.IsFinite(se) ? new ConfidenceInterval(est - z * se, est + z * se, level) : ConfidenceInterval.Undefined(level);
            coefficients[j] = new LogisticCoefficient(names[j], est, se, stat, pv, ci);
            var row = new double[p];
            for (int c = 0; c < p; c++) row[c] = fit.HasEstimates ? fit.Covariance![j, c] : double.NaN;
            covariance[j] = Array.AsReadOnly(row);
        }
        double aic = fit.HasEstimates ? fit.Deviance + 2.0 * p : double.NaN;
        int df = fit.Observations - p;
        return new LogisticRegressionResult(fit.Status, Array.AsReadOnly(coefficients), Array.AsReadOnly(covariance), fit.Deviance, fit.NullDeviance,
            aic, fit.Observations, fit.Status is LogisticFitStatus.NoData ? 0 : df, fit.Iterations, Array.AsReadOnly(fit.Fitted), fit.Separated,
            Array.AsReadOnly(fit.SeparatingNames), fit.Message);
    }
}
