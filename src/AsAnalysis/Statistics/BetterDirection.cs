namespace AsAnalysis.Statistics;

/// <summary>Which direction of the outcome proportion is good for the patient; it fixes the side of the margin.</summary>
public enum BetterDirection
{
    /// <summary>Higher proportions are better (response, e.g. ASAS20): non-inferiority rules out treatment being worse by more
    /// than the margin, so a difference margin is negative and a ratio margin below 1. Code <c>higher</c>.</summary>
    Higher,
    /// <summary>Lower proportions are better (adverse events, failure): a difference margin is positive and a ratio margin
    /// above 1. Code <c>lower</c>.</summary>
    Lower,
}
