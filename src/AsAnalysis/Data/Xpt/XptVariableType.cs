namespace AsAnalysis.Data.Xpt;

/// <summary>The storage type of a SAS variable.</summary>
/// <remarks>Its code, short label and label: <see cref="XptVariableTypeNames"/>.</remarks>
public enum XptVariableType
{
    /// <summary>Numeric: an IBM 370 hexadecimal floating-point number of 2 to 8 bytes (NAMESTR <c>ntype</c> = 1).</summary>
    Numeric = 1,
    /// <summary>Character: fixed-width, blank-padded text (NAMESTR <c>ntype</c> = 2).</summary>
    Character = 2,
}
