using System.Collections.ObjectModel;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics.MixedModels;

/// <summary>
/// The result of <see cref="Mmrm.Fit"/>: convergence, the covariance structure used and those tried, covariance
/// parameters and matrix, fixed effects, and inference (LS means, differences, any contrast) by the degrees-of-freedom
/// method asked for. Immutable; the matrix accessors return copies.
/// </summary>
/// <remarks>
/// When no structure converged (<see cref="Converged"/> false) the estimates, standard errors, degrees of freedom and
/// p-values are NaN and intervals undefined; <see cref="Attempts"/> and <see cref="Message"/> say what was tried.
/// </remarks>
public sealed record MmrmFit
{
    private readonly MmrmDesign _design;
    private readonly double[] _beta;
    private readonly double[] _phi;
    private readonly double[] _phiKr;
    private readonly double[] _phiKrLinear;
    private readonly double[][] _pk;
    private readonly double[] _w;
    private readonly double[] _sigma;
    private readonly double _dfBetween;
    private readonly double _dfWithin;

    internal MmrmFit(MmrmDesign design, CovarianceStructure requested, CovarianceStructure? used, IReadOnlyList<MmrmAttempt> attempts,
        int iterations, double criterion, double gradientNorm, double minusTwoRemlLogLikelihood, IReadOnlyList<MmrmCovarianceParameter> parameters,
        double[] sigma, double[] beta, double[] phi, double[] phiKr, double[] phiKrLinear, double[][] pk, double[] w)
    {
        _design = design;
        RequestedCovariance = requested;
        Covariance = used;
        Attempts = attempts;
        Iterations = iterations;
        ConvergenceCriterion = criterion;
        GradientNorm = gradientNorm;
        MinusTwoRemlLogLikelihood = minusTwoRemlLogLikelihood;
        CovarianceParameters = parameters;
        _sigma = sigma;
        _beta = beta;
        _phi = phi;
        _phiKr = phiKr;
        _phiKrLinear = phiKrLinear;
        _pk = pk;
        _w = w;
        var p = design.P;
        Coefficients = Array.AsReadOnly(Enumerable.Range(0, p)
            .Select(j => new MmrmCoefficient(design.ColumnNames[j], design.ColumnTerms[j], beta[j], Math.Sqrt(phi[j * p + j]))).ToArray());
        var between = Enumerable.Range(1, p - 1).Count(j => !design.ColumnWithin[j]);
        var within = p - 1 - between;
        _dfBetween = design.Subjects - (1 + between);
        _dfWithin = design.Observations - (design.Subjects + within);
        Message = used is null
            ? "No covariance structure converged: " + string.Join("; ", attempts.Select(a => $"{a.Structure.ShortLabel()}: {a.Message}")) + "."
            : used == requested ? "converged"
            : $"{requested.ShortLabel()} did not converge ({attempts[0].Message}); {used.Value.ShortLabel()} used, the first of the fallback order that converged.";
    }

    /// <summary>True when a covariance structure converged and the inference is defined.</summary>
    public bool Converged => Covariance is not null;
    /// <summary>The structure requested in the options.</summary>
    public CovarianceStructure RequestedCovariance { get; }
    /// <summary>The structure of the reported fit (<c>null</c> when none converged).</summary>
    public CovarianceStructure? Covariance { get; }
    /// <summary>True when the requested structure did not converge and a fallback structure was used.</summary>
    public bool FellBack => Covariance is not null && Covariance != RequestedCovariance;
    /// <summary>Every structure tried, in order, with what happened.</summary>
    public IReadOnlyList<MmrmAttempt> Attempts { get; }
    /// <summary>In words: <c>converged</c>, why a fallback structure was used, or what was tried when none converged.</summary>
    public string Message { get; }
    /// <summary>Newton-Raphson iterations of the reported fit.</summary>
    public int Iterations { get; }
    /// <summary>Final relative Hessian criterion g' H^-1 g / |f| of the reported fit (f = -2 REML log-likelihood).</summary>
    public double ConvergenceCriterion { get; }
    /// <summary>Largest absolute component of the final gradient of -2 REML log-likelihood, in the optimisation parametrisation (log-Cholesky for UN, log standard deviations and transformed correlations otherwise).</summary>
    public double GradientNorm { get; }
    /// <summary>-2 REML log-likelihood at the estimate, including (N - p) log(2 pi): SAS's "-2 Res Log Likelihood".</summary>
    public double MinusTwoRemlLogLikelihood { get; }
    /// <summary>REML log-likelihood (-1/2 of <see cref="MinusTwoRemlLogLikelihood"/>).</summary>
    public double RemlLogLikelihood => -0.5 * MinusTwoRemlLogLikelihood;
    /// <summary>Covariance parameters in SAS's parametrisation (empty when the fit failed).</summary>
    public IReadOnlyList<MmrmCovarianceParameter> CovarianceParameters { get; }
    /// <summary>Fixed-effect coefficients with model-based standard errors.</summary>
    public IReadOnlyList<MmrmCoefficient> Coefficients { get; }
    /// <summary>The visits, in the order given (index of <see cref="CovarianceMatrix"/>).</summary>
    public IReadOnlyList<string> VisitLevels => Array.AsReadOnly(_design.VisitLevels);
    /// <summary>The arms: the control first, then the others in ordinal order.</summary>
    public IReadOnlyList<string> ArmLevels => Array.AsReadOnly(_design.ArmLevels);
    /// <summary>The control arm.</summary>
    public string ControlArm => _design.ArmLevels[0];
    /// <summary>Subjects with at least one record used.</summary>
    public int Subjects => _design.Subjects;
    /// <summary>Records used (observations).</summary>
    public int Observations => _design.Observations;
    /// <summary>Records not used: missing response, baseline or covariate (SAS's "observations not used").</summary>
    public int RecordsNotUsed => _design.RecordsNotUsed;
    /// <summary>Subjects with at least one record used, by arm (in <see cref="ArmLevels"/> order).</summary>
    public IReadOnlyList<int> SubjectsByArm => Array.AsReadOnly((int[])_design.SubjectsByArm.Clone());
    /// <summary>Distinct sets of visits (missingness patterns) among the subjects.</summary>
    public int MissingnessPatterns => _design.Patterns.Length;

    /// <summary>Subjects with an observation of an arm at a visit.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="visit">The visit.</param>
    /// <exception cref="ArgumentException">Unknown arm or visit.</exception>
    public int SubjectsAt(string arm, string visit) => _design.SubjectsByArmVisit[ArmIndex(arm), VisitIndex(visit)];

    /// <summary>The estimated covariance matrix of a subject's residuals over all visits (copy, V x V; NaN when the fit failed).</summary>
    public double[,] CovarianceMatrix() => Square(_sigma, _design.V);
    /// <summary>Model-based covariance of the coefficients, (X'V^-1X)^-1 (copy).</summary>
    public double[,] CoefficientCovariance() => Square(_phi, _design.P);
    /// <summary>Kenward-Roger adjusted covariance of the coefficients (SAS <c>DDFM=KR</c>; copy).</summary>
    /// <param name="firstOrder">True for the first-order version without second derivatives (SAS <c>DDFM=KR(FIRSTORDER)</c>).</param>
    public double[,] AdjustedCoefficientCovariance(bool firstOrder = false) => Square(firstOrder ? _phiKrLinear : _phiKr, _design.P);

    /// <summary>The coefficient vector of the LS mean of an arm at a visit, for building contrasts with <see cref="Estimate"/>.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="visit">The visit.</param>
    /// <exception cref="ArgumentException">Unknown arm or visit.</exception>
    public IReadOnlyList<double> LsMeanVector(string arm, string visit) => Array.AsReadOnly(_design.LsMeanVector(ArmIndex(arm), VisitIndex(visit)));

    /// <summary>LS means of every arm at every visit (visit-major, arms in <see cref="ArmLevels"/> order).</summary>
    /// <param name="method">Degrees-of-freedom method (default Kenward-Roger).</param>
    /// <param name="level">Confidence level in (0, 1) (default 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException">Undefined method or level outside (0, 1).</exception>
    public IReadOnlyList<MmrmLsMean> LsMeans(DegreesOfFreedomMethod method = DegreesOfFreedomMethod.KenwardRoger, double level = 0.95)
    {
        Validate(method, level);
        var list = new List<MmrmLsMean>();
        for (var v = 0; v < _design.V; v++)
            for (var a = 0; a < _design.ArmLevels.Length; a++)
            {
                var e = Compute(_design.LsMeanVector(a, v), method, level, "");
                list.Add(new MmrmLsMean(_design.ArmLevels[a], _design.VisitLevels[v], e.Estimate, e.StandardError, e.DegreesOfFreedom, e.Ci, method));
            }
        return list.AsReadOnly();
    }

    /// <summary>Differences of LS means, each other arm minus the control, at every visit (visit-major).</summary>
    /// <param name="method">Degrees-of-freedom method (default Kenward-Roger).</param>
    /// <param name="level">Confidence level in (0, 1) (default 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException">Undefined method or level outside (0, 1).</exception>
    public IReadOnlyList<MmrmDifference> Differences(DegreesOfFreedomMethod method = DegreesOfFreedomMethod.KenwardRoger, double level = 0.95)
    {
        Validate(method, level);
        var list = new List<MmrmDifference>();
        for (var v = 0; v < _design.V; v++)
            for (var a = 1; a < _design.ArmLevels.Length; a++)
            {
                var c = Subtract(_design.LsMeanVector(a, v), _design.LsMeanVector(0, v));
                var e = Compute(c, method, level, "");
                list.Add(new MmrmDifference(_design.ArmLevels[a], _design.ArmLevels[0], _design.VisitLevels[v], e.Estimate, e.StandardError,
                    e.DegreesOfFreedom, e.Ci, e.TStatistic, e.PValue, method));
            }
        return list.AsReadOnly();
    }

    /// <summary>
    /// The treatment effect averaged over chosen visits: the mean over <paramref name="visits"/> of (LS mean of
    /// <paramref name="treatmentArm"/> minus LS mean of the control arm), equal weights.
    /// </summary>
    /// <param name="treatmentArm">The arm compared with the control.</param>
    /// <param name="visits">The visits to average (at least one, no repeats).</param>
    /// <param name="method">Degrees-of-freedom method (default Kenward-Roger).</param>
    /// <param name="level">Confidence level in (0, 1) (default 0.95).</param>
    /// <exception cref="ArgumentException">Unknown or control arm, unknown or repeated visit, or no visit.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Undefined method or level outside (0, 1).</exception>
    public MmrmEstimate AverageDifference(string treatmentArm, IReadOnlyList<string> visits,
        DegreesOfFreedomMethod method = DegreesOfFreedomMethod.KenwardRoger, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(visits);
        Validate(method, level);
        var a = ArmIndex(treatmentArm);
        if (a == 0) throw new ArgumentException($"'{treatmentArm}' is the control arm.", nameof(treatmentArm));
        if (visits.Count == 0) throw new ArgumentException("At least one visit is needed.", nameof(visits));
        if (visits.Distinct(StringComparer.Ordinal).Count() != visits.Count) throw new ArgumentException("A visit is repeated.", nameof(visits));
        var c = new double[_design.P];
        foreach (var visit in visits)
        {
            var v = VisitIndex(visit, nameof(visits));
            var d = Subtract(_design.LsMeanVector(a, v), _design.LsMeanVector(0, v));
            for (var j = 0; j < c.Length; j++) c[j] += d[j] / visits.Count;
        }
        return Compute(c, method, level, $"{treatmentArm} - {ControlArm}, mean of {string.Join(", ", visits)}");
    }

    /// <summary>Estimates any linear combination c'beta of the coefficients (see <see cref="Coefficients"/> for their
    /// order and <see cref="LsMeanVector"/> for LS-mean vectors to combine).</summary>
    /// <param name="contrast">One weight per coefficient.</param>
    /// <param name="method">Degrees-of-freedom method (default Kenward-Roger).</param>
    /// <param name="level">Confidence level in (0, 1) (default 0.95).</param>
    /// <param name="label">Label carried into the result.</param>
    /// <exception cref="ArgumentException">Wrong length or a non-finite weight.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Undefined method or level outside (0, 1).</exception>
    public MmrmEstimate Estimate(IReadOnlyList<double> contrast, DegreesOfFreedomMethod method = DegreesOfFreedomMethod.KenwardRoger,
        double level = 0.95, string label = "")
    {
        ArgumentNullException.ThrowIfNull(contrast);
        Validate(method, level);
        if (contrast.Count != _design.P)
            throw new ArgumentException($"The contrast has {contrast.Count} weights for {_design.P} coefficients.", nameof(contrast));
        if (contrast.Any(x => !double.IsFinite(x))) throw new ArgumentException("A weight is not finite.", nameof(contrast));
        return Compute([.. contrast], method, level, label ?? "");
    }

    private MmrmEstimate Compute(double[] c, DegreesOfFreedomMethod method, double level, string label)
    {
        if (!Converged)
            return new MmrmEstimate(label, double.NaN, double.NaN, double.NaN, ConfidenceInterval.Undefined(level), double.NaN, double.NaN, method);
        int p = _design.P;
        var est = 0.0;
        for (var j = 0; j < p; j++) est += c[j] * _beta[j];
        var phi = method switch
        {
            DegreesOfFreedomMethod.KenwardRoger => _phiKr,
            DegreesOfFreedomMethod.KenwardRogerLinear => _phiKrLinear,
            _ => _phi,
        };
        var variance = Quadratic(phi, c, p);
        var se = Math.Sqrt(variance);
        var df = method switch
        {
            DegreesOfFreedomMethod.KenwardRoger or DegreesOfFreedomMethod.KenwardRogerLinear or DegreesOfFreedomMethod.Satterthwaite => SatterthwaiteDf(c),
            DegreesOfFreedomMethod.Residual => _design.Observations - p,
            _ => BetweenWithinDf(c),
        };
        if (!(se > 0) || !(df > 0))
            return new MmrmEstimate(label, est, se, df, ConfidenceInterval.Undefined(level), double.NaN, double.NaN, method);
        var t = est / se;
        double pValue, quantile;
        if (double.IsPositiveInfinity(df))
        {
            pValue = 2 * Normal.CDF(0, 1, -Math.Abs(t));
            quantile = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        }
        else
        {
            pValue = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
            quantile = StudentT.InvCDF(0, 1, df, 1 - (1 - level) / 2);
        }
        return new MmrmEstimate(label, est, se, df, new ConfidenceInterval(est - quantile * se, est + quantile * se, level), t, pValue, method);
    }

    /// <summary>2 v^2 / (g' W g) with v = c'Phi c, g_k = c' Phi P_k Phi c = d v / d theta_k, W the asymptotic covariance of
    /// theta. For one contrast this is also the Kenward-Roger degrees of freedom (its formula reduces to this).</summary>
    private double SatterthwaiteDf(double[] c)
    {
        int p = _design.P, nt = _pk.Length;
        var phic = new double[p];
        for (var i = 0; i < p; i++)
        {
            double s = 0;
            for (var j = 0; j < p; j++) s += _phi[i * p + j] * c[j];
            phic[i] = s;
        }
        double v = 0;
        for (var i = 0; i < p; i++) v += c[i] * phic[i];
        var g = new double[nt];
        for (var k = 0; k < nt; k++) g[k] = Quadratic(_pk[k], phic, p);
        double gwg = 0;
        for (var k = 0; k < nt; k++)
            for (var l = 0; l < nt; l++) gwg += g[k] * _w[k * nt + l] * g[l];
        if (!(gwg > 0)) return double.PositiveInfinity;
        return 2 * v * v / gwg;
    }

    private double BetweenWithinDf(double[] c)
    {
        var df = double.PositiveInfinity;
        for (var j = 0; j < c.Length; j++)
        {
            if (c[j] == 0) continue;
            var d = j == 0 || _design.ColumnWithin[j] ? _dfWithin : _dfBetween;
            df = Math.Min(df, d);
        }
        return double.IsPositiveInfinity(df) ? _dfWithin : df;
    }

    private static double Quadratic(double[] a, double[] x, int n)
    {
        double s = 0;
        for (var i = 0; i < n; i++)
        {
            double r = 0;
            for (var j = 0; j < n; j++) r += a[i * n + j] * x[j];
            s += x[i] * r;
        }
        return s;
    }

    private static double[] Subtract(double[] a, double[] b)
    {
        var r = new double[a.Length];
        for (var i = 0; i < a.Length; i++) r[i] = a[i] - b[i];
        return r;
    }

    private static double[,] Square(double[] a, int n)
    {
        var r = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) r[i, j] = a[i * n + j];
        return r;
    }

    private static void Validate(DegreesOfFreedomMethod method, double level)
    {
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "Undefined degrees-of-freedom method.");
        ConfidenceInterval.ValidateLevel(level, nameof(level));
    }

    private int ArmIndex(string arm)
    {
        var a = Array.IndexOf(_design.ArmLevels, arm);
        return a >= 0 ? a : throw new ArgumentException($"Unknown arm '{arm}'; arms are {string.Join(", ", _design.ArmLevels)}.", nameof(arm));
    }

    private int VisitIndex(string visit, string paramName = "visit")
    {
        var v = Array.IndexOf(_design.VisitLevels, visit);
        return v >= 0 ? v : throw new ArgumentException($"Unknown visit '{visit}'; visits are {string.Join(", ", _design.VisitLevels)}.", paramName);
    }

    /// <summary>A one-line summary (structure, convergence, -2 REML log-likelihood).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"MMRM {(Covariance?.ShortLabel() ?? "not converged")}: {Subjects} subjects, {Observations} observations, -2 REML LL {MinusTwoRemlLogLikelihood:R}, {Iterations} iterations");
}
