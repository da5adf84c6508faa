namespace AsAnalysis.Data.Sas7bdat;

/// <summary>Codes and labels of <see cref="Sas7bdatVariableType"/>.</summary>
public static class Sas7bdatVariableTypeNames
{
    /// <summary>snake_case code: <c>numeric</c> or <c>character</c>.</summary>
    /// <param name="type">The type.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Code(this Sas7bdatVariableType type) => type switch
    {
        Sas7bdatVariableType.Numeric => "numeric",
        Sas7bdatVariableType.Character => "character",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Undefined variable type."),
    };

    /// <summary>Compact label: <c>Num</c> or <c>Char</c> (as SAS PROC CONTENTS prints them).</summary>
    /// <param name="type">The type.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string ShortLabel(this Sas7bdatVariableType type) => type switch
    {
        Sas7bdatVariableType.Numeric => "Num",
        Sas7bdatVariableType.Character => "Char",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Undefined variable type."),
    };

    /// <summary>Label in words: <c>numeric</c> or <c>character</c>.</summary>
    /// <param name="type">The type.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Label(this Sas7bdatVariableType type) => type switch
    {
        Sas7bdatVariableType.Numeric => "numeric",
        Sas7bdatVariableType.Character => "character",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Undefined variable type."),
    };
}
