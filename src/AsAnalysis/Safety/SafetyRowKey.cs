namespace AsAnalysis.Safety;

/// <summary>
/// Identity of one incidence row: an overview category at the overall level, or "any TEAE" within a SOC or PT.
/// Between-arm comparisons and exposure-adjusted rates are keyed by it.
/// </summary>
public sealed record SafetyRowKey
{
    /// <summary>Creates a key.</summary>
    /// <param name="category">The category; SOC and PT rows use <see cref="OverviewCategory.AnyTeae"/>.</param>
    /// <param name="term">The term.</param>
    /// <exception cref="ArgumentException">A SOC or PT row with a category other than any TEAE.</exception>
    public SafetyRowKey(OverviewCategory category, SafetyTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term.Level != TermLevel.Overall && category != OverviewCategory.AnyTeae)
            throw new ArgumentException("SOC and PT rows count any TEAE.", nameof(category));
        Category = category;
        Term = term;
    }

    /// <summary>The category.</summary>
    public OverviewCategory Category { get; }
    /// <summary>The term.</summary>
    public SafetyTerm Term { get; }
    /// <summary>ard.csv analysis name.</summary>
    public string Analysis => Term.Level.ArdAnalysisName();
    /// <summary>ard.csv endpoint name.</summary>
    public string Endpoint => Category.Code();

    /// <summary>Formats as <c>analysis/endpoint/term</c>.</summary>
    public override string ToString() => $"{Analysis}/{Endpoint}/{Term.Key}";
}
