using AsAnalysis.Ard;

namespace AsAnalysis.Safety;

/// <summary>The results of <see cref="SafetyAnalysis.Run"/>: every safety table, immutable, in a stable order.</summary>
public sealed class SafetyResults
{
    internal SafetyResults(
        SafetyOptions options,
        IReadOnlyList<SafetyArm> arms,
        IReadOnlyList<OverviewRow> overview,
        SocPtTable bySocPt,
        IReadOnlyList<TermBreakdown<SeverityCategory>> bySeverity,
        IReadOnlyList<TermBreakdown<RelationshipCategory>> byRelationship,
        IReadOnlyList<TermComparison> termComparisons,
        IReadOnlyList<ExposureAdjustedRate> exposureAdjustedRates,
        IReadOnlyList<ArmExposureSummary> exposureSummary,
        IReadOnlyList<SafetyHandlingCount> dataHandling)
    {
        Options = options;
        Arms = arms;
        Overview = overview;
        BySocPt = bySocPt;
        BySeverity = bySeverity;
        ByRelationship = byRelationship;
        TermComparisons = termComparisons;
        ExposureAdjustedRates = exposureAdjustedRates;
        ExposureSummary = exposureSummary;
        DataHandling = dataHandling;
    }

    /// <summary>The options in force.</summary>
    public SafetyOptions Options { get; }
    /// <summary>The control arm of the comparisons (<c>null</c>: none).</summary>
    public string? ControlArm => Options.ControlArm;
    /// <summary>Arms of the safety population (actual arm, ordinal order) with their N.</summary>
    public IReadOnlyList<SafetyArm> Arms { get; }
    /// <summary>TEAE overview: any TEAE, serious, leading to discontinuation, related, severe, and deaths when the data carry them.</summary>
    public IReadOnlyList<OverviewRow> Overview { get; }
    /// <summary>TEAEs by SOC and PT.</summary>
    public SocPtTable BySocPt { get; }
    /// <summary>Subjects by maximum severity: overall first, then every shown SOC/PT row in display order.</summary>
    public IReadOnlyList<TermBreakdown<SeverityCategory>> BySeverity { get; }
    /// <summary>Subjects by relationship: overall first, then every shown SOC/PT row in display order.</summary>
    public IReadOnlyList<TermBreakdown<RelationshipCategory>> ByRelationship { get; }
    /// <summary>Risk difference and Fisher's p (descriptive) of each overview and shown SOC/PT row, each test arm against the control.</summary>
    public IReadOnlyList<TermComparison> TermComparisons { get; }
    /// <summary>EAIR and EAER of each overview row (except deaths) and each shown SOC/PT row, per arm and between arms.</summary>
    public IReadOnlyList<ExposureAdjustedRate> ExposureAdjustedRates { get; }
    /// <summary>Exposure per arm (administrations, dose, duration, time at risk).</summary>
    public IReadOnlyList<ArmExposureSummary> ExposureSummary { get; }
    /// <summary>Exclusions and imputations with their counts (non-zero kinds only, in enum order).</summary>
    public IReadOnlyList<SafetyHandlingCount> DataHandling { get; }

    /// <summary>The count of one data-handling kind (0 when it did not occur).</summary>
    /// <param name="kind">The kind.</param>
    public int HandlingCount(SafetyHandling kind) => DataHandling.FirstOrDefault(h => h.Kind == kind)?.Count ?? 0;

    /// <summary>
    /// Flattens every table to ard.csv rows (docs/safety.md lists the statistics). Order: overview rows, then each SOC
    /// followed by its PTs; within a row, the per-arm counts, the breakdowns, the rates and the comparisons; then exposure.
    /// </summary>
    public IReadOnlyList<ArdRow> ToArdRows() => SafetyArd.Build(this);
}
