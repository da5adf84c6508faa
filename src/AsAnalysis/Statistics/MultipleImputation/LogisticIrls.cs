namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>
/// A small weighted logistic regression by Newton-Raphson (iteratively reweighted least squares), for the imputation
/// model only. Internal on purpose: the public <c>LogisticRegression.Fit</c> is being written separately (branch
/// binsap) and will replace it; the imputation needs only the coefficients and the Cholesky factor of the information.
/// </summary>
/// <remarks>
/// The design matrix includes its intercept column. Iterations start at 0 and stop when the deviance changes by less
/// than 1e-13 relative (R's <c>glm</c> uses 1e-8), with step halving whenever a full step increases the deviance; at
/// most 100 iterations. Columns must be linearly independent (the caller drops dependent ones, see
/// <see cref="IndependentColumns"/>); with the pseudo-observations of the imputation model the maximum-likelihood
/// estimate always exists.
/// </remarks>
internal static class LogisticIrls
{
    /// <summary>A fit: coefficients, the upper Cholesky factor R of the information X'WX = R'R at the estimate, and whether it converged.</summary>
    internal sealed record Fit(double[] Coefficients, double[,] InformationCholesky, double Deviance, int Iterations, bool Converged);

    /// <summary>Fits P(y = 1) = 1 / (1 + exp(-x'beta)) by weighted maximum likelihood.</summary>
    /// <param name="x">Rows of the design matrix (same length, intercept included).</param>
    /// <param name="y">Outcomes in [0, 1] (0/1 for individual records).</param>
    /// <param name="w">Prior weights, positive.</param>
    internal static Fit Estimate(double[][] x, double[] y, double[] w)
    {
        int n = x.Length, p = x[0].Length;
        var beta = new double[p];
        double deviance = Deviance(x, y, w, beta);
        var r = new double[p, p];
        var gradient = new double[p];
        var step = new double[p];
        var trial = new double[p];
        bool converged = false;
        int iteration = 0;
        while (iteration < 100)
        {
            iteration++;
            Information(x, y, w, beta, r, gradient);
            if (!Cholesky(r)) break;
            Solve(r, gradient, step);
            double scale = 1, next = double.PositiveInfinity;
            for (int halving = 0; halving < 30; halving++, scale /= 2)
            {
                for (int c = 0; c < p; c++) trial[c] = beta[c] + scale * step[c];
                next = Deviance(x, y, w, trial);
                if (next <= deviance) break;
            }
            if (!(next <= deviance)) { converged = Math.Abs(next - deviance) <= 1e-13 * (Math.Abs(deviance) + 0.1); break; }
            Array.Copy(trial, beta, p);
            bool done = deviance - next <= 1e-13 * (Math.Abs(next) + 0.1);
            deviance = next;
            if (done) { converged = true; break; }
        }
        Information(x, y, w, beta, r, gradient);
        Cholesky(r);
        return new Fit(beta, r, deviance, iteration, converged);
    }

    private static double Deviance(double[][] x, double[] y, double[] w, double[] beta)
    {
        double deviance = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double eta = Dot(x[i], beta);
            // -2 [y log mu + (1 - y) log(1 - mu)] with log mu = -log(1 + e^-eta), log(1 - mu) = -log(1 + e^eta).
            deviance += 2 * w[i] * (y[i] * Softplus(-eta) + (1 - y[i]) * Softplus(eta));
        }
        return deviance;
    }

    /// <summary>log(1 + e^t) without overflow.</summary>
    private static double Softplus(double t) => t > 0 ? t + Math.Log(1 + Math.Exp(-t)) : Math.Log(1 + Math.Exp(t));

    /// <summary>Fitted probability 1 / (1 + e^-eta).</summary>
    internal static double Expit(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    internal static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>X'WX (into <paramref name="info"/>, full symmetric) and the score X'w(y - mu).</summary>
    private static void Information(double[][] x, double[] y, double[] w, double[] beta, double[,] info, double[] gradient)
    {
        int p = beta.Length;
        Array.Clear(info);
        Array.Clear(gradient);
        for (int i = 0; i < x.Length; i++)
        {
            double mu = Expit(Dot(x[i], beta));
            double weight = w[i] * mu * (1 - mu), residual = w[i] * (y[i] - mu);
            var row = x[i];
            for (int a = 0; a < p; a++)
            {
                gradient[a] += row[a] * residual;
                for (int b = a; b < p; b++) info[a, b] += weight * row[a] * row[b];
            }
        }
        for (int a = 0; a < p; a++)
            for (int b = 0; b < a; b++) info[a, b] = info[b, a];
    }

    /// <summary>In-place upper Cholesky factor R (A = R'R, lower triangle zeroed); false when A is not positive definite.</summary>
    internal static bool Cholesky(double[,] a)
    {
        int p = a.GetLength(0);
        for (int j = 0; j < p; j++)
        {
            double d = a[j, j];
            for (int k = 0; k < j; k++) d -= a[k, j] * a[k, j];
            if (!(d > 0)) return false;
            double rjj = Math.Sqrt(d);
            a[j, j] = rjj;
            for (int c = j + 1; c < p; c++)
            {
                double s = a[j, c];
                for (int k = 0; k < j; k++) s -= a[k, j] * a[k, c];
                a[j, c] = s / rjj;
            }
            for (int c = 0; c < j; c++) a[j, c] = 0;
        }
        return true;
    }

    /// <summary>Solves R'R s = g for s.</summary>
    private static void Solve(double[,] r, double[] g, double[] s)
    {
        int p = g.Length;
        for (int i = 0; i < p; i++)
        {
            double v = g[i];
            for (int k = 0; k < i; k++) v -= r[k, i] * s[k];
            s[i] = v / r[i, i];
        }
        BackSubstitute(r, s);
    }

    /// <summary>Solves R s = v in place (R upper triangular).</summary>
    internal static void BackSubstitute(double[,] r, double[] v)
    {
        int p = v.Length;
        for (int i = p - 1; i >= 0; i--)
        {
            double s = v[i];
            for (int k = i + 1; k < p; k++) s -= r[i, k] * v[k];
            v[i] = s / r[i, i];
        }
    }

    /// <summary>
    /// The columns to keep, in order: a column is dropped when it is (numerically) a linear combination of the columns
    /// kept before it, judged on the cross-product matrix: its squared distance from their span is below 1e-9 of its
    /// squared length (a Cholesky factorisation that skips such pivots, as R's <c>lm</c> drops aliased columns).
    /// </summary>
    internal static int[] IndependentColumns(double[][] x)
    {
        int p = x[0].Length;
        var cross = new double[p, p];
        foreach (var row in x)
            for (int a = 0; a < p; a++)
                for (int b = a; b < p; b++) cross[a, b] += row[a] * row[b];
        var kept = new List<int>();
        var r = new double[p, p];
        for (int j = 0; j < p; j++)
        {
            // Project column j on the kept columns through their factor.
            double d = cross[j, j];
            var col = new double[kept.Count];
            for (int a = 0; a < kept.Count; a++)
            {
                double s = Sym(cross, kept[a], j);
                for (int k = 0; k < a; k++) s -= r[k, a] * col[k];
                col[a] = s / r[a, a];
                d -= col[a] * col[a];
            }
            if (!(d > 1e-9 * cross[j, j])) continue;
            int at = kept.Count;
            for (int a = 0; a < at; a++) r[a, at] = col[a];
            r[at, at] = Math.Sqrt(d);
            kept.Add(j);
        }
        return kept.ToArray();
    }

    private static double Sym(double[,] m, int a, int b) => a <= b ? m[a, b] : m[b, a];
}
