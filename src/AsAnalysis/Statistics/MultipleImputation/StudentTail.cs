using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace AsAnalysis.Statistics.MultipleImputation;

/// <summary>
/// Two-sided tail probability and quantile of Student's t for any positive (real) degrees of freedom nu, as Rubin's
/// rules need them: the Barnard-Rubin degrees of freedom range from below 1 to about 10^9 (MathNet's
/// <c>StudentT.InvCDF</c> searches a fixed bracket, fails for small nu and loses digits for large nu).
/// </summary>
/// <remarks>
/// Tail: for nu &gt; 4e5 the normal approximation R's <c>pt</c> uses there (error of order nu^-2; the incomplete
/// beta with such parameters loses digits); otherwise P(|T| &gt; t) = I_x(nu/2, 1/2) with x = nu / (nu + t^2), evaluated directly when t^2 &gt;= 1 (the tail is
/// then at most about 0.5 and the incomplete beta's own lower tail is accurate), and as 1 - I_y(1/2, nu/2) with
/// y = t^2 / (nu + t^2) for smaller t (the tail is then above 0.3 and the subtraction is harmless).
/// Quantile: for nu &gt;= 10^4 the Cornish-Fisher expansion of t in the normal quantile z up to nu^-4 (Hill 1970,
/// Comm. ACM 13:619, algorithm 396), whose truncation error is below 1e-16 there; for 3 &lt;= nu &lt; 10^4 Newton's method on the tail from
/// that expansion (quadratic convergence, a few incomplete-beta evaluations); otherwise, or if Newton does not settle,
/// by the beta quantile
/// (<see cref="ProportionMath.BetaQuantile"/>) of y or x, whichever is below 1/2, and where that underflows (nu well
/// below 1, quantiles beyond 10^20) by bisection on log t of the tail.
/// </remarks>
internal static class StudentTail
{
    /// <summary>P(|T| &gt; |t|) for T ~ t with <paramref name="df"/> &gt; 0 degrees of freedom.</summary>
    internal static double TwoSided(double t, double df)
    {
        double t2 = t * t;
        if (t2 == 0) return 1.0;
        if (double.IsPositiveInfinity(t2)) return 0.0;
        if (df > 4e5)
        {
            // R's pt for large df: Phi of t (1 - 1/(4 nu)) / sqrt(1 + t^2 / (2 nu)), error of order nu^-2.
            double v = 1 / (4 * df);
            return 2 * Normal.CDF(0, 1, -Math.Abs(t) * (1 - v) / Math.Sqrt(1 + t2 * 2 * v));
        }
        if (t2 >= 1) return SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t2));
        return 1 - SpecialFunctions.BetaRegularized(0.5, df / 2, t2 / (df + t2));
    }

    /// <summary>The t &gt; 0 with P(|T| &gt; t) = <paramref name="twoSided"/> in (0, 1): the (1 - twoSided/2) quantile.</summary>
    internal static double Quantile(double twoSided, double df)
    {
        double start = CornishFisher(-Normal.InvCDF(0, 1, twoSided / 2), df);
        if (df >= 1e4) return start;
        if (df >= 3 && Newton(start, twoSided, df) is var newton && newton > 0) return newton;
        double y = ProportionMath.BetaQuantile(0.5, df / 2, 1 - twoSided);
        double t;
        if (y <= 0.5) t = Math.Sqrt(df * y / (1 - y));
        else
        {
            double x = ProportionMath.BetaQuantile(df / 2, 0.5, twoSided);
            t = Math.Sqrt(df * (1 - x) / x);
        }
        return double.IsFinite(t) && t > 0 ? t : Bisect(twoSided, df);
    }

    /// <summary>Newton's method on the tail from a Cornish-Fisher start: converged t, or NaN when it does not settle in 20 steps.</summary>
    private static double Newton(double t, double twoSided, double df)
    {
        double logScale = SpecialFunctions.GammaLn((df + 1) / 2) - SpecialFunctions.GammaLn(df / 2) - 0.5 * Math.Log(df * Math.PI);
        for (int i = 0; i < 20; i++)
        {
            double density = Math.Exp(logScale - (df + 1) / 2 * SpecialFunctions.Log1p(t * t / df));
            double step = (TwoSided(t, df) - twoSided) / (2 * density);
            double next = t + step;
            if (!(next > 0) || !double.IsFinite(next)) return double.NaN;
            if (Math.Abs(step) <= 4e-16 * next) return next;
            t = next;
        }
        return double.NaN;
    }

    private static double CornishFisher(double z, double nu)
    {
        double z2 = z * z;
        double g1 = (z2 + 1) * z / 4;
        double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        return z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu;
    }

    /// <summary>Bisection on log t in [0, 709] (t up to 8e307) of the decreasing tail, to the last bit.</summary>
    private static double Bisect(double twoSided, double df)
    {
        double lo = 0, hi = 709.78;
        for (int i = 0; i < 200; i++)
        {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) break;
            if (TwoSided(Math.Exp(mid), df) > twoSided) lo = mid; else hi = mid;
        }
        return Math.Exp(lo + (hi - lo) / 2);
    }
}
