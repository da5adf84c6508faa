namespace AsAnalysis.Statistics;

/// <summary>
/// Confidence intervals for the difference of two independent proportions, treatment minus control, and its
/// stratum-adjusted version.
/// </summary>
/// <remarks>
/// <para>Unstratified methods (<see cref="DifferenceCiMethod"/>):</para>
/// <list type="bullet">
/// <item><c>wald</c>, <c>wald_cc</c>: as R <c>prop.test(c(x1, x2), c(n1, n2), correct = FALSE / TRUE)$conf.int</c>, clipped to [-1, 1];
/// the continuity correction is R's, min(0.5, |d| / (1/n1 + 1/n2)) (1/n1 + 1/n2), so it shrinks when d is near 0.</item>
/// <item><c>newcombe</c>: Newcombe (1998) method 10, Wilson limits (no continuity correction) of each arm combined.</item>
/// <item><c>miettinen_nurminen</c>: score interval, Miettinen and Nurminen (1985): the statistic
/// (d - delta) / sqrt(V(delta)) with V from the Farrington-Manning (1990) closed-form constrained MLEs, times N/(N - 1),
/// inverted by bisection to full double precision. Reproduces the published limits (Newcombe 1998, Table II).</item>
/// <item><c>mee</c>: Mee (1984), the same without the N/(N - 1) factor.</item>
/// <item><c>agresti_caffo</c>: one success and one failure added to each arm, then Wald; not truncated to [-1, 1]
/// (as statsmodels and the reference file: 10/10 - 0/20 gives an upper limit of 1.0502).</item>
/// <item><c>chan_zhang</c>, <c>agresti_min</c>: exact unconditional score intervals (Chan and Zhang 1999; Agresti and Min 2001),
/// see <see cref="ExactUnconditionalInterval"/>; about 10 ms at 30 per arm, well under a second at 150 per arm.</item>
/// </list>
/// <para>Edge cases: all methods are defined for every table whose arms are both non-empty, including 0/n and n/n
/// arms (e.g. 0/10 - 0/10 gives the score interval -0.2879 to 0.2879; 10/10 - 0/20 has upper limit 1 for the score
/// methods). The Wald interval is degenerate, [d, d], when both proportions are 0 or 1. An empty arm (n = 0) makes
/// the difference undefined: estimate and limits are NaN.</para>
/// </remarks>
public static class ProportionDifference
{
    /// <summary>Estimates the difference of proportions (treatment minus control) with a confidence interval.</summary>
    /// <param name="table">The 2x2 table.</param>
    /// <param name="method">Interval method (default Newcombe hybrid score).</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>The difference, its interval and the method.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Level outside (0, 1) or an undefined method.</exception>
    public static DifferenceEstimate Estimate(TwoByTwoTable table, DifferenceCiMethod method = DifferenceCiMethod.Newcombe, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        Guard.Defined(method, nameof(method), "Unknown interval method.");
        if (table.TreatmentTotal == 0 || table.ControlTotal == 0)
            return new DifferenceEstimate(table, double.NaN, ConfidenceInterval.Undefined(level), method);
        int x1 = table.TreatmentEvents, n1 = table.TreatmentTotal, x2 = table.ControlEvents, n2 = table.ControlTotal;
        double d = (double)x1 / n1 - (double)x2 / n2;
        var (lower, upper) = method switch
        {
            DifferenceCiMethod.Wald => Wald(x1, n1, x2, n2, level, correct: false),
            DifferenceCiMethod.WaldCc => Wald(x1, n1, x2, n2, level, correct: true),
            DifferenceCiMethod.Newcombe => Newcombe(x1, n1, x2, n2, level),
            DifferenceCiMethod.MiettinenNurminen => Score(x1, n1, x2, n2, level, nCorrection: true),
            DifferenceCiMethod.Mee => Score(x1, n1, x2, n2, level, nCorrection: false),
            DifferenceCiMethod.AgrestiCaffo => AgrestiCaffo(x1, n1, x2, n2, level),
            DifferenceCiMethod.ChanZhang => new ExactUnconditionalInterval(x1, n1, x2, n2).ChanZhang(level),
            DifferenceCiMethod.AgrestiMin => new ExactUnconditionalInterval(x1, n1, x2, n2).AgrestiMin(level),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
        };
        return new DifferenceEstimate(table, d, new ConfidenceInterval(lower, upper, level), method);
    }

    /// <summary>
    /// Stratum-adjusted difference of proportions (treatment minus control) with CMH weights
    /// w_k = n1k n2k / (n1k + n2k) and a confidence interval.
    /// </summary>
    /// <param name="strata">One 2x2 table per stratum (at least one). Strata with an empty arm get weight 0 and do not contribute.</param>
    /// <param name="method">Interval method (default CMH-weighted Wald with the Sato variance).</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>The adjusted difference, its interval and the method.</returns>
    /// <remarks>
    /// <para><c>cmh_wald</c>: d = sum w_k d_k / W with W = sum w_k; variance (Sato 1989, Biometrics 45:1323; also
    /// Greenland and Robins 1985) Var = (d sum P_k + sum Q_k) / W^2 with
    /// P_k = (n1k^2 x2k - n2k^2 x1k + n1k n2k (n2k - n1k) / 2) / N_k^2 and
    /// Q_k = (x1k (n2k - x2k) + x2k (n1k - x1k)) / (2 N_k); interval d -/+ z sqrt(Var), not truncated.</para>
    /// <para><c>stratified_newcombe</c>: Yan and Su (2010), Stat Biopharm Res 2:329, with the CMH weights w_k normalised
    /// to sum 1 (as SAS <c>COMMONRISKDIFF(CL=NEWCOMBE)</c> and R tern <c>prop_diff_strat_nc(weights_method = "cmh")</c>).
    /// For each arm, p = sum w_k p_k and the stratified Wilson limits (L, U) are sum w_k L_k and sum w_k U_k, the stratum
    /// Wilson limits taken at z* = z sqrt(sum w_k^2 v_k) / sum w_k sqrt(v_k) with v_k = p_k (1 - p_k) / n_k (z* = z when
    /// all v_k are 0). With lambda = sum w_k^2 / n_k per arm (T treatment, C control) the limits are
    /// d - z sqrt(lambda_T L_T (1 - L_T) + lambda_C U_C (1 - U_C)) and d + z sqrt(lambda_C L_C (1 - L_C) + lambda_T U_T (1 - U_T)).
    /// With one stratum this is <c>newcombe</c>.</para>
    /// <para><c>stratified_miettinen_nurminen</c>: Miettinen and Nurminen (1985) stratified score statistic with fixed
    /// CMH weights, Z(delta) = sum w_k (d_k - delta) / sqrt(sum w_k^2 V_k(delta)), V_k the Farrington-Manning constrained
    /// variance of stratum k times N_k / (N_k - 1); the limits solve Z = +/- z (SAS <c>COMMONRISKDIFF(CL=SCORE)</c> with
    /// Mantel-Haenszel weights). With one stratum this is <c>miettinen_nurminen</c>.</para>
    /// <para>When no stratum has both arms non-empty the estimate and limits are NaN.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="strata"/> or one of its tables is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="strata"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Level outside (0, 1) or an undefined method.</exception>
    public static StratifiedDifferenceEstimate Stratified(IReadOnlyList<TwoByTwoTable> strata, StratifiedDifferenceMethod method = StratifiedDifferenceMethod.CmhWald, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(strata);
        if (strata.Count == 0) throw new ArgumentException("At least one stratum is needed.", nameof(strata));
        for (int i = 0; i < strata.Count; i++)
            if (strata[i] is null) throw new ArgumentNullException(nameof(strata), $"Stratum {i} is null.");
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        Guard.Defined(method, nameof(method), "Unknown interval method.");
        var copy = strata.ToArray();
        var used = copy.Where(t => t.TreatmentTotal > 0 && t.ControlTotal > 0).ToArray();
        if (used.Length == 0)
            return new StratifiedDifferenceEstimate(Array.AsReadOnly(copy), double.NaN, ConfidenceInterval.Undefined(level), method);

        var w = used.Select(t => (double)t.TreatmentTotal * t.ControlTotal / t.Total).ToArray();
        double wSum = w.Sum();
        double estimate = 0;
        for (int k = 0; k < used.Length; k++)
            estimate += w[k] * (used[k].TreatmentProportion - used[k].ControlProportion);
        estimate /= wSum;

        double z = ProportionMath.TwoSidedZ(level);
        var (lower, upper) = method switch
        {
            StratifiedDifferenceMethod.CmhWald => CmhWald(used, wSum, estimate, z),
            StratifiedDifferenceMethod.Newcombe => StratifiedNewcombe(used, w, wSum, z),
            StratifiedDifferenceMethod.MiettinenNurminen => StratifiedScore(used, w, wSum, estimate, z),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
        };
        return new StratifiedDifferenceEstimate(Array.AsReadOnly(copy), estimate, new ConfidenceInterval(lower, upper, level), method);
    }

    private static (double, double) Wald(int x1, int n1, int x2, int n2, double level, bool correct)
    {
        double z = ProportionMath.TwoSidedZ(level);
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        double delta = p1 - p2;
        double invSum = 1.0 / n1 + 1.0 / n2;
        double yates = correct ? Math.Min(0.5, Math.Abs(delta) / invSum) : 0.0;
        double width = z * Math.Sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2) + yates * invSum;
        return (Math.Max(-1.0, delta - width), Math.Min(1.0, delta + width));
    }

    private static (double, double) Newcombe(int x1, int n1, int x2, int n2, double level)
    {
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        var (l1, u1) = Proportion.Wilson(x1, n1, level, correct: false);
        var (l2, u2) = Proportion.Wilson(x2, n2, level, correct: false);
        return NewcombeCombine(p1, l1, u1, p2, l2, u2);
    }

    private static (double, double) NewcombeCombine(double p1, double l1, double u1, double p2, double l2, double u2)
    {
        double d = p1 - p2;
        double lower = d - Math.Sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
        double upper = d + Math.Sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
        return (lower, upper);
    }

    private static (double, double) Score(int x1, int n1, int x2, int n2, double level, bool nCorrection)
    {
        double z = ProportionMath.TwoSidedZ(level);
        double d = (double)x1 / n1 - (double)x2 / n2;
        double Stat(double delta) => ProportionMath.ScoreRatio(d - delta, ProportionMath.ScoreVarianceForDifference(x1, n1, x2, n2, delta, nCorrection));
        return ProportionMath.InvertDifferenceScore(Stat, d, z);
    }

    private static (double, double) AgrestiCaffo(int x1, int n1, int x2, int n2, double level)
    {
        double z = ProportionMath.TwoSidedZ(level);
        double m1 = n1 + 2.0, m2 = n2 + 2.0;
        double p1 = (x1 + 1.0) / m1, p2 = (x2 + 1.0) / m2;
        double d = p1 - p2;
        double half = z * Math.Sqrt(p1 * (1 - p1) / m1 + p2 * (1 - p2) / m2);
        return (d - half, d + half);
    }

    private static (double, double) CmhWald(TwoByTwoTable[] strata, double wSum, double estimate, double z)
    {
        double sumP = 0, sumQ = 0;
        foreach (var t in strata)
        {
            double x1 = t.TreatmentEvents, n1 = t.TreatmentTotal, x2 = t.ControlEvents, n2 = t.ControlTotal, n = t.Total;
            sumP += (n1 * n1 * x2 - n2 * n2 * x1 + n1 * n2 * (n2 - n1) / 2.0) / (n * n);
            sumQ += (x1 * (n2 - x2) + x2 * (n1 - x1)) / (2.0 * n);
        }
        double variance = (estimate * sumP + sumQ) / (wSum * wSum);
        double half = z * Math.Sqrt(Math.Max(0.0, variance));
        return (estimate - half, estimate + half);
    }

    private static (double, double) StratifiedNewcombe(TwoByTwoTable[] strata, double[] w, double wSum, double z)
    {
        double[] wn = w.Select(x => x / wSum).ToArray();
        var t = StratifiedWilson(strata.Select(s => (s.TreatmentEvents, s.TreatmentTotal)).ToArray(), wn, z);
        var c = StratifiedWilson(strata.Select(s => (s.ControlEvents, s.ControlTotal)).ToArray(), wn, z);
        double d = t.P - c.P;
        double lower = d - z * Math.Sqrt(t.Lambda * t.L * (1 - t.L) + c.Lambda * c.U * (1 - c.U));
        double upper = d + z * Math.Sqrt(c.Lambda * c.L * (1 - c.L) + t.Lambda * t.U * (1 - t.U));
        return (lower, upper);
    }

    /// <summary>
    /// Yan and Su (2010) stratified Wilson interval of one arm for unequal stratum proportions: the weighted sum of the
    /// stratum Wilson limits at the adjusted quantile z* = z sqrt(sum w_k^2 v_k) / sum w_k sqrt(v_k), v_k = p_k (1 - p_k) / n_k
    /// (z* = z when every v_k is 0). Also returns the weighted proportion and lambda = sum w_k^2 / n_k.
    /// </summary>
    private static (double P, double L, double U, double Lambda) StratifiedWilson((int X, int N)[] arm, double[] wn, double z)
    {
        double sumW2V = 0, sumWSqrtV = 0, p = 0, lambda = 0;
        for (int k = 0; k < arm.Length; k++)
        {
            double pk = (double)arm[k].X / arm[k].N;
            double v = pk * (1 - pk) / arm[k].N;
            sumW2V += wn[k] * wn[k] * v;
            sumWSqrtV += wn[k] * Math.Sqrt(v);
            p += wn[k] * pk;
            lambda += wn[k] * wn[k] / arm[k].N;
        }
        double zStar = sumWSqrtV > 0 ? z * Math.Sqrt(sumW2V) / sumWSqrtV : z;
        double lower = 0, upper = 0;
        for (int k = 0; k < arm.Length; k++)
        {
            var (l, u) = Proportion.WilsonZ(arm[k].X, arm[k].N, zStar, correct: false);
            lower += wn[k] * l;
            upper += wn[k] * u;
        }
        return (p, lower, upper, lambda);
    }

    private static (double, double) StratifiedScore(TwoByTwoTable[] strata, double[] w, double wSum, double estimate, double z)
    {
        double[] wn = w.Select(x => x / wSum).ToArray();
        double Stat(double delta)
        {
            // Numerator: sum_k w_k (d_k - delta) = estimate - delta, as the normalised weights sum to 1.
            double variance = 0;
            for (int k = 0; k < strata.Length; k++)
            {
                var t = strata[k];
                variance += wn[k] * wn[k] * ProportionMath.ScoreVarianceForDifference(t.TreatmentEvents, t.TreatmentTotal, t.ControlEvents, t.ControlTotal, delta, nCorrection: true);
            }
            return ProportionMath.ScoreRatio(estimate - delta, variance);
        }
        return ProportionMath.InvertDifferenceScore(Stat, estimate, z);
    }
}
