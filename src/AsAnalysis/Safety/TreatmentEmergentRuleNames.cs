namespace AsAnalysis.Safety;

/// <summary>
/// The names of <see cref="TreatmentEmergentRule"/> (how an AE is classified as treatment-emergent): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// Further form: the rule in full, for the methods section.
/// </summary>
public static class TreatmentEmergentRuleNames
{
    /// <summary>The code: <c>flag_when_exported</c>, <c>flag_else_derived</c> or <c>derived</c>.</summary>
    /// <param name="rule">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TreatmentEmergentRule"/>.</exception>
    public static string Code(this TreatmentEmergentRule rule) => rule switch
    {
        TreatmentEmergentRule.FlagWhenExported => "flag_when_exported",
        TreatmentEmergentRule.FlagElseDerivedPerRecord => "flag_else_derived",
        TreatmentEmergentRule.Derived => "derived",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The figure label, e.g. <c>Flag when exported</c>.</summary>
    /// <param name="rule">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TreatmentEmergentRule"/>.</exception>
    public static string ShortLabel(this TreatmentEmergentRule rule) => rule switch
    {
        TreatmentEmergentRule.FlagWhenExported => "Flag when exported",
        TreatmentEmergentRule.FlagElseDerivedPerRecord => "Flag, else derived",
        TreatmentEmergentRule.Derived => "Derived",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The words for tables and footnotes, e.g. <c>exported TRTEMFL, else derived from the dates</c>.</summary>
    /// <param name="rule">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="TreatmentEmergentRule"/>.</exception>
    public static string Label(this TreatmentEmergentRule rule) => rule switch
    {
        TreatmentEmergentRule.FlagWhenExported => "exported TRTEMFL, else derived from the dates",
        TreatmentEmergentRule.FlagElseDerivedPerRecord => "each record's TRTEMFL, else derived from its dates",
        TreatmentEmergentRule.Derived => "derived from the dates",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The rule in full, for the methods section (lower-case start, no full stop).</summary>
    internal static string Rule(this TreatmentEmergentRule rule) => rule switch
    {
        TreatmentEmergentRule.FlagWhenExported => "the exported TRTEMFL decides when the data carry it (Y is emergent, N or blank is not); otherwise the AE is emergent when it starts on or after the first treatment date (ASTDT >= TRTSDT)",
        TreatmentEmergentRule.FlagElseDerivedPerRecord => "a record's TRTEMFL decides when present; a record without it is emergent when it starts on or after the first treatment date (ASTDT >= TRTSDT)",
        TreatmentEmergentRule.Derived => "an AE is emergent when it starts on or after the first treatment date (ASTDT >= TRTSDT); TRTEMFL is ignored",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
