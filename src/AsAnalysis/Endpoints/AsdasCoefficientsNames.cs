namespace AsAnalysis.Endpoints;

/// <summary>
/// The names of <see cref="AsdasCoefficients"/> (ASDAS coefficient sets): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class AsdasCoefficientsNames
{
    /// <summary>The code: <c>three_decimal</c> or <c>two_decimal</c>.</summary>
    /// <param name="coefficients">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasCoefficients"/>.</exception>
    public static string Code(this AsdasCoefficients coefficients) => coefficients switch
    {
        AsdasCoefficients.ThreeDecimal => "three_decimal",
        AsdasCoefficients.TwoDecimal => "two_decimal",
        _ => throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients, null),
    };

    /// <summary>The figure label: <c>Three-decimal</c> or <c>Two-decimal</c>.</summary>
    /// <param name="coefficients">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasCoefficients"/>.</exception>
    public static string ShortLabel(this AsdasCoefficients coefficients) => coefficients switch
    {
        AsdasCoefficients.ThreeDecimal => "Three-decimal",
        AsdasCoefficients.TwoDecimal => "Two-decimal",
        _ => throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients, null),
    };

    /// <summary>The words for the methods text: <c>three-decimal coefficients</c> or <c>two-decimal coefficients</c>.</summary>
    /// <param name="coefficients">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="AsdasCoefficients"/>.</exception>
    public static string Label(this AsdasCoefficients coefficients) => coefficients switch
    {
        AsdasCoefficients.ThreeDecimal => "three-decimal coefficients",
        AsdasCoefficients.TwoDecimal => "two-decimal coefficients",
        _ => throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients, null),
    };
}
