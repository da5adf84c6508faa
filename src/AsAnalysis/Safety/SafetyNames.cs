using AsAnalysis.Ard;

namespace AsAnalysis.Safety;

/// <summary>The ard.csv names of the safety rows.</summary>
public static class SafetyNames
{
    /// <summary>Endpoint name of an overview category (e.g. <c>ANY_TEAE</c>).</summary>
    /// <param name="category">The category.</param>
    public static string EndpointName(this OverviewCategory category) => category switch
    {
        OverviewCategory.AnyTeae => "ANY_TEAE",
        OverviewCategory.Serious => "SERIOUS",
        OverviewCategory.LeadingToDiscontinuation => "LEADING_TO_DISC",
        OverviewCategory.Related => "RELATED",
        OverviewCategory.Severe => "SEVERE",
        OverviewCategory.Death => "DEATH",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Endpoint name of a maximum-severity category (e.g. <c>MAX_SEVERITY_MILD</c>).</summary>
    /// <param name="category">The category.</param>
    public static string EndpointName(this SeverityCategory category) => category switch
    {
        SeverityCategory.Mild => "MAX_SEVERITY_MILD",
        SeverityCategory.Moderate => "MAX_SEVERITY_MODERATE",
        SeverityCategory.Severe => "MAX_SEVERITY_SEVERE",
        SeverityCategory.Missing => "MAX_SEVERITY_MISSING",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Endpoint name of a relationship category (e.g. <c>RELATIONSHIP_RELATED</c>).</summary>
    /// <param name="category">The category.</param>
    public static string EndpointName(this RelationshipCategory category) => category switch
    {
        RelationshipCategory.Related => "RELATIONSHIP_RELATED",
        RelationshipCategory.NotRelated => "RELATIONSHIP_NOT_RELATED",
        RelationshipCategory.Missing => "RELATIONSHIP_MISSING",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The ard.csv analysis name of a row level: <c>safety_overview</c>, <c>safety_soc</c> or <c>safety_pt</c>.</summary>
    /// <param name="level">The level.</param>
    public static string AnalysisName(this TermLevel level) => level switch
    {
        TermLevel.Overall => ArdAnalysis.SafetyOverview,
        TermLevel.Soc => ArdAnalysis.SafetySoc,
        TermLevel.Pt => ArdAnalysis.SafetyPt,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The ard.csv arm label of a between-arm row; see <see cref="ArdAnalysis.DifferenceArmLabel"/>.</summary>
    /// <param name="treatmentArm">The test arm (compared against the control arm).</param>
    /// <param name="armCount">Number of arms in the analysis.</param>
    public static string DifferenceArmLabel(string treatmentArm, int armCount) => ArdAnalysis.DifferenceArmLabel(treatmentArm, armCount);
}
