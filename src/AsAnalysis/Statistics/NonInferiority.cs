using System.Globalization;
using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics;

/// <summary>
/// Non-inferiority and equivalence of two proportions (treatment against an active control) by the Farrington-Manning and
/// Miettinen-Nurminen score tests at the margin, on the difference or the ratio scale, as SAS PROC FREQ
/// <c>RISKDIFF(NONINF MARGIN= METHOD=FM|SCORE)</c> and <c>RELRISK(NONINF ...)</c>.
/// </summary>
/// <remarks>
/// <para>Difference scale, margin d0: Z = (p1 - p2 - d0) / sqrt(V), V = q1 (1 - q1) / n1 + q2 (1 - q2) / n2 at the
/// maximum-likelihood estimates under p1 - p2 = d0 (closed form of Farrington and Manning 1990), times N / (N - 1) for
/// Miettinen-Nurminen. Ratio scale, margin r0: Z = (p1 - r0 p2) / sqrt(V), V = q1 (1 - q1) / n1 + r0^2 q2 (1 - q2) / n2
/// under p1 = r0 p2 (same factor for MN). Z = 0 when the numerator is 0.</para>
/// <para>With higher proportions better the null hypothesis is "treatment at or below the margin" and p = 1 - Phi(Z); with
/// lower better it is "at or above" and p = Phi(Z). The decision interval is the two-sided 1 - 2 alpha interval from
/// inverting the same statistic (Mee or Miettinen-Nurminen for the difference, Koopman or Miettinen-Nurminen for the
/// ratio), so "the interval excludes the margin" and "p &lt; alpha" agree. Equivalence (TOST) applies one test at each
/// margin and requires both to reject.</para>
/// <para>Undefined cases give NaN, never an exception: an empty arm; on the ratio scale, no event in either arm. Margins
/// on the wrong side for the stated direction throw, with a message saying which sign is expected.</para>
/// </remarks>
public static class NonInferiority
{
    /// <summary>Non-inferiority score test at <paramref name="margin"/>.</summary>
    /// <param name="table">The 2x2 table, treatment first.</param>
    /// <param name="margin">Difference scale: in (-1, 0) when higher is better (e.g. -0.10), in (0, 1) when lower is better.
    /// Ratio scale: in (0, 1) when higher is better (e.g. 0.8), above 1 (finite) when lower is better.</param>
    /// <param name="method">Score test (default Miettinen-Nurminen, SAS <c>METHOD=SCORE</c>).</param>
    /// <param name="options">Scale, better direction and alpha (default difference, higher better, 0.025).</param>
    /// <returns>The test, its interval and the decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The margin is on the wrong side for the direction, or outside the scale's range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    public static NonInferiorityResult Test(TwoByTwoTable table, double margin, NonInferiorityMethod method = NonInferiorityMethod.MiettinenNurminen, NonInferiorityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown test.");
        options ??= NonInferiorityOptions.Default;
        CheckMargin(margin, options.Scale, options.Better, nameof(margin));
        var ci = Interval(table, method, options.Scale, 1 - 2 * options.Alpha);
        return Single(table, margin, method, options.Scale, options.Better, options.Alpha, ci);
    }

    /// <summary>Equivalence by two one-sided score tests at <paramref name="lowerMargin"/> and <paramref name="upperMargin"/>.</summary>
    /// <param name="table">The 2x2 table, treatment first.</param>
    /// <param name="lowerMargin">Lower margin: difference in (-1, 0), ratio in (0, 1).</param>
    /// <param name="upperMargin">Upper margin: difference in (0, 1), ratio above 1 (finite).</param>
    /// <param name="method">Score test (default Miettinen-Nurminen).</param>
    /// <param name="options">Scale and alpha (the direction is not used).</param>
    /// <returns>Both one-sided tests, the larger p-value, the 1 - 2 alpha interval and the decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">A margin on the wrong side of the null value (0 or 1).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    public static EquivalenceResult Equivalence(TwoByTwoTable table, double lowerMargin, double upperMargin, NonInferiorityMethod method = NonInferiorityMethod.MiettinenNurminen, NonInferiorityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown test.");
        options ??= NonInferiorityOptions.Default;
        CheckMargin(lowerMargin, options.Scale, BetterDirection.Higher, nameof(lowerMargin));
        CheckMargin(upperMargin, options.Scale, BetterDirection.Lower, nameof(upperMargin));
        var ci = Interval(table, method, options.Scale, 1 - 2 * options.Alpha);
        var lower = Single(table, lowerMargin, method, options.Scale, BetterDirection.Higher, options.Alpha, ci);
        var upper = Single(table, upperMargin, method, options.Scale, BetterDirection.Lower, options.Alpha, ci);
        double p = double.IsNaN(lower.PValue) || double.IsNaN(upper.PValue) ? double.NaN : Math.Max(lower.PValue, upper.PValue);
        bool? equivalent = lower.Noninferior is null || upper.Noninferior is null ? null : lower.Noninferior.Value && upper.Noninferior.Value;
        return new EquivalenceResult(lower, upper, p, ci.Ci, equivalent);
    }

    private static void CheckMargin(double margin, EffectScale scale, BetterDirection better, string name)
    {
        string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        if (!double.IsFinite(margin)) throw new ArgumentException($"The margin must be a finite number, not {F(margin)}.", name);
        if (scale == EffectScale.Difference)
        {
            if (better == BetterDirection.Higher && !(margin < 0 && margin > -1))
                throw new ArgumentException($"With higher proportions better, a difference margin must lie in (-1, 0), e.g. -0.10 (treatment may be at most 10 points worse); got {F(margin)}.", name);
            if (better == BetterDirection.Lower && !(margin > 0 && margin < 1))
                throw new ArgumentException($"With lower proportions better, a difference margin must lie in (0, 1), e.g. 0.10 (treatment may be at most 10 points worse); got {F(margin)}.", name);
        }
        else
        {
            if (better == BetterDirection.Higher && !(margin > 0 && margin < 1))
                throw new ArgumentException($"With higher proportions better, a ratio margin must lie in (0, 1), e.g. 0.8; got {F(margin)}.", name);
            if (better == BetterDirection.Lower && !(margin > 1))
                throw new ArgumentException($"With lower proportions better, a ratio margin must be above 1, e.g. 1.25; got {F(margin)}.", name);
        }
    }

    private static NonInferiorityResult Single(TwoByTwoTable t, double margin, NonInferiorityMethod method, EffectScale scale, BetterDirection better, double alpha, (ConfidenceInterval Ci, NonInferiorityCiMethod Method) ci)
    {
        double estimate = Estimate(t, scale);
        double z = double.IsNaN(estimate) ? double.NaN : Statistic(t, margin, method, scale);
        double p = double.IsNaN(z) ? double.NaN : better == BetterDirection.Higher ? Normal.CDF(0, 1, -z) : Normal.CDF(0, 1, z);
        bool? decision = double.IsNaN(ci.Ci.Lower) ? null : better == BetterDirection.Higher ? ci.Ci.Lower > margin : ci.Ci.Upper < margin;
        return new NonInferiorityResult(t, scale, better, method, estimate, margin, z, p, alpha, ci.Ci, ci.Method, decision);
    }

    private static double Estimate(TwoByTwoTable t, EffectScale scale)
    {
        if (t.TreatmentTotal == 0 || t.ControlTotal == 0) return double.NaN;
        if (scale == EffectScale.Difference) return t.TreatmentProportion - t.ControlProportion;
        if (t.TreatmentEvents == 0 && t.ControlEvents == 0) return double.NaN;
        return t.ControlEvents == 0 ? double.PositiveInfinity : t.TreatmentProportion / t.ControlProportion;
    }

    /// <summary>Score statistic at a null value (difference d0 or ratio r0).</summary>
    internal static double Statistic(TwoByTwoTable t, double nullValue, NonInferiorityMethod method, EffectScale scale)
    {
        int x1 = t.TreatmentEvents, n1 = t.TreatmentTotal, x2 = t.ControlEvents, n2 = t.ControlTotal;
        bool mn = method == NonInferiorityMethod.MiettinenNurminen;
        if (scale == EffectScale.Difference)
        {
            double d = (double)x1 / n1 - (double)x2 / n2;
            return ProportionMath.ScoreRatio(d - nullValue, ProportionMath.ScoreVarianceForDifference(x1, n1, x2, n2, nullValue, mn));
        }
        var (q1, q2) = RiskRatio.Constrained(x1, n1, x2, n2, nullValue);
        double variance = q1 * (1 - q1) / n1 + nullValue * nullValue * q2 * (1 - q2) / n2;
        if (mn) variance *= (n1 + (double)n2) / (n1 + n2 - 1.0);
        return ProportionMath.ScoreRatio((double)x1 / n1 - nullValue * x2 / n2, variance);
    }

    private static (ConfidenceInterval Ci, NonInferiorityCiMethod Method) Interval(TwoByTwoTable t, NonInferiorityMethod method, EffectScale scale, double level)
    {
        bool mn = method == NonInferiorityMethod.MiettinenNurminen;
        if (scale == EffectScale.Difference)
        {
            var e = ProportionDifference.Estimate(t, mn ? DifferenceCiMethod.MiettinenNurminen : DifferenceCiMethod.Mee, level);
            return (e.Ci, mn ? NonInferiorityCiMethod.MiettinenNurminen : NonInferiorityCiMethod.Mee);
        }
        if (mn) return (RiskRatio.Estimate(t, RiskRatioCiMethod.Score, level).Ci, NonInferiorityCiMethod.MiettinenNurminen);
        return (KoopmanInterval(t, level), NonInferiorityCiMethod.Koopman);
    }

    /// <summary>Inverts the Farrington-Manning ratio statistic (no N/(N-1)) on the log-ratio scale.</summary>
    private static ConfidenceInterval KoopmanInterval(TwoByTwoTable t, double level)
    {
        int x1 = t.TreatmentEvents, x2 = t.ControlEvents;
        if (t.TreatmentTotal == 0 || t.ControlTotal == 0 || (x1 == 0 && x2 == 0)) return ConfidenceInterval.Undefined(level);
        double z = ProportionMath.TwoSidedZ(level);
        double Stat(double logRatio) => Statistic(t, Math.Exp(logRatio), NonInferiorityMethod.FarringtonManning, EffectScale.Ratio);
        // The statistic decreases in the log ratio; it is +inf near 0 when x1 > 0 and -inf far out when x2 > 0.
        double lower = 0, upper = double.PositiveInfinity;
        if (x1 > 0)
        {
            double hi = 0;
            while (Stat(hi) > z && hi < 700) hi += 1;
            double lo = hi - 1;
            while (Stat(lo) <= z && lo > -700) lo -= 1;
            lower = Math.Exp(ProportionMath.Bisect(s => Stat(s) - z, lo, hi, positiveAtLo: true));
        }
        if (x2 > 0)
        {
            double lo = 0;
            while (Stat(lo) < -z && lo > -700) lo -= 1;
            double hi = lo + 1;
            while (Stat(hi) >= -z && hi < 700) hi += 1;
            upper = Math.Exp(ProportionMath.Bisect(s => Stat(s) + z, lo, hi, positiveAtLo: true));
        }
        return new ConfidenceInterval(lower, upper, level);
    }
}
