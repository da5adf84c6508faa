namespace AsAnalysis.Statistics;

/// <summary>Risk ratio, treatment over control, with the log (Katz) or score interval.</summary>
/// <remarks>
/// <para><c>log</c>: Katz et al. (1978), exp(log RR -/+ z sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2)). The interval is
/// undefined (NaN limits) when x1 = 0 or x2 = 0, since the log estimate and its standard error are infinite; no
/// 0.5 correction is applied silently: use the score interval for such tables.</para>
/// <para><c>score</c>: Miettinen and Nurminen (1985) score interval for the ratio phi: the statistic
/// (p1 - phi p2) / sqrt(V(phi)) with V = [q1(1 - q1)/n1 + phi^2 q2(1 - q2)/n2] N/(N - 1), q1 = phi q2 the constrained
/// MLEs (closed-form quadratic, Farrington and Manning 1990), inverted by bisection on log phi. This is SAS PROC FREQ
/// <c>RELRISK(CL=SCORE)</c>; Koopman's (1984) interval is the same without the N/(N - 1) factor. At x1 = 0 the lower
/// limit is 0, at x2 = 0 the upper limit is +infinity. When x1 = x2 = 0 no ratio is estimable: estimate and limits NaN.</para>
/// <para>An empty arm (n = 0) gives NaN estimate and limits for both methods.</para>
/// </remarks>
public static class RiskRatio
{
    /// <summary>Estimates the risk ratio (treatment over control) with a confidence interval.</summary>
    /// <param name="table">The 2x2 table.</param>
    /// <param name="method">Interval method (default log / Katz).</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <returns>The risk ratio, its interval and the method.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Level outside (0, 1) or an undefined method.</exception>
    public static RiskRatioEstimate Estimate(TwoByTwoTable table, RiskRatioCiMethod method = RiskRatioCiMethod.Log, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        ConfidenceInterval.ValidateLevel(level, nameof(level));
        Guard.Defined(method, nameof(method), "Unknown interval method.");
        int x1 = table.TreatmentEvents, n1 = table.TreatmentTotal, x2 = table.ControlEvents, n2 = table.ControlTotal;
        if (n1 == 0 || n2 == 0 || (x1 == 0 && x2 == 0))
            return new RiskRatioEstimate(table, double.NaN, ConfidenceInterval.Undefined(level), method);
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        double rr = x2 == 0 ? double.PositiveInfinity : p1 / p2;
        double z = ProportionMath.TwoSidedZ(level);
        var ci = method switch
        {
            RiskRatioCiMethod.Log => LogInterval(x1, n1, x2, n2, rr, z, level),
            RiskRatioCiMethod.Score => ScoreInterval(x1, n1, x2, n2, rr, z, level),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
        };
        return new RiskRatioEstimate(table, rr, ci, method);
    }

    private static ConfidenceInterval LogInterval(int x1, int n1, int x2, int n2, double rr, double z, double level)
    {
        if (x1 == 0 || x2 == 0) return ConfidenceInterval.Undefined(level);
        double se = Math.Sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2);
        double log = Math.Log(rr);
        return new ConfidenceInterval(Math.Exp(log - z * se), Math.Exp(log + z * se), level);
    }

    /// <summary>Constrained MLE of the control proportion under p1 = phi p2 (Miettinen-Nurminen 1985, Farrington-Manning 1990).</summary>
    internal static (double Q1, double Q2) Constrained(int x1, int n1, int x2, int n2, double phi)
    {
        double total = (double)n1 + n2;
        double a = total * phi;
        double b = -(n1 * phi + x1 + n2 + x2 * phi);
        double c = x1 + x2;
        double disc = Math.Max(0.0, b * b - 4 * a * c);
        // Numerically stable smaller root of a t^2 + b t + c = 0 (b < 0): t = 2c / (-b + sqrt(disc)).
        double q2 = 2 * c / (-b + Math.Sqrt(disc));
        q2 = Math.Clamp(q2, 0.0, Math.Min(1.0, 1.0 / phi));
        double q1 = Math.Clamp(phi * q2, 0.0, 1.0);
        return (q1, q2);
    }

    private static ConfidenceInterval ScoreInterval(int x1, int n1, int x2, int n2, double rr, double z, double level)
    {
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        double correction = ((double)n1 + n2) / (n1 + n2 - 1.0);
        // Score statistic as a function of t = log(phi); decreasing in t, zero at the estimate.
        double Stat(double t)
        {
            double phi = Math.Exp(t);
            if (phi == 0) return double.PositiveInfinity;
            if (double.IsPositiveInfinity(phi)) return double.NegativeInfinity;
            var (q1, q2) = Constrained(x1, n1, x2, n2, phi);
            double numerator = p1 - phi * p2;
            double variance = (q1 * (1 - q1) / n1 + phi * phi * q2 * (1 - q2) / n2) * correction;
            return ProportionMath.ScoreRatio(numerator, variance);
        }

        double lower, upper;
        if (x1 == 0) lower = 0.0;
        else
        {
            double hi = x2 == 0 ? Bracket(Stat, z, up: true) : Math.Log(rr);
            double lo = hi - 1.0;
            while (Stat(lo) - z <= 0 && lo > -745) lo -= 2 * (hi - lo);
            lower = Math.Exp(ProportionMath.Bisect(t => Stat(t) - z, lo, hi, positiveAtLo: true));
        }
        if (x2 == 0) upper = double.PositiveInfinity;
        else
        {
            double lo = x1 == 0 ? Bracket(Stat, -z, up: false) : Math.Log(rr);
            double hi = lo + 1.0;
            while (Stat(hi) + z >= 0 && hi < 709) hi += 2 * (hi - lo);
            upper = Math.Exp(ProportionMath.Bisect(t => Stat(t) + z, lo, hi, positiveAtLo: true));
        }
        return new ConfidenceInterval(lower, upper, level);
    }

    /// <summary>
    /// For an infinite (x2 = 0) or zero (x1 = 0) estimate, a log-ratio on the far side of the sought limit:
    /// one where the statistic is below <paramref name="target"/> (searching upwards) or above it (downwards).
    /// </summary>
    private static double Bracket(Func<double, double> stat, double target, bool up)
    {
        double t = 0, step = 1;
        for (int i = 0; i < 64; i++)
        {
            double v = stat(t) - target;
            if (up ? v < 0 : v > 0) return t;
            t += up ? step : -step;
            step *= 2;
        }
        return t;
    }
}
