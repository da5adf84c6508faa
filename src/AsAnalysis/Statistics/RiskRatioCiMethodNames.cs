namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="RiskRatioCiMethod"/> (risk-ratio intervals): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class RiskRatioCiMethodNames
{
    /// <summary>The ard.csv method code: <c>log</c> or <c>score</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RiskRatioCiMethod"/>.</exception>
    public static string Code(this RiskRatioCiMethod method) => method switch
    {
        RiskRatioCiMethod.Log => "log",
        RiskRatioCiMethod.Score => "score",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label: <c>Katz</c> or <c>Koopman</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RiskRatioCiMethod"/>.</exception>
    public static string ShortLabel(this RiskRatioCiMethod method) => method switch
    {
        RiskRatioCiMethod.Log => "Katz",
        RiskRatioCiMethod.Score => "Koopman",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text: <c>log (Katz)</c> or <c>Koopman score</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="RiskRatioCiMethod"/>.</exception>
    public static string Label(this RiskRatioCiMethod method) => method switch
    {
        RiskRatioCiMethod.Log => "log (Katz)",
        RiskRatioCiMethod.Score => "Koopman score",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
