using ScottPlot;

namespace AsAnalysis.Plots;

/// <summary>
/// The Okabe-Ito colour-blind-safe palette (Okabe and Ito 2008, "Color Universal Design"; Wong 2011, Nature Methods
/// 8:441). The eight colours stay distinguishable under the common colour-vision deficiencies.
/// </summary>
public static class OkabeIto
{
    /// <summary>Black, #000000.</summary>
    public static Color Black { get; } = Color.FromHex("#000000");
    /// <summary>Orange, #E69F00.</summary>
    public static Color Orange { get; } = Color.FromHex("#E69F00");
    /// <summary>Sky blue, #56B4E9.</summary>
    public static Color SkyBlue { get; } = Color.FromHex("#56B4E9");
    /// <summary>Bluish green, #009E73.</summary>
    public static Color BluishGreen { get; } = Color.FromHex("#009E73");
    /// <summary>Yellow, #F0E442 (too light for lines or text on white; used only for fills).</summary>
    public static Color Yellow { get; } = Color.FromHex("#F0E442");
    /// <summary>Blue, #0072B2.</summary>
    public static Color Blue { get; } = Color.FromHex("#0072B2");
    /// <summary>Vermillion, #D55E00.</summary>
    public static Color Vermillion { get; } = Color.FromHex("#D55E00");
    /// <summary>Reddish purple, #CC79A7.</summary>
    public static Color ReddishPurple { get; } = Color.FromHex("#CC79A7");

    /// <summary>The eight colours in the published order (black, orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple).</summary>
    public static IReadOnlyList<Color> All { get; } = [Black, Orange, SkyBlue, BluishGreen, Yellow, Blue, Vermillion, ReddishPurple];

    /// <summary>The palette as a ScottPlot <see cref="IPalette"/> (for <c>plot.Add.Palette</c>).</summary>
    public static IPalette Palette { get; } = new ScottPlot.Palettes.Custom(All.ToArray(), "Okabe-Ito", "Okabe and Ito 2008 colour-blind-safe palette");
}
