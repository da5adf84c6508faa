namespace AsAnalysis.Safety;

/// <summary>Order of the SOC rows and of the PT rows within a SOC.</summary>
/// <remarks>Its code, short label and label: <see cref="TermSortOrderNames"/>.</remarks>
public enum TermSortOrder
{
    /// <summary>Descending number of subjects (in all arms together, or in <see cref="SafetyOptions.SortArm"/>), ties alphabetical. Default.</summary>
    DescendingFrequency,
    /// <summary>Alphabetical.</summary>
    Alphabetical,
}
