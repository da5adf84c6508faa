namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>What one cell of a tipping-point grid concludes, by the interval or by the test.</summary>
public enum TippingConclusion
{
    /// <summary>Interval: lower limit above 0; test: p below alpha with a positive difference (treatment better). Code <c>favours_treatment</c>.</summary>
    FavoursTreatment,
    /// <summary>Interval contains 0, or p at least alpha. Code <c>inconclusive</c>.</summary>
    Inconclusive,
    /// <summary>Interval: upper limit below 0; test: p below alpha with a negative difference (control better). Code <c>favours_control</c>.</summary>
    FavoursControl,
    /// <summary>The interval or p-value is undefined (NaN), e.g. an arm with no subject, or a chi-square test with a zero margin. Code <c>undefined</c>.</summary>
    Undefined,
}
