using AsAnalysis.Ard;

namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="Imputation"/> (missing-data handlings of the binary endpoints): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// Further forms: the ard.csv analysis name, and the report's wordings of each rule.
/// </summary>
public static class ImputationNames
{
    /// <summary>The code (table ids, the methods section): <c>nri</c>, <c>observed</c> or <c>locf</c>.</summary>
    /// <param name="imputation">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="Imputation"/>.</exception>
    public static string Code(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "nri",
        Imputation.ObservedCases => "observed",
        Imputation.Locf => "locf",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>The figure label: <c>NRI</c>, <c>observed cases</c> or <c>LOCF</c>.</summary>
    /// <param name="imputation">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="Imputation"/>.</exception>
    public static string ShortLabel(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "NRI",
        Imputation.ObservedCases => "observed cases",
        Imputation.Locf => "LOCF",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>The words for table titles and the methods text: <c>non-responder imputation (NRI)</c>, <c>observed cases</c> or <c>last observation carried forward (LOCF)</c>.</summary>
    /// <param name="imputation">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="Imputation"/>.</exception>
    public static string Label(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "non-responder imputation (NRI)",
        Imputation.ObservedCases => "observed cases",
        Imputation.Locf => "last observation carried forward (LOCF)",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>The ard.csv analysis name: <c>efficacy_binary</c>, <c>efficacy_binary_observed</c> or <c>efficacy_binary_locf</c>.</summary>
    /// <param name="imputation">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="Imputation"/>.</exception>
    public static string ArdAnalysisName(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => ArdAnalysis.EfficacyBinary,
        Imputation.ObservedCases => ArdAnalysis.EfficacyBinaryObserved,
        Imputation.Locf => ArdAnalysis.EfficacyBinaryLocf,
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>Canonical name; the same as <see cref="Code"/>.</summary>
    /// <param name="imputation">The value.</param>
    [Obsolete("Use Code.", false)]
    public static string CanonicalName(this Imputation imputation) => imputation.Code();

    // The rule of each handling in the report's words, all here: the methods section states it in full (Title, Rule),
    // the binary tables say what N is (DenominatorNote), the data-handling tables what happened to the subjects they
    // count (HandlingNote, ImputedAs). The sentences differ because each answers its own question; change them together.

    /// <summary>Heading of the handling's entry in the methods section, e.g. "Non-responder imputation".</summary>
    internal static string Title(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "Non-responder imputation",
        Imputation.ObservedCases => "Observed cases",
        Imputation.Locf => "Last observation carried forward",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>The rule in full, for the methods section (lower-case start, full stop).</summary>
    internal static string Rule(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "every subject of the full analysis set is in the denominator, and a subject whose response cannot be evaluated at the visit (no visit, discontinued, never treated, a missing component or baseline) counts as a non-responder.",
        Imputation.ObservedCases => "only the subjects whose response can be evaluated at the visit are in the denominator.",
        Imputation.Locf => "a response that cannot be evaluated is replaced by the subject's last evaluable post-baseline response before the visit (the response, not its components; baseline is never carried); subjects without one are left out.",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>The footnote of a binary table: what N is under the handling.</summary>
    internal static string DenominatorNote(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "Non-responder imputation: N is every subject of the full analysis set; a subject whose response cannot be evaluated at the visit counts as a non-responder.",
        Imputation.ObservedCases => "Observed cases: N is the subjects whose response can be evaluated at the visit.",
        Imputation.Locf => "LOCF: a response that cannot be evaluated is replaced by the last evaluable post-baseline response before the visit; subjects without one are left out of N.",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>The footnote of a data-handling table: what the handling does with the subjects it counts.</summary>
    internal static string HandlingNote(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "Non-responder imputation keeps every subject in the denominator and counts these subjects as non-responders.",
        Imputation.ObservedCases => "Observed cases leave these subjects out of the denominator.",
        Imputation.Locf => "LOCF carries the last evaluable post-baseline response forward; subjects without one are left out of the denominator.",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };

    /// <summary>What happens to an imputed subject (lower-case start): "counted as non-responders", "last response carried forward"; null for observed cases, which impute nothing.</summary>
    internal static string? ImputedAs(this Imputation imputation) => imputation switch
    {
        Imputation.NonResponderImputation => "counted as non-responders",
        Imputation.ObservedCases => null,
        Imputation.Locf => "last response carried forward",
        _ => throw new ArgumentOutOfRangeException(nameof(imputation), imputation, null),
    };
}
