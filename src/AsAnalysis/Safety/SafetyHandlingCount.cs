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

    /// <summary>A plain-words description, e.g. for the report's data-handling section: <see cref="SafetyHandlingNames.Label"/> of <see cref="Kind"/>.</summary>
    public string Description => Kind.Label();
}
