namespace AsAnalysis.Statistics;

/// <summary>
/// Brent's (1973) zero finder with the step rules of the classic <c>zeroin</c> (bisection, secant and inverse
/// quadratic interpolation, minimum step tol/2 + 2 eps |b|), which is the algorithm behind R's <c>uniroot</c>.
/// </summary>
/// <remarks>
/// MathNet's <c>Brent.FindRoot</c> is not used on purpose: R's Wilcoxon interval and location estimate are zeros of
/// a step function found with tolerance 1e-4, so the value R prints depends on the exact sequence of iterates.
/// Following the same rules (same initial bracket and function values, same tolerance and iteration cap, no
/// re-evaluation at the end points) reproduces R's numbers to rounding, rather than to 1e-4.
/// </remarks>
internal static class BrentZeroin
{
    /// <summary>Finds a zero of <paramref name="f"/> in [a, b], given f(a) and f(b) of opposite signs (or one zero).</summary>
    /// <param name="f">The function.</param>
    /// <param name="a">Lower end.</param>
    /// <param name="b">Upper end.</param>
    /// <param name="fa">f(a).</param>
    /// <param name="fb">f(b).</param>
    /// <param name="tolerance">Absolute tolerance (R <c>uniroot(tol = )</c>).</param>
    /// <param name="maxIterations">Iteration cap (R <c>uniroot(maxiter = )</c>, default 1000).</param>
    /// <param name="converged">False when the cap was reached (R warns "_NOT_ converged"); the last iterate is returned.</param>
    /// <returns>The approximate zero.</returns>
    public static double FindRoot(Func<double, double> f, double a, double b, double fa, double fb, double tolerance, int maxIterations, out bool converged)
    {
        converged = true;
        if (fa == 0) return a;
        if (fb == 0) return b;

        // b: best approximation so far; a: previous b; c: the point bracketing the zero with b.
        var c = a;
        var fc = fa;
        for (var iteration = 0; iteration <= maxIterations; iteration++)
        {
            var previousStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                (a, b, c) = (b, c, b);
                (fa, fb, fc) = (fb, fc, fb);
            }

            var actualTolerance = 2 * Moments.MachineEpsilon * Math.Abs(b) + tolerance / 2;
            var step = (c - b) / 2;
            if (Math.Abs(step) <= actualTolerance || fb == 0) return b;

            if (Math.Abs(previousStep) >= actualTolerance && Math.Abs(fa) > Math.Abs(fb))
            {
                // Interpolate; the step is p / q with the division delayed.
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    var t1 = fb / fa; // secant through a and b
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    q = fa / fc; // inverse quadratic through a, b, c
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }

                if (p > 0) q = -q;
                else p = -p;

                // Accept the interpolation only inside [b, c] and when it shrinks faster than bisection would.
                if (p < 0.75 * cb * q - Math.Abs(actualTolerance * q) / 2 && p < Math.Abs(previousStep * q / 2)) step = p / q;
            }

            if (Math.Abs(step) < actualTolerance) step = step > 0 ? actualTolerance : -actualTolerance;

            a = b;
            fa = fb;
            b += step;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }

        converged = false;
        return b;
    }
}
