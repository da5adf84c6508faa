namespace AsAnalysis.Endpoints;

/// <summary>Where a composite score came from.</summary>
/// <remarks>Its code, short label and label: <see cref="CompositeSourceNames"/>.</remarks>
public enum CompositeSource
{
    /// <summary>Not available: items incomplete and no pre-derived total used.</summary>
    Missing,
    /// <summary>Derived from the items at the visit.</summary>
    Items,
    /// <summary>The pre-derived total of the export, used because no item was present at the visit.</summary>
    PreDerived,
}
