namespace AsAnalysis.Endpoints;

/// <summary>ASDAS disease-activity state (Machado 2011 boundaries, 2018 names).</summary>
/// <remarks>Its code, short label and label: <see cref="AsdasCategoryNames"/>.</remarks>
public enum AsdasCategory
{
    /// <summary>Inactive disease: ASDAS &lt; 1.3. Code <c>ID</c>.</summary>
    InactiveDisease,
    /// <summary>Low disease activity: 1.3 &lt;= ASDAS &lt; 2.1. Code <c>LDA</c>.</summary>
    LowDiseaseActivity,
    /// <summary>High disease activity: 2.1 &lt;= ASDAS &lt;= 3.5. Code <c>HDA</c>.</summary>
    HighDiseaseActivity,
    /// <summary>Very high disease activity: ASDAS &gt; 3.5. Code <c>VHDA</c>.</summary>
    VeryHighDiseaseActivity,
}
