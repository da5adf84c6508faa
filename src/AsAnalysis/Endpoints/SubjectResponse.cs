namespace AsAnalysis.Endpoints;

/// <summary>One ITT subject's response in one binary analysis (subject listing line).</summary>
/// <param name="UsubjId">Subject id.</param>
/// <param name="Arm">Planned arm (TRT01P).</param>
/// <param name="Stratum">STRAT1, when recorded.</param>
/// <param name="Observed">The response at the visit as derived, with its not-evaluable reason.</param>
/// <param name="Handling">How the response entered the analysis.</param>
/// <param name="Responder">The value analysed; <c>null</c> when the subject is excluded.</param>
/// <param name="CarriedFromWeek">Under LOCF, the visit (AVISITN) whose response was carried; otherwise <c>null</c>.</param>
public sealed record SubjectResponse(string UsubjId, string Arm, string? Stratum, ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek);
