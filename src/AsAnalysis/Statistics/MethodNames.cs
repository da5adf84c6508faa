namespace AsAnalysis.Statistics;

/// <summary>
/// The former home of the methods' ard.csv codes. Each method enum now has its own names type with <c>Code</c>,
/// <c>ShortLabel</c> and <c>Label</c> (e.g. <see cref="DifferenceCiMethodNames"/>); these forwarders remain for one release.
/// </summary>
public static class MethodNames
{
    /// <summary>Canonical name of a one-proportion interval method; the same as <see cref="ProportionCiMethodNames.Code"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Code (ProportionCiMethodNames).", false)]
    public static string CanonicalName(this ProportionCiMethod method) => method.Code();

    /// <summary>Canonical name of a difference interval method; the same as <see cref="DifferenceCiMethodNames.Code"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Code (DifferenceCiMethodNames).", false)]
    public static string CanonicalName(this DifferenceCiMethod method) => method.Code();

    /// <summary>Canonical name of a risk-ratio interval method; the same as <see cref="RiskRatioCiMethodNames.Code"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Code (RiskRatioCiMethodNames).", false)]
    public static string CanonicalName(this RiskRatioCiMethod method) => method.Code();

    /// <summary>Canonical name of an odds-ratio method; the same as <see cref="OddsRatioMethodNames.Code"/>.</summary>
    /// <param name="method">The method.</param>
    [Obsolete("Use Code (OddsRatioMethodNames).", false)]
    public static string CanonicalName(this OddsRatioMethod method) => method.Code();

    /// <summary>Canonical name of a test; the same as <see cref="TestMethodNames.Code"/>.</summary>
    /// <param name="method">The test.</param>
    [Obsolete("Use Code (TestMethodNames).", false)]
    public static string CanonicalName(this TestMethod method) => method.Code();

    /// <summary>Canonical name of a p-value adjustment; the same as <see cref="PValueAdjustmentNames.Code"/>.</summary>
    /// <param name="method">The adjustment.</param>
    [Obsolete("Use Code (PValueAdjustmentNames).", false)]
    public static string CanonicalName(this PValueAdjustment method) => method.Code();
}
