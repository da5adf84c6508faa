namespace AsAnalysis.Statistics.Sensitivity;

/// <summary>Codes and labels of <see cref="TippingConclusion"/>.</summary>
public static class TippingConclusionNames
{
    /// <summary>The snake_case code, e.g. <c>favours_treatment</c>.</summary>
    /// <param name="conclusion">The conclusion.</param>
    public static string Code(this TippingConclusion conclusion) => conclusion switch
    {
        TippingConclusion.FavoursTreatment => "favours_treatment",
        TippingConclusion.Inconclusive => "inconclusive",
        TippingConclusion.FavoursControl => "favours_control",
        TippingConclusion.Undefined => "undefined",
        _ => throw new ArgumentOutOfRangeException(nameof(conclusion), conclusion, null),
    };

    /// <summary>A compact label for figure legends, e.g. <c>T better</c>.</summary>
    /// <param name="conclusion">The conclusion.</param>
    public static string ShortLabel(this TippingConclusion conclusion) => conclusion switch
    {
        TippingConclusion.FavoursTreatment => "T better",
        TippingConclusion.Inconclusive => "n.s.",
        TippingConclusion.FavoursControl => "C better",
        TippingConclusion.Undefined => "undefined",
        _ => throw new ArgumentOutOfRangeException(nameof(conclusion), conclusion, null),
    };

    /// <summary>Words for footnotes, e.g. <c>significant difference favouring treatment</c>.</summary>
    /// <param name="conclusion">The conclusion.</param>
    public static string Label(this TippingConclusion conclusion) => conclusion switch
    {
        TippingConclusion.FavoursTreatment => "significant difference favouring treatment",
        TippingConclusion.Inconclusive => "no significant difference",
        TippingConclusion.FavoursControl => "significant difference favouring control",
        TippingConclusion.Undefined => "undefined",
        _ => throw new ArgumentOutOfRangeException(nameof(conclusion), conclusion, null),
    };
}
