using System.Globalization;

namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// Mixed model for repeated measures (MMRM): a linear model for the responses of each subject over the visits with
/// an unstructured (or structured) covariance of a subject's residuals and no random effects, fitted by restricted
/// maximum likelihood (REML), as SAS PROC MIXED with a <c>REPEATED</c> statement and the R package mmrm do.
/// See docs/statistics.md (section MMRM) for the model, algorithm and references.
/// </summary>
public static class Mmrm
{
    /// <summary>
    /// Fits the MMRM by REML with Newton-Raphson on analytic gradient and Hessian (Fisher scoring where the Hessian is
    /// not positive definite, step halving), tries the fallback structures in order when the requested one does not
    /// converge, and computes what inference needs: model-based and Kenward-Roger covariances of the fixed effects and
    /// the asymptotic covariance of the covariance parameters.
    /// </summary>
    /// <param name="data">Long data and model terms.</param>
    /// <param name="options">Options (default <see cref="MmrmOptions.Default"/>).</param>
    /// <returns>
    /// The fit. When no structure converges the result has <see cref="MmrmFit.Converged"/> false, NaN estimates and a
    /// message listing every structure tried and why it failed (no exception: non-convergence is a property of legal
    /// data).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The model cannot be estimated from these data: lists of different lengths, fewer than two visits, a visit or arm
    /// without observations, an arm without subjects at a visit (with arm:visit in the model), a subject with two
    /// records at one visit or in two arms, an unknown visit, an infinite value, no usable record, or a singular design
    /// (the message names the first aliased column and its term).
    /// </exception>
    public static MmrmFit Fit(MmrmData data, MmrmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= MmrmOptions.Default;
        var design = MmrmDesign.Build(data);
        var engine = new RemlEngine(design);
        var start = engine.MomentCovariance();
        var order = new List<CovarianceStructure> { options.Covariance };
        foreach (var s in options.Fallback) if (!order.Contains(s)) order.Add(s);

        var attempts = new List<MmrmAttempt>();
        foreach (var structure in order)
        {
            var r = Optimise(engine, design, structure, start, options);
            if (!r.Converged)
            {
                attempts.Add(new MmrmAttempt(structure, false, r.Iterations, r.Criterion, r.Objective, r.Message));
                continue;
            }
            // Natural (SAS) parametrisation at the optimum: reported parameters, observed information, Kenward-Roger.
            var natural = CovarianceModel.Natural(structure, design.V);
            var thetaNat = natural.FromSigma(r.Evaluation!.Sigma);
            var e = engine.Evaluate(natural, thetaNat, 2);
            var half = e?.Hessian is { } h ? h.Select(x => x / 2).ToArray() : null;
            var w = half is null || !WellConditioned(half, natural.Count) ? null : RemlEngine.InvertSpd(half, natural.Count);
            if (e is null || w is null)
            {
                attempts.Add(new MmrmAttempt(structure, false, r.Iterations, r.Criterion, r.Objective,
                    "the Hessian in SAS's parametrisation is not positive definite at the optimum (a parameter on the boundary)"));
                continue;
            }
            attempts.Add(new MmrmAttempt(structure, true, r.Iterations, r.Criterion, r.Objective, "converged"));
            var wInv = w.Value.Inverse;
            var phiKr = engine.AdjustedCovariance(natural, thetaNat, e, wInv, linear: false);
            var phiKr1 = natural.IsLinear ? phiKr : engine.AdjustedCovariance(natural, thetaNat, e, wInv, linear: true);
            var beta = (double[])e.Beta.Clone();
            beta[0] += design.ResponseShift;
            var names = natural.Names;
            var parameters = Array.AsReadOnly(names.Select((n, k) => new MmrmCovarianceParameter(n, thetaNat[k])).ToArray());
            return new MmrmFit(design, options.Covariance, structure, attempts.AsReadOnly(), r.Iterations, r.Criterion,
                r.Evaluation.Gradient!.Max(Math.Abs), r.Objective, parameters, r.Evaluation.Sigma, beta, e.Phi, phiKr, phiKr1, e.PK!, wInv);
        }
        var nan = (int n) => Enumerable.Repeat(double.NaN, n).ToArray();
        return new MmrmFit(design, options.Covariance, null, attempts.AsReadOnly(), 0, double.NaN, double.NaN, double.NaN, [],
            nan(design.V * design.V), nan(design.P), nan(design.P * design.P), nan(design.P * design.P), nan(design.P * design.P), [], []);
    }

    /// <summary>True when the Hessian, scaled to unit diagonal, is positive definite with every Cholesky pivot above
    /// 1e-10 (a parameter the likelihood does not determine, e.g. the covariance of two visits never observed together,
    /// gives a zero row).</summary>
    private static bool WellConditioned(double[] h, int n)
    {
        var scaled = new double[n * n];
        for (var i = 0; i < n; i++)
            if (!(h[i * n + i] > 0)) return false;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) scaled[i * n + j] = h[i * n + j] / Math.Sqrt(h[i * n + i] * h[j * n + j]);
        if (!RemlEngine.Cholesky(scaled, n)) return false;
        for (var i = 0; i < n; i++) if (!(scaled[i * n + i] * scaled[i * n + i] > 1e-10)) return false;
        return true;
    }

    private sealed record Optimum(bool Converged, int Iterations, double Criterion, double Objective, string Message, RemlEvaluation? Evaluation);

    /// <summary>Newton-Raphson on -2 REML log-likelihood in the unconstrained parametrisation.</summary>
    private static Optimum Optimise(RemlEngine engine, MmrmDesign design, CovarianceStructure structure, double[] start, MmrmOptions options)
    {
        var model = CovarianceModel.Unconstrained(structure, design.V);
        var theta = model.FromSigma(start);
        var e = engine.Evaluate(model, theta, 2);
        if (e is null)
        {
            var diagonal = new double[start.Length];
            for (var a = 0; a < design.V; a++) diagonal[a * design.V + a] = start[a * design.V + a];
            theta = model.FromSigma(diagonal);
            e = engine.Evaluate(model, theta, 2);
            if (e is null) return new Optimum(false, 0, double.NaN, double.NaN, "no valid starting values", null);
        }
        int nt = model.Count;
        var iterations = 0;
        var polished = false;
        var previous = double.PositiveInfinity;
        while (true)
        {
            var f = e.Objective;
            var g = e.Gradient!;
            var (direction, decrement, observed) = NewtonDirection(e, nt);
            var criterion = decrement / Math.Max(Math.Abs(f), 1);
            var done = observed && (criterion <= options.Tolerance || polished);
            // At the rounding floor (no further progress below SAS's default criterion) the fit has converged too.
            if (!done && observed && criterion <= 1e-8 && criterion >= 0.5 * previous) done = true;
            if (done && polished)
                return new Optimum(true, iterations, criterion, f, "converged", e);
            if (iterations >= options.MaxIterations)
                return new Optimum(false, iterations, criterion, f,
                    string.Create(CultureInfo.InvariantCulture, $"no convergence in {iterations} iterations (criterion {criterion:G3})"), e);
            previous = criterion;
            // Line search: the full Newton step near the optimum, otherwise halving until the criterion decreases.
            RemlEvaluation? next = null;
            var step = 1.0;
            var slope = 0.0;
            for (var k = 0; k < nt; k++) slope += g[k] * direction[k];
            for (var tries = 0; tries < 50; tries++, step /= 2)
            {
                var trial = new double[nt];
                for (var k = 0; k < nt; k++) trial[k] = theta[k] + step * direction[k];
                var t = engine.Evaluate(model, trial, 0);
                if (t is null || !double.IsFinite(t.Objective)) continue;
                var close = criterion < 1e-6;
                if ((close && t.Objective <= f + 1e-10 * Math.Abs(f)) || t.Objective <= f + 1e-4 * step * slope)
                {
                    next = t;
                    theta = trial;
                    break;
                }
            }
            if (next is null)
            {
                if (observed && criterion <= 1e-8) return new Optimum(true, iterations, criterion, f, "converged", e);
                return new Optimum(false, iterations, criterion, f,
                    string.Create(CultureInfo.InvariantCulture, $"step halving found no decrease after {iterations} iterations (criterion {criterion:G3})"), e);
            }
            iterations++;
            e = engine.Evaluate(model, theta, 2);
            if (e is null) return new Optimum(false, iterations, double.NaN, double.NaN, "numerical failure", null);
            // After the criterion is met, one more Newton step (quadratic convergence) polishes the estimate.
            if (done) polished = true;
        }
    }

    /// <summary>-H^-1 g with the observed Hessian when positive definite, else the expected one (Fisher scoring), else
    /// the expected one with a ridge; returns the direction, g' H^-1 g and whether the observed Hessian was used.</summary>
    private static (double[] Direction, double Decrement, bool Observed) NewtonDirection(RemlEvaluation e, int nt)
    {
        var g = e.Gradient!;
        foreach (var (matrix, observed) in new[] { (e.Hessian!, true), (e.Expected!, false) })
        {
            var inv = RemlEngine.InvertSpd(matrix, nt);
            if (inv is null) continue;
            return Solve(inv.Value.Inverse, g, nt, observed);
        }
        var ridge = (double[])e.Expected!.Clone();
        var scale = 0.0;
        for (var k = 0; k < nt; k++) scale = Math.Max(scale, Math.Abs(ridge[k * nt + k]));
        for (var lambda = 1e-8 * Math.Max(scale, 1); lambda < 1e12 * Math.Max(scale, 1); lambda *= 10)
        {
            var m = (double[])ridge.Clone();
            for (var k = 0; k < nt; k++) m[k * nt + k] += lambda;
            var inv = RemlEngine.InvertSpd(m, nt);
            if (inv is not null) return Solve(inv.Value.Inverse, g, nt, false);
        }
        var steepest = g.Select(x => -x).ToArray();
        return (steepest, g.Sum(x => x * x), false);
    }

    private static (double[] Direction, double Decrement, bool Observed) Solve(double[] inverse, double[] g, int nt, bool observed)
    {
        var d = new double[nt];
        double dec = 0;
        for (var i = 0; i < nt; i++)
        {
            double s = 0;
            for (var j = 0; j < nt; j++) s += inverse[i * nt + j] * g[j];
            d[i] = -s;
            dec += g[i] * s;
        }
        return (d, dec, observed);
    }
}
