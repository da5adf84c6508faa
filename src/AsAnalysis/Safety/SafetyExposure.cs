using AsAnalysis.Statistics;

namespace AsAnalysis.Safety;

/// <summary>Dose received per subject for one treatment and unit (from ADEX).</summary>
/// <param name="Treatment">Treatment (EXTRT).</param>
/// <param name="Unit">Dose unit (EXDOSU); empty when not recorded.</param>
/// <param name="Subjects">Subjects with at least one administration of this treatment and unit with a recorded dose.</param>
/// <param name="TotalDose">Sum of the doses over the arm.</param>
/// <param name="PerSubject">Summary of the total dose per subject (over <paramref name="Subjects"/>).</param>
public sealed record DoseSummary(string Treatment, string Unit, int Subjects, double TotalDose, DescriptiveSummary PerSubject);

/// <summary>Exposure of one arm of the safety population.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="N">Subjects in the arm's safety population.</param>
/// <param name="TotalAdministrations">ADEX records (infusions / injections) of the arm's safety subjects.</param>
/// <param name="AdministrationsPerSubject">Administrations per subject over all N subjects (0 for a subject without records); <c>null</c> without ADEX data.</param>
/// <param name="Doses">Dose per subject by treatment and unit, ordered by treatment then unit.</param>
/// <param name="TreatmentDurationDays">Treatment duration TRTEDT - TRTSDT + 1 in days, over subjects with both dates; <c>null</c> when none has them.</param>
/// <param name="SubjectsAtRisk">Subjects with a known time at risk.</param>
/// <param name="PatientYearsAtRisk">Total time at risk in years (the exposure of the event rates).</param>
public sealed record ArmExposureSummary(
    string Arm,
    int N,
    int TotalAdministrations,
    DescriptiveSummary? AdministrationsPerSubject,
    IReadOnlyList<DoseSummary> Doses,
    DescriptiveSummary? TreatmentDurationDays,
    int SubjectsAtRisk,
    double PatientYearsAtRisk);

/// <summary>What the safety analysis left out or imputed (for the report's data-handling section).</summary>
public enum SafetyHandling
{
    /// <summary>Subjects not in the safety population (SAFFL not Y): excluded. Counts subjects.</summary>
    SubjectNotInSafetyPopulation,
    /// <summary>AE records of subjects outside the safety population: excluded. Counts records.</summary>
    AeOfSubjectOutsideSafetyPopulation,
    /// <summary>AE records whose TRTEMFL is not Y (N, or blank while the data carry the flag): excluded. Counts records.</summary>
    AeFlaggedNotTreatmentEmergent,
    /// <summary>AE records starting before TRTSDT (derived rule): excluded as pre-treatment. Counts records.</summary>
    AeBeforeTreatmentStart,
    /// <summary>AE records starting after TRTEDT + the end window (derived rule): excluded. Counts records.</summary>
    AeAfterTreatmentEmergentWindow,
    /// <summary>AE records without a start date (derived rule, when such records are not counted as emergent): excluded. Counts records.</summary>
    AeMissingStartDateExcluded,
    /// <summary>AE records of a safety subject without TRTSDT (derived rule): emergence cannot be decided; excluded. Counts records.</summary>
    AeSubjectWithoutTreatmentStart,
    /// <summary>TEAE records without a start date counted as treatment-emergent (derived rule). Counts records.</summary>
    AeMissingStartDateCountedEmergent,
    /// <summary>TEAE records with missing severity, imputed as the options say. Counts records.</summary>
    TeaeMissingSeverityImputed,
    /// <summary>TEAE records with missing relationship, counted as the options say. Counts records.</summary>
    TeaeMissingRelationship,
    /// <summary>TEAE records with missing seriousness, counted as the options say. Counts records.</summary>
    TeaeMissingSeriousness,
    /// <summary>TEAE records without a start date: the exposure-adjusted rates take TRTSDT as their onset. Counts records.</summary>
    TeaeOnsetImputedAsTreatmentStart,
    /// <summary>Safety subjects without a time at risk (no TRTSDT, no end-of-risk date, or an end before the start): left out of the exposure-adjusted rates. Counts subjects.</summary>
    SubjectWithoutTimeAtRisk,
    /// <summary>ADEX records of subjects outside the safety population: excluded from the exposure summary. Counts records.</summary>
    ExposureOfSubjectOutsideSafetyPopulation,
    /// <summary>ADEX records without a dose: counted as administrations, not in the dose totals. Counts records.</summary>
    ExposureWithoutDose,
}

/// <summary>A count of one data-handling kind.</summary>
/// <param name="Kind">What was excluded or imputed.</param>
/// <param name="Count">How many subjects or records (see <see cref="CountsSubjects"/>).</param>
public sealed record SafetyHandlingCount(SafetyHandling Kind, int Count)
{
    /// <summary>How many subjects or records (see <see cref="CountsSubjects"/>); never negative.</summary>
    public int Count { get; } = Count >= 0 ? Count : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A count cannot be negative.");

    /// <summary>Whether <see cref="Count"/> counts subjects (otherwise records).</summary>
    public bool CountsSubjects => Kind is SafetyHandling.SubjectNotInSafetyPopulation or SafetyHandling.SubjectWithoutTimeAtRisk;

    /// <summary>Whether the records or subjects were excluded (otherwise kept with an imputation).</summary>
    public bool IsExclusion => Kind is not (SafetyHandling.AeMissingStartDateCountedEmergent or SafetyHandling.TeaeMissingSeverityImputed
        or SafetyHandling.TeaeMissingRelationship or SafetyHandling.TeaeMissingSeriousness or SafetyHandling.TeaeOnsetImputedAsTreatmentStart
        or SafetyHandling.ExposureWithoutDose);

    /// <summary>A plain-words description, e.g. for the report's data-handling section.</summary>
    public string Description => Kind switch
    {
        SafetyHandling.SubjectNotInSafetyPopulation => "subjects not in the safety population (SAFFL not Y), excluded",
        SafetyHandling.AeOfSubjectOutsideSafetyPopulation => "AE records of subjects outside the safety population, excluded",
        SafetyHandling.AeFlaggedNotTreatmentEmergent => "AE records not flagged treatment-emergent (TRTEMFL not Y), excluded",
        SafetyHandling.AeBeforeTreatmentStart => "AE records starting before the first treatment (ASTDT < TRTSDT), excluded",
        SafetyHandling.AeAfterTreatmentEmergentWindow => "AE records starting after the treatment-emergent window, excluded",
        SafetyHandling.AeMissingStartDateExcluded => "AE records without a start date, excluded",
        SafetyHandling.AeSubjectWithoutTreatmentStart => "AE records of safety subjects without TRTSDT, excluded",
        SafetyHandling.AeMissingStartDateCountedEmergent => "AE records without a start date, counted as treatment-emergent",
        SafetyHandling.TeaeMissingSeverityImputed => "TEAE records with missing severity, imputed",
        SafetyHandling.TeaeMissingRelationship => "TEAE records with missing relationship",
        SafetyHandling.TeaeMissingSeriousness => "TEAE records with missing seriousness",
        SafetyHandling.TeaeOnsetImputedAsTreatmentStart => "TEAE records without a start date, onset taken as TRTSDT for exposure-adjusted rates",
        SafetyHandling.SubjectWithoutTimeAtRisk => "safety subjects without a time at risk, left out of exposure-adjusted rates",
        SafetyHandling.ExposureOfSubjectOutsideSafetyPopulation => "exposure records of subjects outside the safety population, excluded",
        SafetyHandling.ExposureWithoutDose => "exposure records without a dose, not in the dose totals",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}
