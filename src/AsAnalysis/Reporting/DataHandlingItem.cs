namespace AsAnalysis.Reporting;

/// <summary>
/// One counted data-handling event for the report's data-handling section, e.g.
/// <c>new DataHandlingItem("Exclusion", "Subjects outside the full analysis set (ITTFL = N)", 2)</c> or
/// <c>new DataHandlingItem("Imputation", "ASAS20 at Week 12 missing, imputed as non-response", 3)</c>.
/// </summary>
public sealed record DataHandlingItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="category">Kind of handling (e.g. "Exclusion", "Imputation"); non-blank.</param>
    /// <param name="description">What was done and why; non-blank.</param>
    /// <param name="count">How many records or subjects; at least 0.</param>
    /// <exception cref="ArgumentException">Blank category or description.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative count.</exception>
    public DataHandlingItem(string category, string description, int count)
    {
        if (string.IsNullOrWhiteSpace(category)) throw new ArgumentException("The category must not be blank.", nameof(category));
        if (string.IsNullOrWhiteSpace(description)) throw new ArgumentException("The description must not be blank.", nameof(description));
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        Category = category;
        Description = description;
        Count = count;
    }

    /// <summary>Kind of handling (e.g. "Exclusion", "Imputation").</summary>
    public string Category { get; }

    /// <summary>What was done and why.</summary>
    public string Description { get; }

    /// <summary>How many records or subjects.</summary>
    public int Count { get; }
}
