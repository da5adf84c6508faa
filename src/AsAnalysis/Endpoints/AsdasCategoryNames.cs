namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="AsdasCategory"/> (ASDAS disease-activity states): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class AsdasCategoryNames
{
    /// <summary>The code: <c>ID</c>, <c>LDA</c>, <c>HDA</c> or <c>VHDA</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasCategory"/>.</exception>
    public static string Code(this AsdasCategory category) => category switch
    {
        AsdasCategory.InactiveDisease => "ID",
        AsdasCategory.LowDiseaseActivity => "LDA",
        AsdasCategory.HighDiseaseActivity => "HDA",
        AsdasCategory.VeryHighDiseaseActivity => "VHDA",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The figure label (the names of the bands behind ASDAS plots): <c>Inactive</c>, <c>Low</c>, <c>High</c>, <c>Very high</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasCategory"/>.</exception>
    public static string ShortLabel(this AsdasCategory category) => category switch
    {
        AsdasCategory.InactiveDisease => "Inactive",
        AsdasCategory.LowDiseaseActivity => "Low",
        AsdasCategory.HighDiseaseActivity => "High",
        AsdasCategory.VeryHighDiseaseActivity => "Very high",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>inactive disease</c>, <c>high disease activity</c>.</summary>
    /// <param name="category">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasCategory"/>.</exception>
    public static string Label(this AsdasCategory category) => category switch
    {
        AsdasCategory.InactiveDisease => "inactive disease",
        AsdasCategory.LowDiseaseActivity => "low disease activity",
        AsdasCategory.HighDiseaseActivity => "high disease activity",
        AsdasCategory.VeryHighDiseaseActivity => "very high disease activity",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
