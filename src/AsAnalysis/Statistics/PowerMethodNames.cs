namespace AsAnalysis.Statistics;

/// <summary>Canonical names of <see cref="PowerMethod"/>.</summary>
public static class PowerMethodNames
{
    /// <summary>Canonical name of a power method.</summary>
    /// <param name="method">The method.</param>
    public static string CanonicalName(this PowerMethod method) => method switch
    {
        PowerMethod.NormalApproximation => "normal",
        PowerMethod.NormalApproximationCorrected => "normal_cc",
        PowerMethod.ExactFisher => "exact_fisher",
        PowerMethod.ExactChiSquare => "exact_chisq",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    internal static bool IsExact(this PowerMethod method) => method is PowerMethod.ExactFisher or PowerMethod.ExactChiSquare;
}
