using MathNet.Numerics;

namespace AsAnalysis.Statistics;

/// <summary>
/// Log-space helpers for binomial coefficients, shared by the exact tests.
/// </summary>
internal static class LogCombinatorics
{
    /// <summary>ln(i!) for i = 0..n (MathNet <see cref="SpecialFunctions.FactorialLn"/>: exact table below 171, Lanczos log-gamma above).</summary>
    internal static double[] LogFactorials(int n)
    {
        var table = new double[n + 1];
        for (int i = 0; i <= n; i++) table[i] = SpecialFunctions.FactorialLn(i);
        return table;
    }

    /// <summary>ln C(n, i) for i = 0..n from a table of log-factorials covering n.</summary>
    internal static double[] LogBinomials(int n, double[] logFactorials)
    {
        var table = new double[n + 1];
        for (int i = 0; i <= n; i++) table[i] = logFactorials[n] - logFactorials[i] - logFactorials[n - i];
        return table;
    }
}
