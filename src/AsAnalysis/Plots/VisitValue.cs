namespace AsAnalysis.Plots;

/// <summary>A value at a visit.</summary>
/// <param name="Week">The visit (AVISITN, weeks; 0 = baseline).</param>
/// <param name="Value">The value (finite).</param>
public sealed record VisitValue(decimal Week, double Value)
{
    /// <summary>The value (finite).</summary>
    public double Value { get; } = double.IsFinite(Value) ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "The value must be finite.");
}
