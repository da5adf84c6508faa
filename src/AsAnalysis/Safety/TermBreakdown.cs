namespace AsAnalysis.Safety;

/// <summary>A breakdown of one term (overall, SOC or PT) by a per-subject category.</summary>
/// <typeparam name="TCategory">The category type.</typeparam>
/// <param name="Term">The term.</param>
/// <param name="Rows">One row per category, in enum order.</param>
public sealed record TermBreakdown<TCategory>(SafetyTerm Term, IReadOnlyList<CategoryRow<TCategory>> Rows) where TCategory : struct, Enum;
