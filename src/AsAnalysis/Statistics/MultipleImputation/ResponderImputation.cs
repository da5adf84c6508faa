using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>
/// Multiple imputation of a missing binary response under missing at random given arm and baseline covariates, by
/// logistic regression (van Buuren 2018, section 3.6; mice's <c>logreg</c> method), analysed per completed dataset and
/// combined by Rubin's rules.
/// </summary>
/// <remarks>
/// <para><b>Imputation model.</b> <see cref="ImputationModel.LogisticByArm"/> (default): in each arm with a missing
/// response, a logistic regression of the observed responses on the baseline covariates; <see cref="ImputationModel.Logistic"/>:
/// one regression on an arm indicator and the covariates. Predictors are centred and scaled by their mean and SD among
/// the subjects the model is fitted to (this changes the parametrisation, not the model); a predictor that is constant
/// there, or a linear combination of earlier ones, is left out of that model (as R's <c>glm</c> reports NA for it).
/// To keep the estimate finite under complete or quasi-complete separation (likely with about 25 observed responses
/// per arm), the fit adds the pseudo-observations of White, Daniel and Royston (2010), as mice does: for each of the p
/// predictors, four records with that predictor at its mean plus or minus half its SD (kept within its observed range)
/// and the others at their means, two with response 1 and two with response 0, each of weight (p + 1) / (4p), so
/// p + 1 records' worth of information in all. With no predictor the pseudo-data are half a responder and half a
/// non-responder (mice adds none then; an arm whose observed subjects all respond would have no finite estimate). The
/// weighted maximum-likelihood fit is by Newton-Raphson (an internal routine, to be replaced by the library's public
/// logistic regression).</para>
/// <para><b>Proper imputation.</b> For imputation m = 1..M the coefficients are drawn from their approximate
/// posterior, beta* = beta-hat + R^-1 z with R'R the information matrix at beta-hat and z standard normal (so beta* is
/// normal with the inverse information as covariance, as mice's <c>logreg</c>); each missing subject is then a
/// responder when a uniform draw u satisfies u &lt; 1 / (1 + exp(-x'beta*)).</para>
/// <para><b>Random stream.</b> One MathNet <see cref="Xoshiro256StarStar"/> seeded with <see cref="ResponderImputationOptions.Seed"/>
/// (not thread safe; uniforms from its <c>NextDouble</c>, 53 random bits in [0, 1)); a standard normal is
/// Phi^-1(u) of one uniform (MathNet <see cref="Normal.InvCDF"/>; a uniform of exactly 0 is skipped). Order of draws, for
/// m = 1..M: the coefficient normals of the treatment model then of the control model (<see cref="ImputationModel.LogisticByArm"/>,
/// an arm with no missing response has no model and draws nothing) or of the single model, intercept first; then one
/// uniform per missing subject in input order. Same seed and input, same imputations, bit for bit.</para>
/// <para><b>Analysis and pooling.</b> Each completed dataset gives the rate per arm (variance p(1 - p)/n), the rate
/// difference (normal approximation with the unpooled Wald variance pT(1 - pT)/nT + pC(1 - pC)/nC), the log risk ratio
/// (variance 1/xT - 1/nT + 1/xC - 1/nC) and the log odds ratio (Woolf, 1/a + 1/b + 1/c + 1/d). Rubin's rules
/// (<see cref="RubinsRules.Pool"/>) combine the difference on its own scale (it is a mean-like quantity whose
/// complete-data estimate is approximately normal) and the ratios on the log scale, where normality holds and
/// Rubin's rules apply; they are transformed back afterwards. A ratio is undefined (NaN) when a completed table has a
/// zero cell its log variance needs.</para>
/// </remarks>
public static class ResponderImputation
{
    /// <summary>Imputes the missing responses M times and combines the analyses.</summary>
    /// <param name="subjects">The subjects of both arms (at least one); every subject has the same number of covariates.</param>
    /// <param name="options">M, seed, model, level and complete-data df; default <see cref="ResponderImputationOptions.Default"/>.</param>
    /// <returns>The completed tables and the pooled results. When an arm has no subject, or an arm with a missing response
    /// has no observed response to fit its model (or, for the single model, nobody has one), the result is undefined:
    /// no completed table and every pooled value NaN.</returns>
    /// <exception cref="ArgumentNullException">A null list or subject.</exception>
    /// <exception cref="ArgumentException">No subject, or subjects with different numbers of covariates.</exception>
    public static ResponderImputationResult Run(IReadOnlyList<ImputationSubject> subjects, ResponderImputationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        options ??= ResponderImputationOptions.Default;
        if (subjects.Count == 0) throw new ArgumentException("No subject.", nameof(subjects));
        for (int i = 0; i < subjects.Count; i++)
            if (subjects[i] is null) throw new ArgumentNullException(nameof(subjects), $"Subject {i} is null.");
        int covariates = subjects[0].Covariates.Count;
        for (int i = 1; i < subjects.Count; i++)
            if (subjects[i].Covariates.Count != covariates)
                throw new ArgumentException($"Subject {i} has {subjects[i].Covariates.Count} covariates, subject 0 has {covariates}.", nameof(subjects));

        var all = subjects.ToArray();
        int nT = all.Count(s => s.Treatment), nC = all.Length - nT;
        int mT = all.Count(s => s.Treatment && s.Responder is null), mC = all.Count(s => !s.Treatment && s.Responder is null);
        int observedT = all.Count(s => s.Treatment && s.Responder == true), observedC = all.Count(s => !s.Treatment && s.Responder == true);
        if (nT == 0 || nC == 0) return Undefined(options, nT, mT, nC, mC);

        // The models: [treatment, control] by arm (null for an arm with nothing to impute), or one shared model.
        ArmModel? modelT = null, modelC = null;
        if (options.Model == ImputationModel.LogisticByArm)
        {
            if (mT > 0)
            {
                if (mT == nT) return Undefined(options, nT, mT, nC, mC);
                modelT = ArmModel.Fit(all.Where(s => s.Treatment && s.Responder is not null).ToArray(), withArm: false);
            }
            if (mC > 0)
            {
                if (mC == nC) return Undefined(options, nT, mT, nC, mC);
                modelC = ArmModel.Fit(all.Where(s => !s.Treatment && s.Responder is not null).ToArray(), withArm: false);
            }
        }
        else if (mT + mC > 0)
        {
            if (mT + mC == all.Length) return Undefined(options, nT, mT, nC, mC);
            modelT = modelC = ArmModel.Fit(all.Where(s => s.Responder is not null).ToArray(), withArm: true);
        }

        var random = new Xoshiro256StarStar(options.Seed, threadSafe: false);
        int m = options.Imputations;
        var tables = new TwoByTwoTable[m];
        for (int imputation = 0; imputation < m; imputation++)
        {
            double[]? betaT = modelT?.Draw(random);
            double[]? betaC = options.Model == ImputationModel.Logistic ? betaT : modelC?.Draw(random);
            int xT = observedT, xC = observedC;
            foreach (var s in all)
            {
                if (s.Responder is not null) continue;
                var model = s.Treatment ? modelT! : modelC!;
                double probability = model.Probability(s, s.Treatment ? betaT! : betaC!);
                if (random.NextDouble() < probability)
                {
                    if (s.Treatment) xT++; else xC++;
                }
            }
            tables[imputation] = new TwoByTwoTable(xT, nT, xC, nC);
        }
        return Analyse(options, tables, mT, mC);
    }

    /// <summary>Analyses completed tables (same arm totals) and pools them (also used by the tests with fixed tables).</summary>
    internal static ResponderImputationResult Analyse(ResponderImputationOptions options, TwoByTwoTable[] tables, int mT, int mC)
    {
        int m = tables.Length, nT = tables[0].TreatmentTotal, nC = tables[0].ControlTotal;
        double level = options.Level;
        double dfBetween = options.CompleteDataDegreesOfFreedom ?? Math.Max(1, nT + nC - 2);
        double dfT = double.IsPositiveInfinity(dfBetween) ? dfBetween : Math.Max(1, nT - 1);
        double dfC = double.IsPositiveInfinity(dfBetween) ? dfBetween : Math.Max(1, nC - 1);

        var rateT = new double[m]; var varT = new double[m];
        var rateC = new double[m]; var varC = new double[m];
        var diff = new double[m]; var varDiff = new double[m];
        var logRr = new double[m]; var varRr = new double[m];
        var logOr = new double[m]; var varOr = new double[m];
        for (int i = 0; i < m; i++)
        {
            var t = tables[i];
            double pT = t.TreatmentProportion, pC = t.ControlProportion;
            rateT[i] = pT; varT[i] = pT * (1 - pT) / nT;
            rateC[i] = pC; varC[i] = pC * (1 - pC) / nC;
            diff[i] = pT - pC; varDiff[i] = varT[i] + varC[i];
            double a = t.TreatmentEvents, b = t.TreatmentNonEvents, c = t.ControlEvents, d = t.ControlNonEvents;
            if (a > 0 && c > 0)
            {
                logRr[i] = Math.Log(a / nT) - Math.Log(c / nC);
                varRr[i] = 1 / a - 1.0 / nT + 1 / c - 1.0 / nC;
            }
            else { logRr[i] = double.NaN; varRr[i] = double.NaN; }
            if (a > 0 && b > 0 && c > 0 && d > 0)
            {
                logOr[i] = Math.Log(a) + Math.Log(d) - Math.Log(b) - Math.Log(c);
                varOr[i] = 1 / a + 1 / b + 1 / c + 1 / d;
            }
            else { logOr[i] = double.NaN; varOr[i] = double.NaN; }
        }
        return new ResponderImputationResult(options, nT, mT, nC, mC, Array.AsReadOnly(tables),
            RubinsRules.Pool(rateT, varT, dfT, level),
            RubinsRules.Pool(rateC, varC, dfC, level),
            RubinsRules.Pool(diff, varDiff, dfBetween, level),
            Ratio(RubinsRules.Pool(logRr, varRr, dfBetween, level)),
            Ratio(RubinsRules.Pool(logOr, varOr, dfBetween, level)));
    }

    /// <summary>exp of a pooled log ratio and its limits.</summary>
    internal static PooledRatio Ratio(RubinPooled log) =>
        new(Math.Exp(log.Estimate), double.IsNaN(log.Ci.Lower) ? ConfidenceInterval.Undefined(log.Ci.Level)
            : new ConfidenceInterval(Math.Exp(log.Ci.Lower), Math.Exp(log.Ci.Upper), log.Ci.Level), log);

    private static ResponderImputationResult Undefined(ResponderImputationOptions options, int nT, int mT, int nC, int mC)
    {
        var nan = new double[options.Imputations];
        Array.Fill(nan, double.NaN);
        var pooled = RubinsRules.Pool(nan, nan, double.PositiveInfinity, options.Level);
        return new ResponderImputationResult(options, nT, mT, nC, mC, Array.Empty<TwoByTwoTable>(), pooled, pooled, pooled, Ratio(pooled), Ratio(pooled));
    }

    /// <summary>A fitted imputation model: standardisation, kept predictors, estimate and information factor.</summary>
    private sealed class ArmModel
    {
        private readonly bool _withArm;
        private readonly double[] _mean, _scale;
        private readonly int[] _kept;           // predictor indices kept (0-based, excluding the intercept)
        private readonly double[] _estimate;    // intercept, then the kept predictors
        private readonly double[,] _factor;     // R with R'R = information

        private ArmModel(bool withArm, double[] mean, double[] scale, int[] kept, double[] estimate, double[,] factor)
        {
            _withArm = withArm;
            _mean = mean;
            _scale = scale;
            _kept = kept;
            _estimate = estimate;
            _factor = factor;
        }

        /// <summary>Raw predictors of a subject: the arm indicator (shared model only), then the covariates.</summary>
        private static double[] Predictors(ImputationSubject s, bool withArm)
        {
            int offset = withArm ? 1 : 0;
            var v = new double[offset + s.Covariates.Count];
            if (withArm) v[0] = s.Treatment ? 1 : 0;
            for (int i = 0; i < s.Covariates.Count; i++) v[offset + i] = s.Covariates[i];
            return v;
        }

        public static ArmModel Fit(ImputationSubject[] observed, bool withArm)
        {
            var raw = observed.Select(s => Predictors(s, withArm)).ToArray();
            int q = raw[0].Length, n = raw.Length;
            var mean = new double[q];
            var scale = new double[q];
            for (int c = 0; c < q; c++)
            {
                double mu = 0;
                for (int i = 0; i < n; i++) mu += raw[i][c];
                mu /= n;
                double ss = 0;
                for (int i = 0; i < n; i++) ss += (raw[i][c] - mu) * (raw[i][c] - mu);
                mean[c] = mu;
                scale[c] = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
            }
            double Standard(double value, int c) => scale[c] > 0 ? (value - mean[c]) / scale[c] : 0;

            // Design with intercept; keep independent columns (the intercept always comes first and stays).
            var design = raw.Select(r => new double[] { 1 }.Concat(r.Select(Standard)).ToArray()).ToArray();
            int[] columns = LogisticIrls.IndependentColumns(design);
            int[] kept = columns.Where(c => c > 0).Select(c => c - 1).ToArray();
            int p = kept.Length;

            var rows = new List<double[]>();
            var y = new List<double>();
            var w = new List<double>();
            foreach (var (r, s) in design.Zip(observed))
            {
                rows.Add(columns.Select(c => r[c]).ToArray());
                y.Add(s.Responder == true ? 1 : 0);
                w.Add(1);
            }
            // Pseudo-observations (White, Daniel and Royston 2010).
            if (p == 0)
            {
                rows.Add([1]); y.Add(1); w.Add(0.5);
                rows.Add([1]); y.Add(0); w.Add(0.5);
            }
            else
            {
                double weight = (p + 1.0) / (4.0 * p);
                for (int a = 0; a < p; a++)
                {
                    double min = design.Min(r => r[kept[a] + 1]), max = design.Max(r => r[kept[a] + 1]);
                    foreach (double response in new[] { 1.0, 0.0 })
                        foreach (double offset in new[] { 0.5, -0.5 })
                        {
                            var row = new double[p + 1];
                            row[0] = 1;
                            row[a + 1] = Math.Clamp(offset, min, max);
                            rows.Add(row); y.Add(response); w.Add(weight);
                        }
                }
            }
            var fit = LogisticIrls.Estimate(rows.ToArray(), y.ToArray(), w.ToArray());
            return new ArmModel(withArm, mean, scale, kept, fit.Coefficients, fit.InformationCholesky);
        }

        /// <summary>beta* = beta-hat + R^-1 z, z standard normal (intercept first).</summary>
        public double[] Draw(Xoshiro256StarStar random)
        {
            var z = new double[_estimate.Length];
            for (int i = 0; i < z.Length; i++) z[i] = StandardNormal(random);
            LogisticIrls.BackSubstitute(_factor, z);
            for (int i = 0; i < z.Length; i++) z[i] += _estimate[i];
            return z;
        }

        public double Probability(ImputationSubject s, double[] beta)
        {
            var raw = Predictors(s, _withArm);
            double eta = beta[0];
            for (int a = 0; a < _kept.Length; a++)
            {
                int c = _kept[a];
                eta += beta[a + 1] * ((raw[c] - _mean[c]) / _scale[c]);
            }
            return LogisticIrls.Expit(eta);
        }

        private static double StandardNormal(Xoshiro256StarStar random)
        {
            double u;
            do u = random.NextDouble(); while (u == 0);
            return Normal.InvCDF(0, 1, u);
        }
    }
}
