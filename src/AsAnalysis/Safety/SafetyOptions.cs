using AsAnalysis.Data;
using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>
/// Options of the safety analysis (<see cref="SafetyAnalysis.Run"/>). Every convention that a statistical analysis
/// plan must fix is here, with the conservative defaults of the specification (as-endpoints-detail section 7);
/// <see cref="Default"/> has them all. Every member is checked when set, so an instance is always valid; the arms
/// named are checked against the data by <see cref="SafetyAnalysis.Run"/>. Immutable; change with a <c>with</c>
/// expression.
/// </summary>
public sealed record SafetyOptions
{
    /// <summary>
    /// The defaults: no control arm (per-arm tables only), the exported TRTEMFL, conservative handling of missing
    /// severity, relationship and seriousness, every PT shown by descending frequency, 365.25 days per year, no data
    /// cut-off, 95% Newcombe intervals.
    /// </summary>
    public static SafetyOptions Default { get; } = new();

    /// <summary>
    /// Control arm (an actual arm, TRT01A) for between-arm comparisons; <c>null</c> (default) gives per-arm tables only.
    /// A non-blank label when given.
    /// </summary>
    /// <exception cref="ArgumentException">An empty or blank label.</exception>
    public string? ControlArm { get; init => field = Guard.NullOrNotBlank(value, nameof(ControlArm), "The control arm must be named (or null for none)."); }

    /// <summary>How treatment emergence is decided; default <see cref="TreatmentEmergentRule.FlagWhenExported"/>. A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public TreatmentEmergentRule TreatmentEmergent { get; init => field = Guard.Defined(value, nameof(TreatmentEmergent)); } = TreatmentEmergentRule.FlagWhenExported;

    /// <summary>When derived: whether an AE with a missing start date (ASTDT) is treatment-emergent (default <c>true</c>, the admiral convention).</summary>
    public bool MissingStartDateIsTreatmentEmergent { get; init; } = true;

    /// <summary>
    /// When derived: optional end window in days, 0 or more; an AE that starts later than TRTEDT + window is not
    /// treatment-emergent, and the time at risk ends there too. <c>null</c> (default) = no end window (through end of study).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative window.</exception>
    public int? TreatmentEmergentWindowDays
    {
        get;
        init => field = Guard.NullOrAtLeast(value, 0, nameof(TreatmentEmergentWindowDays), "The window cannot be negative.");
    }

    /// <summary>
    /// Severity used for an AE whose severity is missing; default <see cref="AeSeverity.Severe"/> (conservative);
    /// <c>null</c> keeps a separate "missing" category. A defined value or <c>null</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public AeSeverity? MissingSeverityAs { get; init => field = Guard.NullOrDefined(value, nameof(MissingSeverityAs)); } = AeSeverity.Severe;

    /// <summary>How a missing relationship is counted; default <see cref="MissingRelationshipRule.Related"/> (conservative). A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public MissingRelationshipRule MissingRelationship { get; init => field = Guard.Defined(value, nameof(MissingRelationship)); } = MissingRelationshipRule.Related;

    /// <summary>Whether an AE with missing seriousness (AESER) counts as serious; default <c>true</c> (conservative).</summary>
    public bool MissingSeriousIsSerious { get; init; } = true;

    /// <summary>
    /// Minimum incidence (a proportion in [0, 1]) for a PT to be shown: a PT is kept when n/N reaches it in at least one arm
    /// (e.g. 0.05 for "PTs in at least 5% of any arm"). 0 (default) keeps every PT.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1], or NaN.</exception>
    public double MinimumIncidence
    {
        get;
        init => field = Guard.InRange(value, 0, 1, nameof(MinimumIncidence), "The minimum incidence is a proportion in [0, 1].");
    }

    /// <summary>Order of SOC and PT rows; default <see cref="TermSortOrder.DescendingFrequency"/>. A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public TermSortOrder SortOrder { get; init => field = Guard.Defined(value, nameof(SortOrder)); } = TermSortOrder.DescendingFrequency;

    /// <summary>
    /// Arm (TRT01A) whose frequencies order the rows under <see cref="TermSortOrder.DescendingFrequency"/>; <c>null</c>
    /// (default) = all arms together. A non-blank label when given.
    /// </summary>
    /// <exception cref="ArgumentException">An empty or blank label.</exception>
    public string? SortArm { get; init => field = Guard.NullOrNotBlank(value, nameof(SortArm), "The sort arm must be named (or null for all arms)."); }

    /// <summary>Days per year for patient-years; default 365.25. Positive and finite.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero, negative, infinite or NaN.</exception>
    public double DaysPerYear
    {
        get;
        init => field = Guard.Positive(value, nameof(DaysPerYear), "Days per year must be positive and finite.");
    } = 365.25;

    /// <summary>Data cut-off date: the time at risk ends there at the latest; <c>null</c> (default) = none. Any date.</summary>
    public DateOnly? DataCutoff { get; init; }

    /// <summary>Confidence level of every interval; default 0.95. Strictly between 0 and 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1 (or NaN).</exception>
    public double ConfidenceLevel { get; init => field = Guard.Level(value, nameof(ConfidenceLevel)); } = 0.95;

    /// <summary>Interval for the between-arm risk difference; default <see cref="DifferenceCiMethod.Newcombe"/>. A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public DifferenceCiMethod DifferenceMethod { get; init => field = Guard.Defined(value, nameof(DifferenceMethod)); } = DifferenceCiMethod.Newcombe;
}
