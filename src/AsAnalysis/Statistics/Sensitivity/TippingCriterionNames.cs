namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>Codes and labels of <see cref="TippingCriterion"/>.</summary>
public static class TippingCriterionNames
{
    /// <summary>The snake_case code: <c>ci</c> or <c>test</c>.</summary>
    /// <param name="criterion">The criterion.</param>
    public static string Code(this TippingCriterion criterion) => criterion switch
    {
        TippingCriterion.ConfidenceInterval => "ci",
        TippingCriterion.Test => "test",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>A compact label: <c>CI</c> or <c>p</c>.</summary>
    /// <param name="criterion">The criterion.</param>
    public static string ShortLabel(this TippingCriterion criterion) => criterion switch
    {
        TippingCriterion.ConfidenceInterval => "CI",
        TippingCriterion.Test => "p",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>Words for footnotes.</summary>
    /// <param name="criterion">The criterion.</param>
    public static string Label(this TippingCriterion criterion) => criterion switch
    {
        TippingCriterion.ConfidenceInterval => "confidence interval of the difference excludes 0",
        TippingCriterion.Test => "p-value below alpha",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };
}
