namespace AsAnalysis.Endpoints;

/// <summary>A count of subjects by not-evaluable reason.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Count">Number of subjects (at least 1).</param>
public sealed record ReasonCount(NotEvaluableReason Reason, int Count)
{
    /// <summary>The reason (a defined value other than <see cref="NotEvaluableReason.None"/>).</summary>
    public NotEvaluableReason Reason { get; } = Enum.IsDefined(Reason) && Reason != NotEvaluableReason.None ? Reason
        : throw new ArgumentOutOfRangeException(nameof(Reason), Reason, "A count needs a not-evaluable reason.");
    /// <summary>Number of subjects (at least 1).</summary>
    public int Count { get; } = Count >= 1 ? Count : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A reason count is at least 1.");
}
