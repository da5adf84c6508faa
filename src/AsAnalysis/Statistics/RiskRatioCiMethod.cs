namespace AsAnalysis.Statistics;

/// <summary>Confidence interval methods for the risk ratio (treatment over control).</summary>
/// <remarks>Its code, short label and label: <see cref="RiskRatioCiMethodNames"/>.</remarks>
public enum RiskRatioCiMethod
{
    /// <summary>Log (Katz) interval. Code <c>log</c>.</summary>
    Log,
    /// <summary>Score interval (Koopman 1984 / Miettinen-Nurminen). Code <c>score</c>.</summary>
    Score,
}
