namespace AsAnalysis.Endpoints;

/// <summary>One ITT subject's response at a visit as derived, before any missing-data handling.</summary>
/// <param name="UsubjId">Subject id.</param>
/// <param name="Outcome">Responder, non-responder, or not evaluable with the reason.</param>
public sealed record ResponderObservation(string UsubjId, ResponderOutcome Outcome)
{
    /// <summary>Subject id.</summary>
    public string UsubjId { get; } = UsubjId ?? throw new ArgumentNullException(nameof(UsubjId));
    /// <summary>The derived outcome.</summary>
    public ResponderOutcome Outcome { get; } = Outcome ?? throw new ArgumentNullException(nameof(Outcome));
}
