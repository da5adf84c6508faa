namespace AsAnalysis.Statistics;

/// <summary>Codes and labels of <see cref="BetterDirection"/>.</summary>
public static class BetterDirectionNames
{
    /// <summary>snake_case code (ard.csv).</summary>
    /// <param name="direction">The value.</param>
    public static string Code(this BetterDirection direction) => direction switch
    {
        BetterDirection.Higher => "higher",
        BetterDirection.Lower => "lower",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    /// <summary>Compact label for table headers and figures.</summary>
    /// <param name="direction">The value.</param>
    public static string ShortLabel(this BetterDirection direction) => direction switch
    {
        BetterDirection.Higher => "higher better",
        BetterDirection.Lower => "lower better",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    /// <summary>Words for footnotes and the methods section.</summary>
    /// <param name="direction">The value.</param>
    public static string Label(this BetterDirection direction) => direction switch
    {
        BetterDirection.Higher => "higher proportions are better",
        BetterDirection.Lower => "lower proportions are better",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };
}
