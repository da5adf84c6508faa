using AsAnalysis.Statistics;

namespace AsAnalysis.Reporting.Formatting;

/// <summary>
/// The former plain-words names of the statistical methods. Footnotes and the methods section now take them from each
/// method enum's names type (<c>Label</c>, e.g. <see cref="DifferenceCiMethodNames.Label"/>); these forwarders remain
/// for one release.
/// </summary>
public static class MethodText
{
    /// <summary>Name of a single-proportion interval; the same as <see cref="ProportionCiMethodNames.Label"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Label (ProportionCiMethodNames).", false)]
    public static string Describe(ProportionCiMethod method) => method.Label();

    /// <summary>Name of a risk-difference interval; the same as <see cref="DifferenceCiMethodNames.Label"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Label (DifferenceCiMethodNames).", false)]
    public static string Describe(DifferenceCiMethod method) => method.Label();

    /// <summary>Name of a risk-ratio interval; the same as <see cref="RiskRatioCiMethodNames.Label"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Label (RiskRatioCiMethodNames).", false)]
    public static string Describe(RiskRatioCiMethod method) => method.Label();

    /// <summary>Name of an odds-ratio method; the same as <see cref="OddsRatioMethodNames.Label"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Label (OddsRatioMethodNames).", false)]
    public static string Describe(OddsRatioMethod method) => method.Label();

    /// <summary>Name of a test; the same as <see cref="TestMethodNames.Label"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Label (TestMethodNames).", false)]
    public static string Describe(TestMethod method) => method.Label();

    /// <summary>Name of a multiplicity adjustment; the same as <see cref="PValueAdjustmentNames.Label"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Label (PValueAdjustmentNames).", false)]
    public static string Describe(PValueAdjustment method) => method.Label();
}
