namespace AsAnalysis.Safety;

/// <summary>A SOC row with its PT rows (in display order).</summary>
/// <param name="Soc">The SOC row (all TEAEs of the SOC, regardless of the incidence filter).</param>
/// <param name="Pts">The PT rows shown (those passing the incidence filter).</param>
public sealed record SocBlock(TermRow Soc, IReadOnlyList<TermRow> Pts);
