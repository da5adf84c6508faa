using MathNet.Numerics.RootFinding;

namespace AsAnalysis.Statistics;

/// <summary>Root of a continuous monotone function on the whole real line (MathNet bracketing + Brent).</summary>
internal static class MonotoneRoot
{
    /// <summary>
    /// Finds x with f(x) = 0 for a continuous monotone f that changes sign somewhere on the real line:
    /// the bracket [-1, 1] is expanded (MathNet <see cref="ZeroCrossingBracketing.Expand"/>) until it
    /// straddles the root, then refined with MathNet <see cref="Brent"/> (bisection as a fallback).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="accuracy">Absolute accuracy in x; Brent also stops when |f| is below it.</param>
    internal static double Find(Func<double, double> f, double accuracy = 1e-13)
    {
        double lower = -1, upper = 1;
        if (!ZeroCrossingBracketing.Expand(f, ref lower, ref upper, 1.6, 200))
            throw new InvalidOperationException("Internal error: no sign change found for a monotone function.");
        return Find(f, lower, upper, accuracy);
    }

    /// <summary>Finds a root of f in [lower, upper] where f changes sign (Brent, bisection as a fallback).</summary>
    internal static double Find(Func<double, double> f, double lower, double upper, double accuracy)
    {
        if (Brent.TryFindRoot(f, lower, upper, accuracy, 200, out double root)) return root;
        return Bisection.FindRoot(f, lower, upper, accuracy, 2000);
    }
}
