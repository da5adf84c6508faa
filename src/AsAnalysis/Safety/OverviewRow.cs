namespace AsAnalysis.Safety;

/// <summary>A row of the TEAE overview table.</summary>
/// <param name="Category">The row.</param>
/// <param name="Cells">One cell per arm, in <see cref="SafetyResults.Arms"/> order.</param>
public sealed record OverviewRow(OverviewCategory Category, IReadOnlyList<SafetyCell> Cells)
{
    /// <summary>The row's key.</summary>
    public SafetyRowKey Key => new(Category, SafetyTerm.Overall);
}
