namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// A parametrised covariance matrix Sigma(theta) of V visits with analytic first and second derivatives.
/// Matrices are V x V, row-major, symmetric and complete (both triangles filled).
/// </summary>
internal abstract class CovarianceModel
{
    protected CovarianceModel(int visits) => V = visits;

    /// <summary>Number of visits.</summary>
    public int V { get; }

    /// <summary>Number of parameters.</summary>
    public abstract int Count { get; }

    /// <summary>Parameter names (SAS style for the natural parametrisations).</summary>
    public abstract string[] Names { get; }

    /// <summary>True when Sigma is linear in the parameters (all second derivatives zero).</summary>
    public virtual bool IsLinear => false;

    /// <summary>Fills Sigma and, when the arrays are given, dSigma/dtheta_k (d1[k]) and d2Sigma/dtheta_k dtheta_l
    /// (d2[k * Count + l], filled for k &lt;= l only).</summary>
    public abstract void Evaluate(ReadOnlySpan<double> theta, double[] sigma, double[][]? d1, double[][]? d2);

    /// <summary>Index of the pair (k, l), k &lt;= l, in the second-derivative array.</summary>
    public int Pair(int k, int l) => k <= l ? k * Count + l : l * Count + k;

    /// <summary>Allocates derivative arrays for this model.</summary>
    public (double[][] D1, double[][] D2) AllocateDerivatives()
    {
        var d1 = new double[Count][];
        for (var k = 0; k < Count; k++) d1[k] = new double[V * V];
        var d2 = new double[Count * Count][];
        for (var k = 0; k < Count; k++)
            for (var l = k; l < Count; l++) d2[k * Count + l] = new double[V * V];
        return (d1, d2);
    }

    /// <summary>The optimisation (unconstrained) parametrisation of a structure.</summary>
    public static CovarianceModel Unconstrained(CovarianceStructure structure, int visits) => structure switch
    {
        CovarianceStructure.Unstructured => new LogCholeskyCovariance(visits),
        CovarianceStructure.HeterogeneousToeplitz => new ScaledCorrelationCovariance(visits, true, CorrelationKind.Toeplitz, false),
        CovarianceStructure.Toeplitz => new ScaledCorrelationCovariance(visits, false, CorrelationKind.Toeplitz, false),
        CovarianceStructure.HeterogeneousAutoregressive => new ScaledCorrelationCovariance(visits, true, CorrelationKind.Autoregressive, false),
        CovarianceStructure.Autoregressive => new ScaledCorrelationCovariance(visits, false, CorrelationKind.Autoregressive, false),
        CovarianceStructure.HeterogeneousCompoundSymmetry => new ScaledCorrelationCovariance(visits, true, CorrelationKind.CompoundSymmetry, false),
        CovarianceStructure.CompoundSymmetry => new ScaledCorrelationCovariance(visits, false, CorrelationKind.CompoundSymmetry, false),
        _ => throw new ArgumentOutOfRangeException(nameof(structure), structure, null),
    };

    /// <summary>SAS PROC MIXED's parametrisation of a structure (used for the reported parameters and Kenward-Roger).</summary>
    public static CovarianceModel Natural(CovarianceStructure structure, int visits) => structure switch
    {
        CovarianceStructure.Unstructured => LinearCovariance.Unstructured(visits),
        CovarianceStructure.Toeplitz => LinearCovariance.Toeplitz(visits),
        CovarianceStructure.CompoundSymmetry => LinearCovariance.CompoundSymmetry(visits),
        CovarianceStructure.HeterogeneousToeplitz => new ScaledCorrelationCovariance(visits, true, CorrelationKind.Toeplitz, true),
        CovarianceStructure.HeterogeneousAutoregressive => new ScaledCorrelationCovariance(visits, true, CorrelationKind.Autoregressive, true),
        CovarianceStructure.Autoregressive => new ScaledCorrelationCovariance(visits, false, CorrelationKind.Autoregressive, true),
        CovarianceStructure.HeterogeneousCompoundSymmetry => new ScaledCorrelationCovariance(visits, true, CorrelationKind.CompoundSymmetry, true),
        _ => throw new ArgumentOutOfRangeException(nameof(structure), structure, null),
    };

    /// <summary>Parameters of this model that reproduce a given Sigma of the same structure (used to map the
    /// optimisation parameters to the natural ones and to start the optimisation from a moment estimate).</summary>
    public abstract double[] FromSigma(double[] sigma);
}

/// <summary>Correlation pattern of <see cref="ScaledCorrelationCovariance"/>.</summary>
internal enum CorrelationKind
{
    /// <summary>rho^lag, one parameter.</summary>
    Autoregressive,
    /// <summary>One correlation for every pair, one parameter.</summary>
    CompoundSymmetry,
    /// <summary>A correlation per lag, V - 1 parameters.</summary>
    Toeplitz,
}

/// <summary>
/// Sigma_ab = s_a s_b C_ab with standard deviations s (one per visit, or one shared) and a correlation pattern C.
/// Unconstrained: s = exp(t); a correlation is tanh(z) (autoregressive, Toeplitz) or -1/(V-1) + (1 + 1/(V-1)) * logistic(z)
/// (compound symmetry, the range where the matrix is positive definite). Natural (SAS): the variances s^2 and the
/// correlations themselves. Parameters: the scales first, then the correlations.
/// </summary>
internal sealed class ScaledCorrelationCovariance : CovarianceModel
{
    private readonly bool _heterogeneous;
    private readonly CorrelationKind _kind;
    private readonly bool _natural;
    private readonly int _scales;
    private readonly int _correlations;

    public ScaledCorrelationCovariance(int visits, bool heterogeneous, CorrelationKind kind, bool natural) : base(visits)
    {
        _heterogeneous = heterogeneous;
        _kind = kind;
        _natural = natural;
        _scales = heterogeneous ? visits : 1;
        _correlations = kind == CorrelationKind.Toeplitz ? visits - 1 : 1;
    }

    public override int Count => _scales + _correlations;

    public override string[] Names
    {
        get
        {
            var names = new List<string>();
            if (_heterogeneous) for (var a = 0; a < V; a++) names.Add($"Var({a + 1})");
            else names.Add("Residual");
            var prefix = _kind switch
            {
                CorrelationKind.Autoregressive => _heterogeneous ? "ARH" : "AR",
                CorrelationKind.CompoundSymmetry => _heterogeneous ? "CSH" : "CS",
                _ => _heterogeneous ? "TOEPH" : "TOEP",
            };
            if (_kind == CorrelationKind.Toeplitz) for (var d = 1; d < V; d++) names.Add($"{prefix}({d})");
            else names.Add(_kind == CorrelationKind.Autoregressive ? $"{prefix}(1)" : prefix);
            return [.. names];
        }
    }

    private double LowerCorrelation => _kind == CorrelationKind.CompoundSymmetry ? -1.0 / Math.Max(1, V - 1) : -1.0;

    // rho(z) with first and second derivatives.
    private (double Rho, double D1, double D2) Correlation(double z)
    {
        if (_natural) return (z, 1, 0);
        if (_kind == CorrelationKind.CompoundSymmetry)
        {
            var lo = LowerCorrelation;
            var s = 1 / (1 + Math.Exp(-z));
            var w = 1 - lo;
            return (lo + w * s, w * s * (1 - s), w * s * (1 - s) * (1 - 2 * s));
        }
        var r = Math.Tanh(z);
        return (r, 1 - r * r, -2 * r * (1 - r * r));
    }

    // s(t) with first and second derivatives.
    private (double S, double D1, double D2) Scale(double t)
    {
        if (_natural)
        {
            var s = Math.Sqrt(t);
            return (s, 0.5 / s, -0.25 / (s * s * s));
        }
        var e = Math.Exp(t);
        return (e, e, e);
    }

    public override void Evaluate(ReadOnlySpan<double> theta, double[] sigma, double[][]? d1, double[][]? d2)
    {
        int v = V, nc = _correlations, ns = _scales;
        Span<double> s = stackalloc double[v];
        Span<double> ds = stackalloc double[v];
        Span<double> dds = stackalloc double[v];
        for (var a = 0; a < v; a++)
        {
            var (sa, da, dda) = Scale(theta[_heterogeneous ? a : 0]);
            s[a] = sa; ds[a] = da; dds[a] = dda;
        }
        Span<double> rho = stackalloc double[nc];
        Span<double> drho = stackalloc double[nc];
        Span<double> ddrho = stackalloc double[nc];
        for (var j = 0; j < nc; j++)
        {
            var (r, dr, ddr) = Correlation(theta[ns + j]);
            rho[j] = r; drho[j] = dr; ddrho[j] = ddr;
        }

        if (d1 is not null) foreach (var m in d1) Array.Clear(m);
        if (d2 is not null) foreach (var m in d2) if (m is not null) Array.Clear(m);

        for (var a = 0; a < v; a++)
            for (var b = 0; b < v; b++)
            {
                var lag = Math.Abs(a - b);
                // C_ab, its derivative in the correlation parameter j (only one j matters for each pair) and second derivative.
                double c, dc = 0, ddc = 0;
                var j = 0;
                if (lag == 0) c = 1;
                else
                {
                    switch (_kind)
                    {
                        case CorrelationKind.Autoregressive:
                            c = Math.Pow(rho[0], lag);
                            var dcr = lag * Math.Pow(rho[0], lag - 1);
                            var ddcr = lag >= 2 ? lag * (lag - 1) * Math.Pow(rho[0], lag - 2) : 0;
                            dc = dcr * drho[0];
                            ddc = ddcr * drho[0] * drho[0] + dcr * ddrho[0];
                            break;
                        case CorrelationKind.CompoundSymmetry:
                            c = rho[0]; dc = drho[0]; ddc = ddrho[0];
                            break;
                        default:
                            j = lag - 1;
                            c = rho[j]; dc = drho[j]; ddc = ddrho[j];
                            break;
                    }
                }
                var ab = a * v + b;
                sigma[ab] = s[a] * s[b] * c;
                if (d1 is null) continue;
                int ta = _heterogeneous ? a : 0, tb = _heterogeneous ? b : 0;
                // Scale derivatives.
                d1[ta][ab] += ds[a] * s[b] * c;
                d1[tb][ab] += s[a] * ds[b] * c;
                if (lag > 0) d1[ns + j][ab] += s[a] * s[b] * dc;
                if (d2 is null) continue;
                // scale-scale
                d2[Pair(ta, ta)][ab] += dds[a] * s[b] * c;
                d2[Pair(tb, tb)][ab] += s[a] * dds[b] * c;
                d2[Pair(ta, tb)][ab] += ds[a] * ds[b] * c * (ta == tb ? 2 : 1);
                if (lag == 0) continue;
                // scale-correlation
                d2[Pair(ta, ns + j)][ab] += ds[a] * s[b] * dc;
                d2[Pair(tb, ns + j)][ab] += s[a] * ds[b] * dc;
                // correlation-correlation
                d2[Pair(ns + j, ns + j)][ab] += s[a] * s[b] * ddc;
            }
    }

    public override double[] FromSigma(double[] sigma)
    {
        int v = V;
        var theta = new double[Count];
        var sd = new double[v];
        for (var a = 0; a < v; a++) sd[a] = Math.Sqrt(sigma[a * v + a]);
        if (_heterogeneous)
            for (var a = 0; a < v; a++) theta[a] = _natural ? sd[a] * sd[a] : Math.Log(sd[a]);
        else
        {
            var mean = 0.0;
            for (var a = 0; a < v; a++) mean += sd[a] * sd[a];
            mean /= v;
            theta[0] = _natural ? mean : 0.5 * Math.Log(mean);
        }
        // Correlations: lag averages (Toeplitz), the lag-1 value (AR: exact for an AR matrix), or the mean of all pairs (CS).
        var lo = LowerCorrelation;
        for (var j = 0; j < _correlations; j++)
        {
            double sum = 0; var n = 0;
            for (var a = 0; a < v; a++)
                for (var b = a + 1; b < v; b++)
                {
                    var lag = b - a;
                    var use = _kind switch
                    {
                        CorrelationKind.Toeplitz => lag == j + 1,
                        CorrelationKind.Autoregressive => lag == 1,
                        _ => true,
                    };
                    if (!use) continue;
                    sum += sigma[a * v + b] / (sd[a] * sd[b]);
                    n++;
                }
            var r = n > 0 ? sum / n : 0;
            if (_natural) theta[_scales + j] = r;
            else
            {
                r = Math.Clamp(r, lo + 1e-6, 1 - 1e-6);
                theta[_scales + j] = _kind == CorrelationKind.CompoundSymmetry
                    ? -Math.Log((1 - lo) / (r - lo) - 1)
                    : Math.Atanh(r);
            }
        }
        return theta;
    }
}

/// <summary>Sigma = sum_k theta_k B_k with constant symmetric basis matrices: SAS's parametrisation of UN, TOEP and CS.</summary>
internal sealed class LinearCovariance : CovarianceModel
{
    private readonly double[][] _basis;
    private readonly string[] _names;

    private LinearCovariance(int visits, double[][] basis, string[] names) : base(visits)
    {
        _basis = basis;
        _names = names;
    }

    public override int Count => _basis.Length;
    public override string[] Names => (string[])_names.Clone();
    public override bool IsLinear => true;

    /// <summary>UN(a,b), a &gt;= b, in SAS's order: UN(1,1), UN(2,1), UN(2,2), UN(3,1), ...</summary>
    public static LinearCovariance Unstructured(int v)
    {
        var basis = new List<double[]>();
        var names = new List<string>();
        for (var a = 0; a < v; a++)
            for (var b = 0; b <= a; b++)
            {
                var m = new double[v * v];
                m[a * v + b] = 1;
                m[b * v + a] = 1;
                basis.Add(m);
                names.Add($"UN({a + 1},{b + 1})");
            }
        return new LinearCovariance(v, [.. basis], [.. names]);
    }

    /// <summary>TOEP(2), ..., TOEP(V) (lag covariances) and Residual (the variance), as SAS lists them.</summary>
    public static LinearCovariance Toeplitz(int v)
    {
        var basis = new List<double[]>();
        var names = new List<string>();
        for (var lag = 1; lag < v; lag++)
        {
            var m = new double[v * v];
            for (var a = 0; a + lag < v; a++) { m[a * v + a + lag] = 1; m[(a + lag) * v + a] = 1; }
            basis.Add(m);
            names.Add($"TOEP({lag + 1})");
        }
        var d = new double[v * v];
        for (var a = 0; a < v; a++) d[a * v + a] = 1;
        basis.Add(d);
        names.Add("Residual");
        return new LinearCovariance(v, [.. basis], [.. names]);
    }

    /// <summary>CS (the common covariance) and Residual (variance minus covariance), as SAS lists them.</summary>
    public static LinearCovariance CompoundSymmetry(int v)
    {
        var j = new double[v * v];
        Array.Fill(j, 1.0);
        var d = new double[v * v];
        for (var a = 0; a < v; a++) d[a * v + a] = 1;
        return new LinearCovariance(v, [j, d], ["CS", "Residual"]);
    }

    public override void Evaluate(ReadOnlySpan<double> theta, double[] sigma, double[][]? d1, double[][]? d2)
    {
        Array.Clear(sigma);
        for (var k = 0; k < _basis.Length; k++)
        {
            var bk = _basis[k];
            for (var i = 0; i < sigma.Length; i++) sigma[i] += theta[k] * bk[i];
            if (d1 is not null) Array.Copy(bk, d1[k], bk.Length);
        }
        if (d2 is not null) foreach (var m in d2) if (m is not null) Array.Clear(m);
    }

    public override double[] FromSigma(double[] sigma)
    {
        int v = V;
        var theta = new double[Count];
        if (_names[0] == "CS")
        {
            double off = 0, diag = 0;
            for (var a = 0; a < v; a++)
            {
                diag += sigma[a * v + a];
                for (var b = a + 1; b < v; b++) off += sigma[a * v + b];
            }
            var cs = v > 1 ? off / (v * (v - 1) / 2.0) : 0;
            theta[0] = cs;
            theta[1] = diag / v - cs;
            return theta;
        }
        // Least squares on the basis: average of the entries each basis matrix covers.
        for (var k = 0; k < _basis.Length; k++)
        {
            double sum = 0; var n = 0;
            for (var i = 0; i < sigma.Length; i++)
                if (_basis[k][i] != 0) { sum += sigma[i]; n++; }
            theta[k] = sum / n;
        }
        return theta;
    }
}

/// <summary>
/// Unstructured Sigma = L L' with L lower triangular, log of the diagonal: the unconstrained parametrisation
/// (every theta gives a positive definite Sigma). Parameters row by row: L(1,1), L(2,1), L(2,2), L(3,1), ...
/// </summary>
internal sealed class LogCholeskyCovariance : CovarianceModel
{
    private readonly int[] _row;
    private readonly int[] _col;

    public LogCholeskyCovariance(int visits) : base(visits)
    {
        var rows = new List<int>();
        var cols = new List<int>();
        for (var a = 0; a < visits; a++)
            for (var b = 0; b <= a; b++) { rows.Add(a); cols.Add(b); }
        _row = [.. rows];
        _col = [.. cols];
    }

    public override int Count => _row.Length;
    public override string[] Names => [.. Enumerable.Range(0, Count).Select(k => $"L({_row[k] + 1},{_col[k] + 1})")];

    public override void Evaluate(ReadOnlySpan<double> theta, double[] sigma, double[][]? d1, double[][]? d2)
    {
        int v = V, n = Count;
        var l = new double[v * v];
        var dl = new double[n]; // the single non-zero of dL/dtheta_k, at (row k, col k)
        for (var k = 0; k < n; k++)
        {
            var val = _row[k] == _col[k] ? Math.Exp(theta[k]) : theta[k];
            l[_row[k] * v + _col[k]] = val;
            dl[k] = _row[k] == _col[k] ? val : 1;
        }
        for (var i = 0; i < v; i++)
            for (var j = 0; j <= i; j++)
            {
                double sum = 0;
                for (var c = 0; c <= j; c++) sum += l[i * v + c] * l[j * v + c];
                sigma[i * v + j] = sum;
                sigma[j * v + i] = sum;
            }
        if (d1 is null) return;
        for (var k = 0; k < n; k++)
        {
            var m = d1[k];
            Array.Clear(m);
            int a = _row[k], b = _col[k];
            // (dL L')_ij = [i == a] dl L_jb ; plus its transpose.
            for (var j = 0; j < v; j++)
            {
                var x = dl[k] * l[j * v + b];
                m[a * v + j] += x;
                m[j * v + a] += x;
            }
        }
        if (d2 is null) return;
        for (var k = 0; k < n; k++)
            for (var q = k; q < n; q++)
            {
                var m = d2[k * n + q];
                Array.Clear(m);
                int ak = _row[k], bk = _col[k], aq = _row[q], bq = _col[q];
                // dL_k dL_q' + dL_q dL_k': non-zero only when the columns agree.
                if (bk == bq)
                {
                    var x = dl[k] * dl[q];
                    m[ak * v + aq] += x;
                    m[aq * v + ak] += x;
                }
                // d2L: only for the same diagonal parameter (d2 exp = exp).
                if (k == q && ak == bk)
                {
                    for (var j = 0; j < v; j++)
                    {
                        var x = dl[k] * l[j * v + bk];
                        m[ak * v + j] += x;
                        m[j * v + ak] += x;
                    }
                }
            }
    }

    public override double[] FromSigma(double[] sigma)
    {
        var chol = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(V, V, (i, j) => sigma[i * V + j]).Cholesky().Factor;
        var theta = new double[Count];
        for (var k = 0; k < Count; k++)
        {
            var x = chol[_row[k], _col[k]];
            theta[k] = _row[k] == _col[k] ? Math.Log(x) : x;
        }
        return theta;
    }
}
