namespace AsAnalysis.Safety;

/// <summary>A SOC or PT row of the SOC/PT table (subjects with any TEAE in the term).</summary>
/// <param name="Term">The SOC or PT.</param>
/// <param name="Cells">One cell per arm, in <see cref="SafetyResults.Arms"/> order.</param>
public sealed record TermRow(SafetyTerm Term, IReadOnlyList<SafetyCell> Cells)
{
    /// <summary>The row's key.</summary>
    public SafetyRowKey Key => new(OverviewCategory.AnyTeae, Term);
    /// <summary>Subjects over all arms.</summary>
    public int TotalSubjects => Cells.Sum(c => c.Subjects);
}
