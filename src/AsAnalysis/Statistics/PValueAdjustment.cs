namespace AsAnalysis.Statistics;

/// <summary>Multiple-comparison adjustments of p-values (R <c>p.adjust</c>).</summary>
/// <remarks>Its code, short label and label: <see cref="PValueAdjustmentNames"/>.</remarks>
public enum PValueAdjustment
{
    /// <summary>Bonferroni (R <c>p.adjust(method = "bonferroni")</c>).</summary>
    Bonferroni,
    /// <summary>Holm step-down (R <c>p.adjust(method = "holm")</c>).</summary>
    Holm,
    /// <summary>Hochberg step-up (R <c>p.adjust(method = "hochberg")</c>).</summary>
    Hochberg,
}
