namespace AsAnalysis.Statistics;

/// <summary>Codes and labels of <see cref="NonInferiorityMethod"/>.</summary>
public static class NonInferiorityMethodNames
{
    /// <summary>snake_case code (ard.csv).</summary>
    /// <param name="method">The value.</param>
    public static string Code(this NonInferiorityMethod method) => method switch
    {
        NonInferiorityMethod.FarringtonManning => "farrington_manning",
        NonInferiorityMethod.MiettinenNurminen => "miettinen_nurminen",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Compact label for table headers and figures.</summary>
    /// <param name="method">The value.</param>
    public static string ShortLabel(this NonInferiorityMethod method) => method switch
    {
        NonInferiorityMethod.FarringtonManning => "FM",
        NonInferiorityMethod.MiettinenNurminen => "MN",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Words for footnotes and the methods section.</summary>
    /// <param name="method">The value.</param>
    public static string Label(this NonInferiorityMethod method) => method switch
    {
        NonInferiorityMethod.FarringtonManning => "Farrington-Manning score test",
        NonInferiorityMethod.MiettinenNurminen => "Miettinen-Nurminen score test",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };
}
