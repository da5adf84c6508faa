namespace AsAnalysis.Plots;

/// <summary>One subject's value, e.g. a bar of a waterfall plot.</summary>
/// <param name="SubjectId">USUBJID.</param>
/// <param name="Arm">The subject's arm.</param>
/// <param name="Value">The value (finite).</param>
public sealed record SubjectValue(string SubjectId, string Arm, double Value)
{
    /// <summary>USUBJID (non-empty).</summary>
    public string SubjectId { get; } = !string.IsNullOrEmpty(SubjectId) ? SubjectId : throw new ArgumentException("The subject id cannot be empty.", nameof(SubjectId));
    /// <summary>The arm (non-empty).</summary>
    public string Arm { get; } = !string.IsNullOrEmpty(Arm) ? Arm : throw new ArgumentException("The arm cannot be empty.", nameof(Arm));
    /// <summary>The value (finite).</summary>
    public double Value { get; } = double.IsFinite(Value) ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "The value must be finite.");
}
