using AsAnalysis.Ard;

namespace AsAnalysis.Safety;

/// <summary>
/// The former home of the safety rows' ard.csv names. Each enum now has its own names type with <c>Code</c>,
/// <c>ShortLabel</c> and <c>Label</c> (<see cref="OverviewCategoryNames"/>, <see cref="SeverityCategoryNames"/>,
/// <see cref="RelationshipCategoryNames"/>, <see cref="TermLevelNames"/>); these forwarders remain for one release.
/// </summary>
public static class SafetyNames
{
    /// <summary>Endpoint name of an overview category; the same as <see cref="OverviewCategoryNames.Code"/>.</summary>
    /// <param name="category">The category.</param>
    [Obsolete("Use Code (OverviewCategoryNames).", false)]
    public static string EndpointName(this OverviewCategory category) => category.Code();

    /// <summary>Endpoint name of a maximum-severity category; the same as <see cref="SeverityCategoryNames.Code"/>.</summary>
    /// <param name="category">The category.</param>
    [Obsolete("Use Code (SeverityCategoryNames).", false)]
    public static string EndpointName(this SeverityCategory category) => category.Code();

    /// <summary>Endpoint name of a relationship category; the same as <see cref="RelationshipCategoryNames.Code"/>.</summary>
    /// <param name="category">The category.</param>
    [Obsolete("Use Code (RelationshipCategoryNames).", false)]
    public static string EndpointName(this RelationshipCategory category) => category.Code();

    /// <summary>The ard.csv analysis name of a row level; the same as <see cref="TermLevelNames.ArdAnalysisName"/>.</summary>
    /// <param name="level">The level.</param>
    [Obsolete("Use ArdAnalysisName (TermLevelNames).", false)]
    public static string AnalysisName(this TermLevel level) => level.ArdAnalysisName();

    /// <summary>The ard.csv arm label of a between-arm row; the same as <see cref="ArdAnalysis.DifferenceArmLabel"/>.</summary>
    /// <param name="treatmentArm">The test arm (compared against the control arm).</param>
    /// <param name="armCount">Number of arms in the analysis.</param>
    [Obsolete("Use AsAnalysis.Ard.ArdAnalysis.DifferenceArmLabel.", false)]
    public static string DifferenceArmLabel(string treatmentArm, int armCount) => ArdAnalysis.DifferenceArmLabel(treatmentArm, armCount);
}
