namespace AsAnalysis.Statistics.Logistic;

/// <summary>Codes and labels of <see cref="MarginalVarianceMethod"/>.</summary>
public static class MarginalVarianceMethodNames
{
    /// <summary>snake_case code used in ard.csv: <c>ge</c> or <c>ye</c>.</summary>
    /// <param name="method">The method.</param>
    public static string Code(this MarginalVarianceMethod method) => method switch
    {
        MarginalVarianceMethod.Ge => "ge",
        MarginalVarianceMethod.Ye => "ye",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Compact label: <c>Ge</c> or <c>Ye</c>.</summary>
    /// <param name="method">The method.</param>
    public static string ShortLabel(this MarginalVarianceMethod method) => method switch
    {
        MarginalVarianceMethod.Ge => "Ge",
        MarginalVarianceMethod.Ye => "Ye",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Words for footnotes and the methods section.</summary>
    /// <param name="method">The method.</param>
    public static string Label(this MarginalVarianceMethod method) => method switch
    {
        MarginalVarianceMethod.Ge => "delta-method variance (Ge et al. 2011)",
        MarginalVarianceMethod.Ye => "robust variance (Ye et al. 2023)",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
