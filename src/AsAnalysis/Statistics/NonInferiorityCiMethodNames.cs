namespace AsAnalysis.Statistics;

/// <summary>Codes and labels of <see cref="NonInferiorityCiMethod"/>.</summary>
public static class NonInferiorityCiMethodNames
{
    /// <summary>snake_case code (ard.csv).</summary>
    /// <param name="method">The value.</param>
    public static string Code(this NonInferiorityCiMethod method) => method switch
    {
        NonInferiorityCiMethod.Mee => "mee",
        NonInferiorityCiMethod.Koopman => "koopman",
        NonInferiorityCiMethod.MiettinenNurminen => "miettinen_nurminen",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Compact label for table headers and figures.</summary>
    /// <param name="method">The value.</param>
    public static string ShortLabel(this NonInferiorityCiMethod method) => method switch
    {
        NonInferiorityCiMethod.Mee => "Mee",
        NonInferiorityCiMethod.Koopman => "Koopman",
        NonInferiorityCiMethod.MiettinenNurminen => "MN",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Words for footnotes and the methods section.</summary>
    /// <param name="method">The value.</param>
    public static string Label(this NonInferiorityCiMethod method) => method switch
    {
        NonInferiorityCiMethod.Mee => "Mee score interval (inverted Farrington-Manning statistic)",
        NonInferiorityCiMethod.Koopman => "Koopman score interval (inverted Farrington-Manning ratio statistic)",
        NonInferiorityCiMethod.MiettinenNurminen => "Miettinen-Nurminen score interval",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
