namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>
/// A tipping point: two neighbouring cells of the grid, one more imputed responder apart in one arm, whose conclusions
/// differ. The step is either (K, J) to (K + 1, J) or (K, J) to (K, J + 1).
/// </summary>
/// <param name="Criterion">Whether the interval or the test conclusion changes.</param>
/// <param name="FromTreatmentImputed">K of the first cell.</param>
/// <param name="FromControlImputed">J of the first cell.</param>
/// <param name="ToTreatmentImputed">K of the second cell (K or K + 1).</param>
/// <param name="ToControlImputed">J of the second cell (J + 1 or J).</param>
/// <param name="From">Conclusion of the first cell.</param>
/// <param name="To">Conclusion of the second cell.</param>
public sealed record TippingFlip(TippingCriterion Criterion, int FromTreatmentImputed, int FromControlImputed, int ToTreatmentImputed, int ToControlImputed,
    TippingConclusion From, TippingConclusion To);
