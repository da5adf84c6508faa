namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>Which result of a tipping-point cell decides its conclusion.</summary>
public enum TippingCriterion
{
    /// <summary>The confidence interval of the difference excludes 0 (or not). Code <c>ci</c>.</summary>
    ConfidenceInterval,
    /// <summary>The test's p-value is below alpha (or not). Code <c>test</c>.</summary>
    Test,
}
