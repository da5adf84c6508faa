namespace AsAnalysis.Endpoints;

/// <summary>A subject whose response is missing at a visit, and why.</summary>
/// <param name="UsubjId">Subject id.</param>
/// <param name="Reason">Why the response is not evaluable (never <see cref="NotEvaluableReason.None"/>).</param>
public sealed record MissingResponse(string UsubjId, NotEvaluableReason Reason);
