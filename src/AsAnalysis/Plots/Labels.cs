using AsAnalysis.Statistics;

namespace AsAnalysis.Plots;

/// <summary>Display names used in figure text.</summary>
internal static class Labels
{
    public static string Display(this DifferenceCiMethod method) => method switch
    {
        DifferenceCiMethod.Wald => "Wald",
        DifferenceCiMethod.WaldCc => "Wald, continuity-corrected",
        DifferenceCiMethod.Newcombe => "Newcombe",
        DifferenceCiMethod.MiettinenNurminen => "Miettinen-Nurminen",
        DifferenceCiMethod.Mee => "Mee",
        DifferenceCiMethod.AgrestiCaffo => "Agresti-Caffo",
        _ => method.CanonicalName(),
    };

    public static string Display(this ProportionCiMethod method) => method switch
    {
        ProportionCiMethod.Wilson => "Wilson",
        ProportionCiMethod.WilsonCc => "Wilson, continuity-corrected",
        ProportionCiMethod.ClopperPearson => "Clopper-Pearson",
        ProportionCiMethod.AgrestiCoull => "Agresti-Coull",
        ProportionCiMethod.Jeffreys => "Jeffreys",
        ProportionCiMethod.Wald => "Wald",
        _ => method.CanonicalName(),
    };
}
