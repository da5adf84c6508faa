namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="DifferenceCiMethod"/> (intervals of a difference of proportions): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class DifferenceCiMethodNames
{
    /// <summary>The ard.csv method code, e.g. <c>newcombe</c>, <c>miettinen_nurminen</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="DifferenceCiMethod"/>.</exception>
    public static string Code(this DifferenceCiMethod method) => method switch
    {
        DifferenceCiMethod.Wald => "wald",
        DifferenceCiMethod.WaldCc => "wald_cc",
        DifferenceCiMethod.Newcombe => "newcombe",
        DifferenceCiMethod.MiettinenNurminen => "miettinen_nurminen",
        DifferenceCiMethod.Mee => "mee",
        DifferenceCiMethod.AgrestiCaffo => "agresti_caffo",
        DifferenceCiMethod.ChanZhang => "chan_zhang",
        DifferenceCiMethod.AgrestiMin => "agresti_min",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label, e.g. <c>Newcombe</c>, <c>Miettinen-Nurminen</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="DifferenceCiMethod"/>.</exception>
    public static string ShortLabel(this DifferenceCiMethod method) => method switch
    {
        DifferenceCiMethod.Wald => "Wald",
        DifferenceCiMethod.WaldCc => "Wald, continuity-corrected",
        DifferenceCiMethod.Newcombe => "Newcombe",
        DifferenceCiMethod.MiettinenNurminen => "Miettinen-Nurminen",
        DifferenceCiMethod.Mee => "Mee",
        DifferenceCiMethod.AgrestiCaffo => "Agresti-Caffo",
        DifferenceCiMethod.ChanZhang => "Chan-Zhang",
        DifferenceCiMethod.AgrestiMin => "Agresti-Min",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>Newcombe hybrid score</c>, <c>Miettinen-Nurminen score</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="DifferenceCiMethod"/>.</exception>
    public static string Label(this DifferenceCiMethod method) => method switch
    {
        DifferenceCiMethod.Wald => "Wald",
        DifferenceCiMethod.WaldCc => "Wald with continuity correction",
        DifferenceCiMethod.Newcombe => "Newcombe hybrid score",
        DifferenceCiMethod.MiettinenNurminen => "Miettinen-Nurminen score",
        DifferenceCiMethod.Mee => "Mee score",
        DifferenceCiMethod.AgrestiCaffo => "Agresti-Caffo",
        DifferenceCiMethod.ChanZhang => "Chan-Zhang exact unconditional",
        DifferenceCiMethod.AgrestiMin => "Agresti-Min exact unconditional",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
