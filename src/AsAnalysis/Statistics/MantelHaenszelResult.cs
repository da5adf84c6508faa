using System.Collections.ObjectModel;

namespace AsAnalysis.Statistics;

/// <summary>Result of a Cochran-Mantel-Haenszel analysis of K 2x2 tables (strata).</summary>
/// <param name="Strata">The strata analysed (a read-only copy of the input, in input order).</param>
/// <param name="Test">The Mantel-Haenszel chi-square test (1 df), method <see cref="TestMethod.CochranMantelHaenszel"/>
/// or <see cref="TestMethod.CochranMantelHaenszelCorrected"/>.</param>
/// <param name="CommonOddsRatio">Mantel-Haenszel estimate of the common odds ratio (treatment over control); 0,
/// +Infinity, or NaN when undefined.</param>
/// <param name="OddsRatioCi">Its confidence interval (Robins-Breslow-Greenland variance of the log odds ratio).</param>
/// <exception cref="ArgumentNullException">A null argument or stratum.</exception>
/// <exception cref="ArgumentOutOfRangeException">No strata, or a negative odds ratio.</exception>
public sealed record MantelHaenszelResult(IReadOnlyList<TwoByTwoTable> Strata, TestResult Test, double CommonOddsRatio, ConfidenceInterval OddsRatioCi)
{
    /// <summary>The strata analysed, in input order.</summary>
    public IReadOnlyList<TwoByTwoTable> Strata { get; } = CopyStrata(Strata);
    /// <summary>The Mantel-Haenszel chi-square test.</summary>
    public TestResult Test { get; } = Test ?? throw new ArgumentNullException(nameof(Test));
    /// <summary>Mantel-Haenszel common odds ratio.</summary>
    public double CommonOddsRatio { get; } = CommonOddsRatio >= 0 || double.IsNaN(CommonOddsRatio) ? CommonOddsRatio
        : throw new ArgumentOutOfRangeException(nameof(CommonOddsRatio), CommonOddsRatio, "An odds ratio cannot be negative.");
    /// <summary>Confidence interval of the common odds ratio.</summary>
    public ConfidenceInterval OddsRatioCi { get; } = OddsRatioCi ?? throw new ArgumentNullException(nameof(OddsRatioCi));

    internal static ReadOnlyCollection<TwoByTwoTable> CopyStrata(IReadOnlyList<TwoByTwoTable> strata, string paramName = nameof(Strata))
    {
        ArgumentNullException.ThrowIfNull(strata, paramName);
        if (strata.Count == 0) throw new ArgumentOutOfRangeException(paramName, 0, "At least one stratum is needed.");
        var copy = new TwoByTwoTable[strata.Count];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = strata[i] ?? throw new ArgumentNullException(paramName, $"Stratum {i} is null.");
        return Array.AsReadOnly(copy);
    }
}
