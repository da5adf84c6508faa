namespace AsAnalysis.Endpoints;

/// <summary>Why a responder value is not evaluable (or <see cref="None"/> when it is).</summary>
/// <remarks>Its code, short label and label: <see cref="NotEvaluableReasonNames"/>.</remarks>
public enum NotEvaluableReason
{
    /// <summary>Evaluable. Code <c>none</c>.</summary>
    None,
    /// <summary>The visit is baseline (or before it), where a change-based response is not defined. Code <c>not_post_baseline</c>.</summary>
    NotPostBaseline,
    /// <summary>The subject has no baseline visit (AVISITN 0). Code <c>no_baseline</c>.</summary>
    NoBaseline,
    /// <summary>The baseline visit exists but a component the endpoint needs is missing there. Code <c>missing_baseline_component</c>.</summary>
    MissingBaselineComponent,
    /// <summary>The visit exists but a component the endpoint needs is missing there. Code <c>missing_component</c>.</summary>
    MissingComponent,
    /// <summary>No assessment at all at the visit (subject still in the study or status unknown). Code <c>no_visit</c>.</summary>
    NoVisit,
    /// <summary>No assessment at or after the visit and the subject discontinued the study (EOSSTT = DISCONTINUED). Code <c>discontinued</c>.</summary>
    Discontinued,
    /// <summary>No assessment at the visit and the subject never received study treatment (SAFFL = N). Code <c>not_treated</c>.</summary>
    NotTreated,
}
