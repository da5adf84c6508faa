using AsAnalysis.Statistics;

namespace AsAnalysis.Plots;

/// <summary>The spread drawn around a mean change.</summary>
/// <remarks>Its code, short label and label: <see cref="ChangeErrorBarsNames"/>.</remarks>
public enum ChangeErrorBars
{
    /// <summary>± the standard error of the mean (<see cref="DescriptiveSummary.StandardError"/>).</summary>
    StandardError,
    /// <summary>± the standard deviation (<see cref="DescriptiveSummary.StandardDeviation"/>).</summary>
    StandardDeviation,
}
