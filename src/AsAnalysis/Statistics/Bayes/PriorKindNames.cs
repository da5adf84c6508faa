namespace AsAnalysis.Statistics.Bayes;

/// <summary>Codes and labels of <see cref="PriorKind"/>.</summary>
public static class PriorKindNames
{
    /// <summary>The snake_case code (ard.csv method column): <c>jeffreys</c>, <c>uniform</c> or <c>informative</c>.</summary>
    /// <param name="kind">The prior kind.</param>
    public static string Code(this PriorKind kind) => kind switch
    {
        PriorKind.Jeffreys => "jeffreys",
        PriorKind.Uniform => "uniform",
        PriorKind.Informative => "informative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A compact label: <c>Jeffreys</c>, <c>uniform</c> or <c>informative</c>.</summary>
    /// <param name="kind">The prior kind.</param>
    public static string ShortLabel(this PriorKind kind) => kind switch
    {
        PriorKind.Jeffreys => "Jeffreys",
        PriorKind.Uniform => "uniform",
        PriorKind.Informative => "informative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Words for footnotes, e.g. <c>Jeffreys prior Beta(0.5, 0.5)</c>.</summary>
    /// <param name="kind">The prior kind.</param>
    public static string Label(this PriorKind kind) => kind switch
    {
        PriorKind.Jeffreys => "Jeffreys prior Beta(0.5, 0.5)",
        PriorKind.Uniform => "uniform prior Beta(1, 1)",
        PriorKind.Informative => "informative beta prior",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
