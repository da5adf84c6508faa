using MathNet.Numerics;

namespace AsAnalysis.Statistics.Bayes;

/// <summary>
/// The distribution of D = X - Y for independent X ~ Beta(a1, b1) (treatment) and Y ~ Beta(a2, b2) (control), e.g.
/// the posterior of a difference of response rates, computed by numerical integration of the convolution (no
/// simulation). Immutable.
/// </summary>
/// <remarks>
/// <para>With f_X, F_X the density and distribution function of X (and likewise for Y), for -1 &lt; d &lt; 1 and
/// y in [L, U] = [max(0, -d), min(1, 1 - d)]:
/// P(D &lt;= d) = integral over [L, U] of f_Y(y) F_X(y + d) dy, plus P(Y &gt; 1 - d) when d &gt; 0;
/// P(D &gt; d) = integral over [L, U] of f_Y(y) (1 - F_X(y + d)) dy, plus P(Y &lt; -d) when d &lt; 0;
/// the density is the integral over [L, U] of f_Y(y) f_X(y + d) dy. Both tails are integrated directly (not as one
/// minus the other), so small tail probabilities keep their relative precision; F_X, 1 - F_X and the end terms are
/// regularized incomplete beta functions (MathNet <c>SpecialFunctions.BetaRegularized</c>).</para>
/// <para>The integrals use double-exponential (tanh-sinh) quadrature, which handles the y^(a - 1) singularities of a
/// beta density with a parameter below 1 (the Jeffreys prior with 0 or n events) at the ends of [L, U]; y, 1 - y,
/// y + d and 1 - y - d are formed from the distances to those ends without cancellation. [L, U] is split at Y's mean
/// and at 4 standard deviations either side (and, for the density, at the same points of X shifted by -d) so that
/// concentrated posteriors are resolved. Measured agreement with R's <c>integrate</c> (rel.tol 1e-12): within
/// 1.4e-12 relative for probabilities and densities and 3.4e-11 for quantiles (R itself is good to about 1e-12;
/// tests/AsAnalysis.Tests/Statistics/Bayes/BetaDifferenceTests.cs).</para>
/// <para>Quantiles solve P(D &lt;= d) = p (p &lt;= 1/2) or P(D &gt; d) = 1 - p (p &gt; 1/2) by Brent's method on [-1, 1] to
/// 1e-15 absolute.</para>
/// </remarks>
public sealed class BetaDifference
{
    private readonly double _a1, _b1, _a2, _b2, _lnB1, _lnB2;

    /// <summary>Creates the distribution of X - Y.</summary>
    /// <param name="a1">First shape of X (treatment), positive.</param>
    /// <param name="b1">Second shape of X, positive.</param>
    /// <param name="a2">First shape of Y (control), positive.</param>
    /// <param name="b2">Second shape of Y, positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A shape not positive and finite.</exception>
    public BetaDifference(double a1, double b1, double a2, double b2)
    {
        _a1 = BetaPrior.CheckShape(a1, nameof(a1));
        _b1 = BetaPrior.CheckShape(b1, nameof(b1));
        _a2 = BetaPrior.CheckShape(a2, nameof(a2));
        _b2 = BetaPrior.CheckShape(b2, nameof(b2));
        _lnB1 = SpecialFunctions.BetaLn(a1, b1);
        _lnB2 = SpecialFunctions.BetaLn(a2, b2);
    }

    /// <summary>Mean: a1/(a1 + b1) - a2/(a2 + b2).</summary>
    public double Mean => _a1 / (_a1 + _b1) - _a2 / (_a2 + _b2);

    /// <summary>Variance: the sum of the two beta variances a b / ((a + b)^2 (a + b + 1)).</summary>
    public double Variance => BetaVariance(_a1, _b1) + BetaVariance(_a2, _b2);

    private static double BetaVariance(double a, double b) => a * b / ((a + b) * (a + b) * (a + b + 1));

    /// <summary>P(D &lt;= d): 0 at or below -1, 1 at or above 1.</summary>
    /// <param name="d">The difference.</param>
    /// <exception cref="ArgumentException"><paramref name="d"/> is NaN.</exception>
    public double Cdf(double d)
    {
        CheckNotNaN(d);
        if (d <= -1) return 0.0;
        if (d >= 1) return 1.0;
        double v = Integrate(d, Part.Lower);
        if (d > 0) v += SpecialFunctions.BetaRegularized(_b2, _a2, d);   // P(Y > 1 - d)
        return Math.Clamp(v, 0.0, 1.0);
    }

    /// <summary>P(D &gt; d), integrated directly (accurate when small): 1 at or below -1, 0 at or above 1.</summary>
    /// <param name="d">The difference.</param>
    /// <exception cref="ArgumentException"><paramref name="d"/> is NaN.</exception>
    public double Survival(double d)
    {
        CheckNotNaN(d);
        if (d <= -1) return 1.0;
        if (d >= 1) return 0.0;
        double v = Integrate(d, Part.Upper);
        if (d < 0) v += SpecialFunctions.BetaRegularized(_a2, _b2, -d);  // P(Y < -d)
        return Math.Clamp(v, 0.0, 1.0);
    }

    /// <summary>Density of D at d (0 outside (-1, 1)).</summary>
    /// <param name="d">The difference.</param>
    /// <exception cref="ArgumentException"><paramref name="d"/> is NaN.</exception>
    public double Density(double d)
    {
        CheckNotNaN(d);
        if (d <= -1 || d >= 1) return 0.0;
        return Integrate(d, Part.Density);
    }

    /// <summary>The p-quantile: the d with P(D &lt;= d) = p.</summary>
    /// <param name="p">Probability in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> outside (0, 1).</exception>
    public double Quantile(double p)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "A probability strictly between 0 and 1.");
        Func<double, double> f = p <= 0.5 ? d => Cdf(d) - p : d => (1 - p) - Survival(d);
        return MonotoneRoot.Find(f, -1.0, 1.0, 1e-15);
    }

    private static void CheckNotNaN(double d)
    {
        if (double.IsNaN(d)) throw new ArgumentException("The difference is NaN.", nameof(d));
    }

    private enum Part { Lower, Upper, Density }

    private double Integrate(double d, Part part)
    {
        double lo = Math.Max(0.0, -d), oneMinusD = 1 - d, hi = Math.Min(1.0, oneMinusD);
        var cuts = new List<double> { lo, hi };
        void Around(double mean, double sd)
        {
            foreach (double c in new[] { mean - 4 * sd, mean, mean + 4 * sd })
                if (c > lo && c < hi) cuts.Add(c);
        }
        double m2 = _a2 / (_a2 + _b2), s2 = Math.Sqrt(BetaVariance(_a2, _b2));
        Around(m2, s2);
        if (part == Part.Density) Around(_a1 / (_a1 + _b1) - d, Math.Sqrt(BetaVariance(_a1, _b1)));
        cuts.Sort();

        double total = 0;
        for (int i = 0; i + 1 < cuts.Count; i++)
        {
            double a = cuts[i], b = cuts[i + 1];
            if (!(b > a)) continue;
            // Exact complements at the piece's ends (exactly 0 at the ends of [L, U] where the singularities are).
            double aOne = 1 - a, aPlusD = a + d, aRest = oneMinusD - a;
            double bOne = 1 - b, bPlusD = b + d, bRest = oneMinusD - b;
            double Integrand(double fromA, double fromB)
            {
                double y, oneMinusY, x, oneMinusX;
                if (fromA <= fromB) { y = a + fromA; oneMinusY = aOne - fromA; x = aPlusD + fromA; oneMinusX = aRest - fromA; }
                else { y = b - fromB; oneMinusY = bOne + fromB; x = bPlusD - fromB; oneMinusX = bRest + fromB; }
                if (!(y > 0) || !(oneMinusY > 0) || !(x > 0) || !(oneMinusX > 0)) return 0.0;
                double fy = Math.Exp((_a2 - 1) * Math.Log(y) + (_b2 - 1) * Math.Log(oneMinusY) - _lnB2);
                return part switch
                {
                    Part.Lower => fy * SpecialFunctions.BetaRegularized(_a1, _b1, x),
                    Part.Upper => fy * SpecialFunctions.BetaRegularized(_b1, _a1, oneMinusX),
                    _ => fy * Math.Exp((_a1 - 1) * Math.Log(x) + (_b1 - 1) * Math.Log(oneMinusX) - _lnB1),
                };
            }
            total += TanhSinh.Integrate(Integrand, a, b);
        }
        return total;
    }
}
