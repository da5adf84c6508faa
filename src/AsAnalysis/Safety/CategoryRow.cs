namespace AsAnalysis.Safety;

/// <summary>One category of a breakdown (maximum severity or relationship) within a term.</summary>
/// <typeparam name="TCategory">The category type.</typeparam>
/// <param name="Category">The category.</param>
/// <param name="Cells">
/// One cell per arm: subjects whose category within the term is this one (each subject in exactly one category, so the
/// subject counts sum to the term's row), and events (records) of this category (so the event counts sum too).
/// </param>
public sealed record CategoryRow<TCategory>(TCategory Category, IReadOnlyList<SafetyCell> Cells) where TCategory : struct, Enum;
