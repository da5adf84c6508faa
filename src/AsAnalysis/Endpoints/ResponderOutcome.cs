namespace AsAnalysis.Endpoints;

/// <summary>A responder value with the reason it is missing: <see cref="Responder"/> is <c>null</c> exactly when <see cref="Reason"/> is not <see cref="NotEvaluableReason.None"/>.</summary>
public sealed record ResponderOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="responder">Responder (true), non-responder (false), or <c>null</c> = not evaluable.</param>
    /// <param name="reason">Why it is not evaluable; <see cref="NotEvaluableReason.None"/> when evaluable.</param>
    /// <exception cref="ArgumentException">A value together with a reason, or a missing value without one.</exception>
    public ResponderOutcome(bool? responder, NotEvaluableReason reason)
    {
        if (!Enum.IsDefined(reason)) throw new ArgumentOutOfRangeException(nameof(reason), reason, "Undefined reason.");
        if ((responder is null) != (reason != NotEvaluableReason.None))
            throw new ArgumentException("A responder value must have reason None, and a missing value a reason other than None.", nameof(reason));
        Responder = responder;
        Reason = reason;
    }

    /// <summary>Responder (true), non-responder (false), or <c>null</c> = not evaluable.</summary>
    public bool? Responder { get; }
    /// <summary>Why the value is not evaluable; <see cref="NotEvaluableReason.None"/> when it is.</summary>
    public NotEvaluableReason Reason { get; }
    /// <summary>True when the value is known.</summary>
    public bool IsEvaluable => Responder is not null;

    /// <summary>An evaluable outcome.</summary>
    /// <param name="responder">Responder or not.</param>
    public static ResponderOutcome Of(bool responder) => responder ? Yes : No;
    /// <summary>A not-evaluable outcome (one shared instance per reason: outcomes are immutable and compare by value).</summary>
    /// <param name="reason">The reason (not <see cref="NotEvaluableReason.None"/>).</param>
    public static ResponderOutcome NotEvaluable(NotEvaluableReason reason) =>
        (uint)reason < (uint)NotEvaluableOutcomes.Length && NotEvaluableOutcomes[(int)reason] is { } shared ? shared : new(null, reason);

    private static readonly ResponderOutcome?[] NotEvaluableOutcomes =
        [.. Enum.GetValues<NotEvaluableReason>().Select(r => r == NotEvaluableReason.None ? null : new ResponderOutcome(null, r))];
    /// <summary>Responder.</summary>
    public static ResponderOutcome Yes { get; } = new(true, NotEvaluableReason.None);
    /// <summary>Non-responder.</summary>
    public static ResponderOutcome No { get; } = new(false, NotEvaluableReason.None);
}
