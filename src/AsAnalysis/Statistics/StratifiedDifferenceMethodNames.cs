namespace AsAnalysis.Statistics;

/// <summary>
/// The names of <see cref="StratifiedDifferenceMethod"/> (stratified differences of proportions): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class StratifiedDifferenceMethodNames
{
    /// <summary>The ard.csv method code: <c>cmh_wald</c>, <c>stratified_newcombe</c> or <c>stratified_miettinen_nurminen</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="StratifiedDifferenceMethod"/>.</exception>
    public static string Code(this StratifiedDifferenceMethod method) => method switch
    {
        StratifiedDifferenceMethod.CmhWald => "cmh_wald",
        StratifiedDifferenceMethod.Newcombe => "stratified_newcombe",
        StratifiedDifferenceMethod.MiettinenNurminen => "stratified_miettinen_nurminen",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The figure label: <c>CMH-weighted</c>, <c>Stratified Newcombe</c> or <c>Stratified Miettinen-Nurminen</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="StratifiedDifferenceMethod"/>.</exception>
    public static string ShortLabel(this StratifiedDifferenceMethod method) => method switch
    {
        StratifiedDifferenceMethod.CmhWald => "CMH-weighted",
        StratifiedDifferenceMethod.Newcombe => "Stratified Newcombe",
        StratifiedDifferenceMethod.MiettinenNurminen => "Stratified Miettinen-Nurminen",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The words for tables and the methods text, e.g. <c>CMH-weighted difference with the Sato variance</c>.</summary>
    /// <param name="method">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="StratifiedDifferenceMethod"/>.</exception>
    public static string Label(this StratifiedDifferenceMethod method) => method switch
    {
        StratifiedDifferenceMethod.CmhWald => "CMH-weighted difference with the Sato variance",
        StratifiedDifferenceMethod.Newcombe => "stratified Newcombe hybrid score (Yan and Su)",
        StratifiedDifferenceMethod.MiettinenNurminen => "stratified Miettinen-Nurminen score",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Canonical name; the same as <see cref="Code"/>.</summary>
    /// <param name="method">The value.</param>
    [Obsolete("Use Code.", false)]
    public static string CanonicalName(this StratifiedDifferenceMethod method) => method.Code();
}
