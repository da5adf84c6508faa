namespace AsAnalysis.Endpoints;

/// <summary>The six BASDAI questions at a visit (0-10; <c>null</c> = missing).</summary>
/// <param name="Q1">Fatigue.</param>
/// <param name="Q2">Neck, back or hip pain.</param>
/// <param name="Q3">Peripheral joint pain/swelling.</param>
/// <param name="Q4">Enthesal tenderness.</param>
/// <param name="Q5">Morning stiffness severity.</param>
/// <param name="Q6">Morning stiffness duration.</param>
public sealed record BasdaiItems(decimal? Q1, decimal? Q2, decimal? Q3, decimal? Q4, decimal? Q5, decimal? Q6)
{
    /// <summary>True when at least one question has a value.</summary>
    public bool AnyPresent => Q1 is not null || Q2 is not null || Q3 is not null || Q4 is not null || Q5 is not null || Q6 is not null;
}
