namespace AsAnalysis.Statistics.MixedModels;

/// <summary>Names of the <see cref="DegreesOfFreedomMethod"/> members: ard.csv code, compact label, words.</summary>
public static class DegreesOfFreedomMethodNames
{
    /// <summary>The snake_case code used in ard.csv's method column, e.g. <c>kenward_roger</c>.</summary>
    /// <param name="method">The method.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Code(this DegreesOfFreedomMethod method) => method switch
    {
        DegreesOfFreedomMethod.KenwardRoger => "kenward_roger",
        DegreesOfFreedomMethod.KenwardRogerLinear => "kenward_roger_linear",
        DegreesOfFreedomMethod.Satterthwaite => "satterthwaite",
        DegreesOfFreedomMethod.BetweenWithin => "between_within",
        DegreesOfFreedomMethod.Residual => "residual",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Compact label (SAS <c>DDFM=</c> value): KR, KR1, Satt, BW, Resid.</summary>
    /// <param name="method">The method.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string ShortLabel(this DegreesOfFreedomMethod method) => method switch
    {
        DegreesOfFreedomMethod.KenwardRoger => "KR",
        DegreesOfFreedomMethod.KenwardRogerLinear => "KR1",
        DegreesOfFreedomMethod.Satterthwaite => "Satt",
        DegreesOfFreedomMethod.BetweenWithin => "BW",
        DegreesOfFreedomMethod.Residual => "Resid",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Words for footnotes and the methods section, e.g. <c>Kenward-Roger</c>.</summary>
    /// <param name="method">The method.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Label(this DegreesOfFreedomMethod method) => method switch
    {
        DegreesOfFreedomMethod.KenwardRoger => "Kenward-Roger",
        DegreesOfFreedomMethod.KenwardRogerLinear => "Kenward-Roger (first-order)",
        DegreesOfFreedomMethod.Satterthwaite => "Satterthwaite",
        DegreesOfFreedomMethod.BetweenWithin => "between-within",
        DegreesOfFreedomMethod.Residual => "residual",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
