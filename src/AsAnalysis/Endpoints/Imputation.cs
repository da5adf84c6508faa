namespace AsAnalysis.Endpoints;

/// <summary>How binary responses that are not evaluable at a visit are handled (as-endpoints.md, missing data).</summary>
/// <remarks>Its code, short label and label: <see cref="ImputationNames"/>.</remarks>
public enum Imputation
{
    /// <summary>
    /// Non-responder imputation (primary): denominator = all ITT subjects of the arm; a subject whose response is not
    /// evaluable is a non-responder (counted as imputed). ard analysis <c>efficacy_binary</c>; code <c>nri</c>.
    /// </summary>
    NonResponderImputation,
    /// <summary>
    /// Observed cases: denominator = ITT subjects evaluable at the visit; the others are excluded.
    /// ard analysis <c>efficacy_binary_observed</c>; code <c>observed</c>.
    /// </summary>
    ObservedCases,
    /// <summary>
    /// Last observation carried forward: the last evaluable post-baseline response (not component values) on or before
    /// the visit is carried (imputed); baseline is never carried; subjects without one are excluded.
    /// ard analysis <c>efficacy_binary_locf</c>; code <c>locf</c>.
    /// </summary>
    Locf,
}
