namespace AsAnalysis.Statistics.Logistic;

/// <summary>
/// Exact check for (quasi-)complete separation in logistic regression by linear programming (Konis 2007, the method of the
/// R packages safeBinaryRegression and detectseparation).
/// </summary>
/// <remarks>
/// <para>With s_i = +1 for an event and -1 for a non-event, the data are separated when some direction b != 0 has
/// s_i x_i'b &gt;= 0 for every observation (then moving the coefficients along b never lowers the likelihood and the
/// maximum-likelihood estimate does not exist). The primal problem max sum_i s_i x_i'b over that cone intersected with
/// the box -1 &lt;= b_j &lt;= 1 is 0 exactly when the data are not separated. It is solved through its dual,
/// min sum_j (u_j + v_j) subject to u - v - sum_i l_i s_i x_i = sum_i s_i x_i, with l, u, v &gt;= 0, which has only p
/// equality rows and an obvious starting basis (u or v), so the tableau costs O(p (n + 2p)) per pivot. Bland's rule
/// avoids cycling on the (highly degenerate) problem. The optimal separating direction b is read off the reduced costs of
/// u: b_j = 1 - d(u_j). Columns are scaled to a maximum absolute value of 1 first.</para>
/// </remarks>
internal static class SeparationCheck
{
    /// <summary>Result: whether separated, the separating direction (on the original column scale, all zero when not
    /// separated) and the perfectly classified observations.</summary>
    internal readonly record struct Outcome(bool Separated, double[] Direction, bool[] Strict);

    /// <param name="x">Design rows (only observations with positive weight).</param>
    /// <param name="y">Outcomes of those rows.</param>
    internal static Outcome Find(double[][] x, bool[] y)
    {
        int n = x.Length;
        int p = n == 0 ? 0 : x[0].Length;
        var scale = new double[p];
        for (int j = 0; j < p; j++)
        {
            double m = 0;
            for (int i = 0; i < n; i++) m = Math.Max(m, Math.Abs(x[i][j]));
            scale[j] = m > 0 ? m : 1.0;
        }
        var a = new double[n][];
        var c = new double[p];
        for (int i = 0; i < n; i++)
        {
            a[i] = new double[p];
            double s = y[i] ? 1.0 : -1.0;
            for (int j = 0; j < p; j++)
            {
                a[i][j] = s * x[i][j] / scale[j];
                c[j] += a[i][j];
            }
        }

        // Tableau rows j = 0..p-1; columns 0..n-1 (l_i: -a_i), n..n+p-1 (u_j: e_j), n+p..n+2p-1 (v_j: -e_j).
        int cols = n + 2 * p;
        var t = new double[p, cols];
        var rhs = new double[p];
        var basis = new int[p];
        for (int j = 0; j < p; j++)
        {
            double sign = c[j] >= 0 ? 1.0 : -1.0;
            for (int i = 0; i < n; i++) t[j, i] = -sign * a[i][j];
            t[j, n + j] = sign;
            t[j, n + p + j] = -sign;
            rhs[j] = Math.Abs(c[j]);
            basis[j] = c[j] >= 0 ? n + j : n + p + j;
        }
        double Cost(int k) => k >= n ? 1.0 : 0.0;
        var reduced = new double[cols];
        const double eps = 1e-11;
        for (int pivots = 0; pivots < 50_000; pivots++)
        {
            // Reduced costs d_k = cost_k - sum_r cost(basis_r) t[r, k].
            int entering = -1;
            for (int k = 0; k < cols; k++)
            {
                double d = Cost(k);
                for (int r = 0; r < p; r++) d -= Cost(basis[r]) * t[r, k];
                reduced[k] = d;
                if (entering < 0 && d < -eps) entering = k;
            }
            if (entering < 0) break;
            int leave = -1;
            double best = double.PositiveInfinity;
            for (int r = 0; r < p; r++)
            {
                if (t[r, entering] <= eps) continue;
                double ratio = rhs[r] / t[r, entering];
                if (ratio < best - 1e-14 || (Math.Abs(ratio - best) <= 1e-14 && basis[r] < basis[leave]))
                {
                    best = ratio;
                    leave = r;
                }
            }
            if (leave < 0) break; // unbounded cannot happen (objective >= 0); stop defensively
            double pv = t[leave, entering];
            for (int k = 0; k < cols; k++) t[leave, k] /= pv;
            rhs[leave] /= pv;
            for (int r = 0; r < p; r++)
            {
                if (r == leave) continue;
                double f = t[r, entering];
                if (f == 0) continue;
                for (int k = 0; k < cols; k++) t[r, k] -= f * t[leave, k];
                rhs[r] -= f * rhs[leave];
            }
            basis[leave] = entering;
        }

        double objective = 0;
        for (int r = 0; r < p; r++) objective += Cost(basis[r]) * rhs[r];
        var direction = new double[p];
        var strict = new bool[n];
        double tol = 1e-9 * Math.Max(1, n);
        if (!(objective > tol)) return new Outcome(false, direction, strict);

        var b = new double[p];
        for (int j = 0; j < p; j++) b[j] = Math.Clamp(1.0 - reduced[n + j], -1.0, 1.0);
        for (int i = 0; i < n; i++)
        {
            double m = 0;
            for (int j = 0; j < p; j++) m += a[i][j] * b[j];
            strict[i] = m > 1e-9;
        }
        for (int j = 0; j < p; j++) direction[j] = Math.Abs(b[j]) > 1e-9 ? b[j] / scale[j] : 0.0;
        return new Outcome(true, direction, strict);
    }
}
