namespace AsAnalysis.Statistics;

/// <summary>Canonical names of <see cref="StratifiedDifferenceMethod"/>.</summary>
public static class StratifiedDifferenceMethodNames
{
    /// <summary>Canonical name of a stratified difference method (as used in ard.csv).</summary>
    /// <param name="method">The method.</param>
    /// <returns><c>cmh_wald</c>, <c>stratified_newcombe</c> or <c>stratified_miettinen_nurminen</c>.</returns>
    public static string CanonicalName(this StratifiedDifferenceMethod method) => method switch
    {
        StratifiedDifferenceMethod.CmhWald => "cmh_wald",
        StratifiedDifferenceMethod.Newcombe => "stratified_newcombe",
        StratifiedDifferenceMethod.MiettinenNurminen => "stratified_miettinen_nurminen",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
