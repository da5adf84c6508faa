namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="SafetyHandling"/> (what the safety analysis left out or imputed): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class SafetyHandlingNames
{
    /// <summary>The code, e.g. <c>ae_before_treatment_start</c>.</summary>
    /// <param name="kind">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="SafetyHandling"/>.</exception>
    public static string Code(this SafetyHandling kind) => kind switch
    {
        SafetyHandling.SubjectNotInSafetyPopulation => "subject_not_in_safety_population",
        SafetyHandling.AeOfSubjectOutsideSafetyPopulation => "ae_of_subject_outside_safety_population",
        SafetyHandling.AeFlaggedNotTreatmentEmergent => "ae_flagged_not_treatment_emergent",
        SafetyHandling.AeBeforeTreatmentStart => "ae_before_treatment_start",
        SafetyHandling.AeAfterTreatmentEmergentWindow => "ae_after_treatment_emergent_window",
        SafetyHandling.AeMissingStartDateExcluded => "ae_missing_start_date_excluded",
        SafetyHandling.AeSubjectWithoutTreatmentStart => "ae_subject_without_treatment_start",
        SafetyHandling.AeMissingStartDateCountedEmergent => "ae_missing_start_date_counted_emergent",
        SafetyHandling.TeaeMissingSeverityImputed => "teae_missing_severity_imputed",
        SafetyHandling.TeaeMissingRelationship => "teae_missing_relationship",
        SafetyHandling.TeaeMissingSeriousness => "teae_missing_seriousness",
        SafetyHandling.TeaeOnsetImputedAsTreatmentStart => "teae_onset_imputed_as_treatment_start",
        SafetyHandling.SubjectWithoutTimeAtRisk => "subject_without_time_at_risk",
        SafetyHandling.ExposureOfSubjectOutsideSafetyPopulation => "exposure_of_subject_outside_safety_population",
        SafetyHandling.ExposureWithoutDose => "exposure_without_dose",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The compact label, e.g. <c>Before treatment start</c>.</summary>
    /// <param name="kind">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="SafetyHandling"/>.</exception>
    public static string ShortLabel(this SafetyHandling kind) => kind switch
    {
        SafetyHandling.SubjectNotInSafetyPopulation => "Not in the safety population",
        SafetyHandling.AeOfSubjectOutsideSafetyPopulation => "AE outside the safety population",
        SafetyHandling.AeFlaggedNotTreatmentEmergent => "Not flagged emergent",
        SafetyHandling.AeBeforeTreatmentStart => "Before treatment start",
        SafetyHandling.AeAfterTreatmentEmergentWindow => "After the emergent window",
        SafetyHandling.AeMissingStartDateExcluded => "No start date, excluded",
        SafetyHandling.AeSubjectWithoutTreatmentStart => "No TRTSDT",
        SafetyHandling.AeMissingStartDateCountedEmergent => "No start date, emergent",
        SafetyHandling.TeaeMissingSeverityImputed => "Severity imputed",
        SafetyHandling.TeaeMissingRelationship => "Relationship missing",
        SafetyHandling.TeaeMissingSeriousness => "Seriousness missing",
        SafetyHandling.TeaeOnsetImputedAsTreatmentStart => "Onset taken as TRTSDT",
        SafetyHandling.SubjectWithoutTimeAtRisk => "No time at risk",
        SafetyHandling.ExposureOfSubjectOutsideSafetyPopulation => "Exposure outside the safety population",
        SafetyHandling.ExposureWithoutDose => "Exposure without dose",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The words of the data-handling section (lower-case start), e.g. <c>AE records starting before the first treatment (ASTDT &lt; TRTSDT), excluded</c>.</summary>
    /// <param name="kind">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="SafetyHandling"/>.</exception>
    public static string Label(this SafetyHandling kind) => kind switch
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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
