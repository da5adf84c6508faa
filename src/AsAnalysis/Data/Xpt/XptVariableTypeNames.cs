namespace AsAnalysis.Data.Xpt;

/// <summary>
/// The names of <see cref="XptVariableType"/> (SAS storage types): its code, its short label for figures and compact
/// headers, and its label for tables, footnotes and the methods text. Every layer takes the words from here.
/// </summary>
public static class XptVariableTypeNames
{
    /// <summary>The code: <c>numeric</c> or <c>character</c>.</summary>
    /// <param name="type">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="XptVariableType"/>.</exception>
    public static string Code(this XptVariableType type) => type switch
    {
        XptVariableType.Numeric => "numeric",
        XptVariableType.Character => "character",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The compact label: <c>Num</c> or <c>Char</c>.</summary>
    /// <param name="type">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="XptVariableType"/>.</exception>
    public static string ShortLabel(this XptVariableType type) => type switch
    {
        XptVariableType.Numeric => "Num",
        XptVariableType.Character => "Char",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The words for messages: <c>numeric</c> or <c>character</c>.</summary>
    /// <param name="type">The value.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of <see cref="XptVariableType"/>.</exception>
    public static string Label(this XptVariableType type) => type switch
    {
        XptVariableType.Numeric => "numeric",
        XptVariableType.Character => "character",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
