namespace AsAnalysis.Statistics.Bayes;

/// <summary>
/// Double-exponential (tanh-sinh) quadrature of Takahasi and Mori (1974) on a finite interval, for integrands with
/// integrable singularities at the ends (a beta density with a parameter below 1 behaves like y^-1/2 there).
/// </summary>
/// <remarks>
/// With y = c + h tanh(pi/2 sinh t), c = (a + b)/2, h = (b - a)/2, the integral is h times the integral over the real
/// line of g(y(t)) (pi/2) cosh t / cosh^2(pi/2 sinh t), evaluated by the trapezoidal rule with step 2^-k, k = 0, 1, ...
/// (each level adds the odd points), until two levels agree to 1e-13 relative (the error of a level is then about the
/// square of that, far below rounding) or at level 12. The integrand receives the distances of the point from both
/// ends, computed without cancellation (h times 2 e^-2u / (1 + e^-2u) with u = pi/2 sinh |t|), so that it can form
/// y - a and b - y to full relative precision near an end where its singularity is.
/// </remarks>
internal static class TanhSinh
{
    private const int MaxLevel = 12;

    /// <summary>Integral over [a, b] of g(distance from a, distance from b); a &lt; b.</summary>
    internal static double Integrate(Func<double, double, double> g, double a, double b)
    {
        double h = (b - a) / 2, width = b - a;
        // Level 0: t = 0 and t = +/-1, +/-2, ...
        double sum = Term(g, 0, h, width);
        sum += Side(g, 1.0, 1.0, h, width, sum);
        double step = 1, previous = h * step * sum;
        for (int level = 1; level <= MaxLevel; level++)
        {
            step /= 2;
            // Odd multiples of the new step: t = step, 3 step, 5 step, ...
            double added = Side(g, step, 2 * step, h, width, sum);
            sum += added;
            double estimate = h * step * sum;
            if (level >= 3 && Math.Abs(estimate - previous) <= 1e-13 * Math.Abs(estimate) + 1e-300) return estimate;
            previous = estimate;
        }
        return previous;
    }

    /// <summary>Sum of the terms at t = +/-(first + i increment), i = 0, 1, ..., until they vanish.</summary>
    private static double Side(Func<double, double, double> g, double first, double increment, double h, double width, double total)
    {
        double s = 0;
        for (double t = first; t < 7; t += increment)
        {
            double u = Math.PI / 2 * Math.Sinh(t);
            double e = Math.Exp(-2 * u);
            double near = h * 2 * e / (1 + e);     // distance from the nearer end
            if (near == 0) break;
            double weight = Math.PI / 2 * Math.Cosh(t) * 4 * e / ((1 + e) * (1 + e));
            double far = width - near;
            double term = weight * (g(far, near) + g(near, far));
            s += term;
            if (t > 3 && Math.Abs(term) <= 1e-20 * Math.Abs(total + s)) break;
        }
        return s;
    }

    private static double Term(Func<double, double, double> g, double t, double h, double width) =>
        Math.PI / 2 * g(h, width - h);
}
