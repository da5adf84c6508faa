namespace AsAnalysis.Safety;

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
