namespace AsAnalysis.Statistics;

/// <summary>Confidence interval methods for the risk ratio (treatment over control).</summary>
public enum RiskRatioCiMethod
{
    /// <summary>Log (Katz) interval. Canonical name <c>log</c>.</summary>
    Log,
    /// <summary>Score interval (Koopman 1984 / Miettinen-Nurminen). Canonical name <c>score</c>.</summary>
    Score,
}
