namespace AsAnalysis.Safety;

/// <summary>What the safety analysis left out or imputed (for the report's data-handling section).</summary>
/// <remarks>Its code, short label and label: <see cref="SafetyHandlingNames"/>.</remarks>
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
