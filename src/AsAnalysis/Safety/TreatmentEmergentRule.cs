namespace AsAnalysis.Safety;

/// <summary>How an adverse event is classified as treatment-emergent (TEAE).</summary>
/// <remarks>Its code, short label and label: <see cref="TreatmentEmergentRuleNames"/>.</remarks>
public enum TreatmentEmergentRule
{
    /// <summary>
    /// The exported TRTEMFL decides whenever the AE data carry it (at least one record has a value): <c>Y</c> is
    /// treatment-emergent, <c>N</c> or blank is not (the ADaM Y/blank convention). When no record carries a value
    /// (the column is absent), every record is derived from its dates as in <see cref="Derived"/>. Default.
    /// </summary>
    FlagWhenExported,
    /// <summary>Per record: the flag when that record has one, otherwise derived from its dates.</summary>
    FlagElseDerivedPerRecord,
    /// <summary>Always derived from the dates (ASTDT &gt;= TRTSDT, optional end window), ignoring TRTEMFL.</summary>
    Derived,
}
