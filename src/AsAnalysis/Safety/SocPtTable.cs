namespace AsAnalysis.Safety;

/// <summary>TEAEs by SOC and PT, sorted and filtered as the options say.</summary>
/// <param name="Socs">SOC blocks in display order; a SOC is shown when at least one of its PTs is.</param>
/// <param name="MinimumIncidence">The incidence filter applied to PTs (0 = none).</param>
/// <param name="PtCount">Number of distinct SOC/PT pairs with a TEAE, before the filter.</param>
/// <param name="PtsShown">Number of PT rows shown.</param>
public sealed record SocPtTable(IReadOnlyList<SocBlock> Socs, double MinimumIncidence, int PtCount, int PtsShown)
{
    /// <summary>Every row in display order: each SOC followed by its PTs.</summary>
    public IEnumerable<TermRow> Rows => Socs.SelectMany(s => s.Pts.Prepend(s.Soc));
}
