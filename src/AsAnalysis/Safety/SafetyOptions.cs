using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>
/// Options of the safety analysis (<see cref="SafetyAnalysis.Run"/>). Every convention that a statistical analysis
/// plan must fix is here, with the conservative defaults of the specification (as-endpoints-detail section 7).
/// </summary>
public sealed record SafetyOptions
{
    /// <summary>Control arm (an actual arm, TRT01A) for between-arm comparisons; <c>null</c> gives per-arm tables only.</summary>
    public string? ControlArm { get; init; }

    /// <summary>How treatment emergence is decided; default <see cref="TreatmentEmergentRule.FlagWhenExported"/>.</summary>
    public TreatmentEmergentRule TreatmentEmergent { get; init; } = TreatmentEmergentRule.FlagWhenExported;

    /// <summary>When derived: whether an AE with a missing start date (ASTDT) is treatment-emergent (default <c>true</c>, the admiral convention).</summary>
    public bool MissingStartDateIsTreatmentEmergent { get; init; } = true;

    /// <summary>
    /// When derived: optional end window in days; an AE that starts later than TRTEDT + window is not treatment-emergent,
    /// and the time at risk ends there too. <c>null</c> (default) = no end window (through end of study).
    /// </summary>
    public int? TreatmentEmergentWindowDays
    {
        get;
        init => field = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(TreatmentEmergentWindowDays), value, "The window cannot be negative.");
    }

    /// <summary>Severity used for an AE whose severity is missing; default <see cref="AeSeverity.Severe"/> (conservative); <c>null</c> keeps a separate "missing" category.</summary>
    public AeSeverity? MissingSeverityAs { get; init; } = AeSeverity.Severe;

    /// <summary>How a missing relationship is counted; default <see cref="MissingRelationshipRule.Related"/> (conservative).</summary>
    public MissingRelationshipRule MissingRelationship { get; init; } = MissingRelationshipRule.Related;

    /// <summary>Whether an AE with missing seriousness (AESER) counts as serious; default <c>true</c> (conservative).</summary>
    public bool MissingSeriousIsSerious { get; init; } = true;

    /// <summary>
    /// Minimum incidence (a proportion in [0, 1]) for a PT to be shown: a PT is kept when n/N reaches it in at least one arm
    /// (e.g. 0.05 for "PTs in at least 5% of any arm"). 0 (default) keeps every PT.
    /// </summary>
    public double MinimumIncidence
    {
        get;
        init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumIncidence), value, "The minimum incidence is a proportion in [0, 1].");
    }

    /// <summary>Order of SOC and PT rows; default <see cref="TermSortOrder.DescendingFrequency"/>.</summary>
    public TermSortOrder SortOrder { get; init; } = TermSortOrder.DescendingFrequency;

    /// <summary>Arm whose frequencies order the rows; <c>null</c> (default) = all arms together.</summary>
    public string? SortArm { get; init; }

    /// <summary>Days per year for patient-years; default 365.25.</summary>
    public double DaysPerYear
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(DaysPerYear), value, "Days per year must be positive and finite.");
    } = 365.25;

    /// <summary>Data cut-off date: the time at risk ends there at the latest; <c>null</c> = none.</summary>
    public DateOnly? DataCutoff { get; init; }

    /// <summary>Confidence level of every interval; default 0.95.</summary>
    public double ConfidenceLevel
    {
        get;
        init
        {
            ConfidenceInterval.ValidateLevel(value, nameof(ConfidenceLevel));
            field = value;
        }
    } = 0.95;

    /// <summary>Interval for the between-arm risk difference; default <see cref="DifferenceCiMethod.Newcombe"/>.</summary>
    public DifferenceCiMethod DifferenceMethod { get; init; } = DifferenceCiMethod.Newcombe;
}
