using MathNet.Numerics.LinearAlgebra;

namespace AsAnalysis.Statistics.MixedModels;

/// <summary>The REML criterion at one covariance parameter vector, with what its derivatives needed.</summary>
internal sealed class RemlEvaluation
{
    /// <summary>-2 REML log-likelihood, with the constant (N - p) log(2 pi) (SAS "-2 Res Log Likelihood").</summary>
    public double Objective;
    /// <summary>Fixed effects (for the centred response).</summary>
    public double[] Beta = [];
    /// <summary>(X' V^-1 X)^-1, row-major P x P.</summary>
    public double[] Phi = [];
    /// <summary>The V x V covariance matrix.</summary>
    public double[] Sigma = [];
    /// <summary>Gradient of the objective (order &gt;= 1).</summary>
    public double[]? Gradient;
    /// <summary>Observed Hessian of the objective, row-major (order 2).</summary>
    public double[]? Hessian;
    /// <summary>Expected Hessian (REML information times 2), row-major (order 2).</summary>
    public double[]? Expected;
    /// <summary>X' V^-1 (dV/dtheta_k) V^-1 X for each k (order 2); d Phi / d theta_k = Phi P_k Phi.</summary>
    public double[][]? PK;
}

/// <summary>
/// REML criterion, gradient and Hessian of an MMRM from the pattern sums of <see cref="MmrmDesign"/>.
/// With P = V^-1 - V^-1 X Phi X' V^-1 (V block diagonal over subjects), the objective is
/// log|V| + log|X'V^-1X| + y'Py + (N - p) log 2pi, its gradient tr(P V_k) - y'P V_k P y, and its Hessian
/// tr(P V_kl) - tr(P V_k P V_l) + 2 y'P V_k P V_l P y - y'P V_kl P y; every trace reduces to per-pattern M x M matrices.
/// </summary>
internal sealed class RemlEngine(MmrmDesign design)
{
    private readonly MmrmDesign _d = design;
    private static readonly double Log2Pi = Math.Log(2 * Math.PI);

    private sealed class PatternWork
    {
        public double[] Sinv = [];
        public double LogDet;
    }

    private static double[] Sub(double[] full, int v, int[] idx)
    {
        var m = idx.Length;
        var r = new double[m * m];
        for (var i = 0; i < m; i++)
            for (var j = 0; j < m; j++) r[i * m + j] = full[idx[i] * v + idx[j]];
        return r;
    }

    /// <summary>Cholesky of a symmetric matrix (row-major), lower factor in place; false unless positive definite.</summary>
    internal static bool Cholesky(double[] a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var d = a[j * n + j];
            for (var k = 0; k < j; k++) d -= a[j * n + k] * a[j * n + k];
            if (!(d > 0) || !double.IsFinite(d)) return false;
            var l = Math.Sqrt(d);
            a[j * n + j] = l;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[i * n + j];
                for (var k = 0; k < j; k++) s -= a[i * n + k] * a[j * n + k];
                a[i * n + j] = s / l;
            }
            for (var i = 0; i < j; i++) a[i * n + j] = 0;
        }
        return true;
    }

    /// <summary>Inverse of a symmetric positive definite matrix and its log-determinant; null unless positive definite.</summary>
    internal static (double[] Inverse, double LogDet)? InvertSpd(double[] a, int n)
    {
        var l = (double[])a.Clone();
        if (!Cholesky(l, n)) return null;
        double logDet = 0;
        for (var i = 0; i < n; i++) logDet += 2 * Math.Log(l[i * n + i]);
        // inv(L) by forward substitution, then inv(A) = inv(L)' inv(L).
        var li = new double[n * n];
        for (var c = 0; c < n; c++)
        {
            li[c * n + c] = 1 / l[c * n + c];
            for (var i = c + 1; i < n; i++)
            {
                double s = 0;
                for (var k = c; k < i; k++) s -= l[i * n + k] * li[k * n + c];
                li[i * n + c] = s / l[i * n + i];
            }
        }
        var inv = new double[n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j <= i; j++)
            {
                double s = 0;
                for (var k = i; k < n; k++) s += li[k * n + i] * li[k * n + j];
                inv[i * n + j] = s;
                inv[j * n + i] = s;
            }
        return (inv, logDet);
    }

    internal static double[] Mul(double[] a, double[] b, int n)
    {
        var r = new double[n * n];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < n; k++)
            {
                var x = a[i * n + k];
                if (x == 0) continue;
                for (var j = 0; j < n; j++) r[i * n + j] += x * b[k * n + j];
            }
        return r;
    }

    /// <summary>tr(A B) for n x n matrices.</summary>
    internal static double TraceProduct(double[] a, double[] b, int n)
    {
        double s = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) s += a[i * n + j] * b[j * n + i];
        return s;
    }

    /// <summary>Evaluates the criterion (order 0), its gradient (1), Hessians and the P_k (2); null when a covariance
    /// block or X'V^-1X is not positive definite.</summary>
    public RemlEvaluation? Evaluate(CovarianceModel model, double[] theta, int order)
    {
        int v = _d.V, p = _d.P, q = _d.Q, nt = model.Count;
        var sigma = new double[v * v];
        double[][]? d1 = null, d2 = null;
        if (order >= 1) (d1, d2) = model.AllocateDerivatives();
        model.Evaluate(theta, sigma, d1, order >= 2 ? d2 : null);
        foreach (var x in sigma) if (!double.IsFinite(x)) return null;

        var work = new PatternWork[_d.Patterns.Length];
        var g = new double[q * q];
        double logDetV = 0;
        var nObs = 0;
        for (var t = 0; t < work.Length; t++)
        {
            var pat = _d.Patterns[t];
            var inv = InvertSpd(Sub(sigma, v, pat.Visits), pat.M);
            if (inv is null) return null;
            work[t] = new PatternWork { Sinv = inv.Value.Inverse, LogDet = inv.Value.LogDet };
            logDetV += pat.Count * inv.Value.LogDet;
            nObs += pat.Count * pat.M;
            pat.Contract(work[t].Sinv, g);
        }
        var xvx = new double[p * p];
        var xvy = new double[p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++) xvx[i * p + j] = g[i * q + j];
            xvy[i] = g[i * q + p];
        }
        var phiInv = InvertSpd(xvx, p);
        if (phiInv is null) return null;
        var phi = phiInv.Value.Inverse;
        var beta = new double[p];
        for (var i = 0; i < p; i++)
        {
            double s = 0;
            for (var j = 0; j < p; j++) s += phi[i * p + j] * xvy[j];
            beta[i] = s;
        }
        var rvr = g[p * q + p];
        for (var i = 0; i < p; i++) rvr -= beta[i] * xvy[i];
        var e = new RemlEvaluation
        {
            Objective = logDetV + phiInv.Value.LogDet + rvr + (nObs - p) * Log2Pi,
            Beta = beta,
            Phi = phi,
            Sigma = sigma,
        };
        if (order == 0) return e;

        // B = Phi (padded) + gamma gamma', gamma = (-beta, 1): reverse contraction gives F + S per pattern, where
        // F_ab = sum_i x_ib' Phi x_ia and S_ab = sum_i r_ia r_ib.
        var bfs = new double[q * q];
        var bf = new double[q * q];
        var gamma = new double[q];
        for (var i = 0; i < p; i++) gamma[i] = -beta[i];
        gamma[p] = 1;
        for (var i = 0; i < q; i++)
            for (var j = 0; j < q; j++)
            {
                var ph = i < p && j < p ? phi[i * p + j] : 0;
                bf[i * q + j] = ph;
                bfs[i * q + j] = ph + gamma[i] * gamma[j];
            }
        var dFull = new double[v * v];
        var fs = new double[work.Length][];
        var ff = new double[work.Length][];
        for (var t = 0; t < work.Length; t++)
        {
            var pat = _d.Patterns[t];
            int m = pat.M;
            fs[t] = new double[m * m];
            pat.ReverseContract(bfs, fs[t]);
            var sinv = work[t].Sinv;
            var inner = Mul(Mul(sinv, fs[t], m), sinv, m);
            for (var a = 0; a < m; a++)
                for (var b = 0; b < m; b++)
                    dFull[pat.Visits[a] * v + pat.Visits[b]] += pat.Count * sinv[a * m + b] - inner[a * m + b];
            if (order >= 2)
            {
                ff[t] = new double[m * m];
                pat.ReverseContract(bf, ff[t]);
            }
        }
        var grad = new double[nt];
        for (var k = 0; k < nt; k++)
        {
            double s = 0;
            var dk = d1![k];
            for (var u = 0; u < dk.Length; u++) s += dk[u] * dFull[u];
            grad[k] = s;
        }
        e.Gradient = grad;
        if (order == 1) return e;

        var hess = new double[nt * nt];
        var expected = new double[nt * nt];
        var gk = new double[nt][];
        for (var k = 0; k < nt; k++) gk[k] = new double[q * q];
        for (var t = 0; t < work.Length; t++)
        {
            var pat = _d.Patterns[t];
            int m = pat.M, n = pat.Count;
            var sinv = work[t].Sinv;
            var ek = new double[nt][];
            for (var k = 0; k < nt; k++)
            {
                ek[k] = Mul(sinv, Sub(d1![k], v, pat.Visits), m);
                pat.Contract(Mul(ek[k], sinv, m), gk[k]);
            }
            // W = -n I + 2 Sinv (F + S) (observed), U = n I - 2 Sinv F (expected).
            var wObs = Mul(sinv, fs[t], m);
            var uExp = Mul(sinv, ff[t], m);
            for (var u = 0; u < m * m; u++) { wObs[u] *= 2; uExp[u] *= -2; }
            for (var a = 0; a < m; a++) { wObs[a * m + a] -= n; uExp[a * m + a] += n; }
            for (var l = 0; l < nt; l++)
            {
                var elw = Mul(ek[l], wObs, m);
                var elu = Mul(ek[l], uExp, m);
                for (var k = 0; k <= l; k++)
                {
                    hess[k * nt + l] += TraceProduct(ek[k], elw, m);
                    expected[k * nt + l] += TraceProduct(ek[k], elu, m);
                }
            }
        }
        var pk = new double[nt][];
        var bk = new double[nt][];
        var phiPk = new double[nt][];
        for (var k = 0; k < nt; k++)
        {
            pk[k] = new double[p * p];
            bk[k] = new double[p];
            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < p; j++) pk[k][i * p + j] = gk[k][i * q + j];
                bk[k][i] = gk[k][i * q + p];
            }
            for (var i = 0; i < p; i++)
                for (var j = 0; j < p; j++) bk[k][i] -= pk[k][i * p + j] * beta[j];
            phiPk[k] = Mul(phi, pk[k], p);
        }
        for (var l = 0; l < nt; l++)
        {
            var phib = new double[p];
            for (var i = 0; i < p; i++)
            {
                double s = 0;
                for (var j = 0; j < p; j++) s += phi[i * p + j] * bk[l][j];
                phib[i] = s;
            }
            for (var k = 0; k <= l; k++)
            {
                var tr = TraceProduct(phiPk[k], phiPk[l], p);
                double bb = 0;
                for (var i = 0; i < p; i++) bb += bk[k][i] * phib[i];
                double second = 0;
                var d2kl = d2![model.Pair(k, l)];
                if (!model.IsLinear)
                    for (var u = 0; u < d2kl.Length; u++) second += d2kl[u] * dFull[u];
                hess[k * nt + l] += second - tr - 2 * bb;
                expected[k * nt + l] += tr;
                hess[l * nt + k] = hess[k * nt + l];
                expected[l * nt + k] = expected[k * nt + l];
            }
        }
        e.Hessian = hess;
        e.Expected = expected;
        e.PK = pk;
        return e;
    }

    /// <summary>
    /// The Kenward-Roger adjusted covariance of the fixed effects: Phi + 2 Phi [sum_kl W_kl (Q_kl - P_k Phi P_l - R_kl / 4)] Phi
    /// with W the asymptotic covariance of theta, Q_kl = X'V^-1 V_k V^-1 V_l V^-1 X and R_kl = X'V^-1 V_kl V^-1 X
    /// (R omitted when <paramref name="linear"/>).
    /// </summary>
    public double[] AdjustedCovariance(CovarianceModel model, double[] theta, RemlEvaluation e, double[] w, bool linear)
    {
        int v = _d.V, p = _d.P, q = _d.Q, nt = model.Count;
        var sigma = new double[v * v];
        var (d1, d2) = model.AllocateDerivatives();
        model.Evaluate(theta, sigma, d1, d2);
        var gq = new double[q * q];
        var gr = new double[q * q];
        foreach (var pat in _d.Patterns)
        {
            int m = pat.M;
            var sinv = InvertSpd(Sub(sigma, v, pat.Visits), m)!.Value.Inverse;
            var dk = new double[nt][];
            for (var k = 0; k < nt; k++) dk[k] = Sub(d1[k], v, pat.Visits);
            // sum_kl W_kl dS_k Sinv dS_l = sum_k dS_k Sinv Z_k with Z_k = sum_l W_kl dS_l.
            var acc = new double[m * m];
            for (var k = 0; k < nt; k++)
            {
                var z = new double[m * m];
                for (var l = 0; l < nt; l++)
                {
                    var wkl = w[k * nt + l];
                    if (wkl == 0) continue;
                    for (var u = 0; u < m * m; u++) z[u] += wkl * dk[l][u];
                }
                var t = Mul(Mul(dk[k], sinv, m), z, m);
                for (var u = 0; u < m * m; u++) acc[u] += t[u];
            }
            for (var i = 0; i < m; i++)
                for (var j = 0; j < i; j++)
                {
                    var s = 0.5 * (acc[i * m + j] + acc[j * m + i]);
                    acc[i * m + j] = s;
                    acc[j * m + i] = s;
                }
            pat.Contract(Mul(Mul(sinv, acc, m), sinv, m), gq);
            if (linear || model.IsLinear) continue;
            var r = new double[m * m];
            for (var k = 0; k < nt; k++)
                for (var l = k; l < nt; l++)
                {
                    var wkl = w[k * nt + l] * (k == l ? 1 : 2);
                    var sub = Sub(d2[model.Pair(k, l)], v, pat.Visits);
                    for (var u = 0; u < m * m; u++) r[u] += wkl * sub[u];
                }
            pat.Contract(Mul(Mul(sinv, r, m), sinv, m), gr);
        }
        var inner = new double[p * p];
        for (var i = 0; i < p; i++)
            for (var j = 0; j < p; j++) inner[i * p + j] = gq[i * q + j] - 0.25 * gr[i * q + j];
        var phi = e.Phi;
        // sum_kl W_kl P_k Phi P_l = sum_k P_k Phi Y_k with Y_k = sum_l W_kl P_l.
        for (var k = 0; k < nt; k++)
        {
            var y = new double[p * p];
            for (var l = 0; l < nt; l++)
            {
                var wkl = w[k * nt + l];
                if (wkl == 0) continue;
                var pl = e.PK![l];
                for (var u = 0; u < p * p; u++) y[u] += wkl * pl[u];
            }
            var t = Mul(e.PK![k], Mul(phi, y, p), p);
            for (var u = 0; u < p * p; u++) inner[u] -= t[u];
        }
        var adj = Mul(Mul(phi, inner, p), phi, p);
        var result = new double[p * p];
        for (var i = 0; i < p; i++)
            for (var j = 0; j < p; j++) result[i * p + j] = phi[i * p + j] + (adj[i * p + j] + adj[j * p + i]);
        return result;
    }

    /// <summary>Ordinary least squares fit and the moment estimate of Sigma from its residuals (pairwise available),
    /// used as starting values.</summary>
    public double[] MomentCovariance()
    {
        int v = _d.V, p = _d.P, q = _d.Q;
        var g = new double[q * q];
        foreach (var pat in _d.Patterns)
        {
            var id = new double[pat.M * pat.M];
            for (var a = 0; a < pat.M; a++) id[a * pat.M + a] = 1;
            pat.Contract(id, g);
        }
        var xtx = Matrix<double>.Build.Dense(p, p, (i, j) => g[i * q + j]);
        var xty = Vector<double>.Build.Dense(p, i => g[i * q + p]);
        var beta = xtx.Cholesky().Solve(xty);
        var b = new double[q * q];
        var gamma = new double[q];
        for (var i = 0; i < p; i++) gamma[i] = -beta[i];
        gamma[p] = 1;
        for (var i = 0; i < q; i++)
            for (var j = 0; j < q; j++) b[i * q + j] = gamma[i] * gamma[j];
        var sum = new double[v * v];
        var count = new double[v * v];
        foreach (var pat in _d.Patterns)
        {
            var t = new double[pat.M * pat.M];
            pat.ReverseContract(b, t);
            for (var a = 0; a < pat.M; a++)
                for (var c = 0; c < pat.M; c++)
                {
                    sum[pat.Visits[a] * v + pat.Visits[c]] += t[a * pat.M + c];
                    count[pat.Visits[a] * v + pat.Visits[c]] += pat.Count;
                }
        }
        var s = new double[v * v];
        for (var u = 0; u < s.Length; u++) s[u] = count[u] > 0 ? sum[u] / count[u] : 0;
        var floor = 0.0;
        for (var a = 0; a < v; a++) floor = Math.Max(floor, s[a * v + a]);
        floor = floor > 0 ? floor * 1e-4 : 1;
        for (var a = 0; a < v; a++) s[a * v + a] = Math.Max(s[a * v + a], floor);
        var test = (double[])s.Clone();
        if (!Cholesky(test, v))
        {
            // Not positive definite (pairs seen in few subjects): keep the variances only.
            for (var a = 0; a < v; a++)
                for (var c = 0; c < v; c++) if (a != c) s[a * v + c] = 0;
        }
        return s;
    }
}
