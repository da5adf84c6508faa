using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics.Planning;

/// <summary>
/// Power and sample size of the Farrington-Manning (1990) score test of non-inferiority of a response rate,
/// H0: p_T - p_C &lt;= -M against H1: p_T - p_C &gt; -M, with equal arms, by the normal approximation.
/// </summary>
/// <remarks>
/// With d = p_T - p_C the assumed true difference (d &gt; -M), V1 = p_T (1 - p_T) + p_C (1 - p_C) the variance (times n)
/// under the alternative and V0 = q (1 - q) + (q + M)(1 - q - M) the variance under the null at the restricted
/// maximum-likelihood rates (q, q + M) (the maximiser of the binomial log-likelihood of the assumed rates on the line
/// p_C = p_T + M, Farrington and Manning 1990, found here by root-finding on its concave derivative):
/// n = (z_(1 - alpha) sqrt(V0) + z_(power) sqrt(V1))^2 / (d + M)^2 per arm, and
/// power(n) = Phi((sqrt(n) (d + M) - z_(1 - alpha) sqrt(V0)) / sqrt(V1)). This is R rpact's
/// <c>getSampleSizeRates(pi1, pi2, thetaH0 = -M, sided = 1, normalApproximation = TRUE)</c> (its nFixed1) and
/// <c>getPowerRates</c>, against which it is tested; also SAS PROC POWER's Farrington-Manning test.
/// </remarks>
public static class NonInferiorityPlanning
{
    /// <summary>Subjects per arm for the target power.</summary>
    /// <param name="treatmentRate">Assumed treatment rate p_T in [0, 1].</param>
    /// <param name="controlRate">Assumed control rate p_C in [0, 1].</param>
    /// <param name="margin">Margin M in (0, 1).</param>
    /// <param name="power">Target power in (0, 1), default 0.8.</param>
    /// <param name="oneSidedAlpha">One-sided level in (0, 0.5), default 0.025.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument out of range, or p_T - p_C &lt;= -M (no finite sample size).</exception>
    public static NonInferioritySampleSize PerArm(double treatmentRate, double controlRate, double margin, double power = 0.8, double oneSidedAlpha = 0.025)
    {
        Check(treatmentRate, controlRate, margin, oneSidedAlpha);
        SampleSize.CheckOpenUnit(power, nameof(power));
        double d = treatmentRate - controlRate;
        if (!(d + margin > 0))
            throw new ArgumentOutOfRangeException(nameof(controlRate), controlRate, "The assumed difference must exceed minus the margin for a finite sample size.");
        double q = Restricted(treatmentRate, controlRate, margin);
        double v0 = q * (1 - q) + (q + margin) * (1 - q - margin), v1 = treatmentRate * (1 - treatmentRate) + controlRate * (1 - controlRate);
        double za = Normal.InvCDF(0, 1, 1 - oneSidedAlpha), zb = Normal.InvCDF(0, 1, power);
        double root = (za * Math.Sqrt(v0) + zb * Math.Sqrt(v1)) / (d + margin);
        double n = root * root;
        int rounded = (int)Math.Max(1, Math.Ceiling(n * (1 - 1e-12)));
        return new NonInferioritySampleSize(treatmentRate, controlRate, margin, oneSidedAlpha, power, n, rounded,
            PowerAt(treatmentRate, controlRate, margin, rounded, oneSidedAlpha, q), q, q + margin);
    }

    /// <summary>Power at <paramref name="perArm"/> subjects per arm.</summary>
    /// <param name="treatmentRate">Assumed treatment rate p_T in [0, 1].</param>
    /// <param name="controlRate">Assumed control rate p_C in [0, 1].</param>
    /// <param name="margin">Margin M in (0, 1).</param>
    /// <param name="perArm">Subjects per arm, at least 1.</param>
    /// <param name="oneSidedAlpha">One-sided level in (0, 0.5), default 0.025.</param>
    /// <returns>The power; NaN when both variances are 0 (rates 0 or 1 with a restricted estimate at a bound).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument out of range.</exception>
    public static double Power(double treatmentRate, double controlRate, double margin, int perArm, double oneSidedAlpha = 0.025)
    {
        Check(treatmentRate, controlRate, margin, oneSidedAlpha);
        if (perArm < 1) throw new ArgumentOutOfRangeException(nameof(perArm), perArm, "At least one subject per arm.");
        return PowerAt(treatmentRate, controlRate, margin, perArm, oneSidedAlpha, Restricted(treatmentRate, controlRate, margin));
    }

    private static double PowerAt(double pT, double pC, double margin, int n, double alpha, double q)
    {
        double v0 = q * (1 - q) + (q + margin) * (1 - q - margin), v1 = pT * (1 - pT) + pC * (1 - pC);
        double x = (Math.Sqrt(n) * (pT - pC + margin) - Normal.InvCDF(0, 1, 1 - alpha) * Math.Sqrt(v0)) / Math.Sqrt(v1);
        return double.IsNaN(x) ? double.NaN : Normal.CDF(0, 1, x);
    }

    private static void Check(double pT, double pC, double margin, double alpha)
    {
        SampleSize.CheckRate(pT, "treatmentRate");
        SampleSize.CheckRate(pC, "controlRate");
        if (!(margin > 0 && margin < 1)) throw new ArgumentOutOfRangeException(nameof(margin), margin, "A margin lies in (0, 1).");
        if (!(alpha > 0 && alpha < 0.5)) throw new ArgumentOutOfRangeException("oneSidedAlpha", alpha, "A one-sided alpha lies in (0, 0.5).");
    }

    /// <summary>
    /// The restricted estimate q of p_T on the line p_C = p_T + M: the maximiser over q in [0, 1 - M] of
    /// pT ln q + (1 - pT) ln(1 - q) + pC ln(q + M) + (1 - pC) ln(1 - q - M), whose derivative decreases in q.
    /// </summary>
    internal static double Restricted(double pT, double pC, double margin)
    {
        double hi = 1 - margin;
        // 1 - q - M is written as (1 - M) - q, so that it is exactly 0 at the upper end.
        double Slope(double q) => Term(pT, q) - Term(1 - pT, 1 - q) + Term(pC, q + margin) - Term(1 - pC, hi - q);
        if (!(Slope(0) > 0)) return 0;
        if (!(Slope(hi) < 0)) return hi;
        return ProportionMath.Bisect(Slope, 0, hi, positiveAtLo: true);
    }

    /// <summary>w / x with 0 / x = 0 and w / 0 = +Infinity for w &gt; 0.</summary>
    private static double Term(double w, double x) => w == 0 ? 0 : w / x;
}
