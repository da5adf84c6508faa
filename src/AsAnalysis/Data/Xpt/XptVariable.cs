namespace AsAnalysis.Data.Xpt;

/// <summary>One variable of a transport dataset, as described by its NAMESTR record.</summary>
public sealed record XptVariable
{
    /// <summary>Creates a variable description.</summary>
    /// <param name="number">1-based variable number (NAMESTR <c>nvar0</c>).</param>
    /// <param name="name">Variable name (1 to 8 characters in version 5), non-empty.</param>
    /// <param name="label">Variable label (up to 40 characters), possibly empty.</param>
    /// <param name="type">Numeric or character.</param>
    /// <param name="length">Length in bytes: 2 to 8 for numeric, at least 1 for character.</param>
    /// <param name="position">Byte offset of the value within an observation, at least 0.</param>
    /// <param name="format">Display format (<see cref="XptFormat.None"/> when none).</param>
    /// <param name="informat">Input format (<see cref="XptFormat.None"/> when none).</param>
    /// <exception cref="ArgumentException">An empty name or an undefined type.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A length or position out of range.</exception>
    public XptVariable(int number, string name, string label, XptVariableType type, int length, int position, XptFormat format, XptFormat informat)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(informat);
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A variable name must not be empty.", nameof(name));
        if (!Enum.IsDefined(type)) throw new ArgumentException($"Undefined variable type {(int)type}.", nameof(type));
        if (type == XptVariableType.Numeric && (length < 2 || length > 8))
            throw new ArgumentOutOfRangeException(nameof(length), length, "A numeric variable has a length of 2 to 8 bytes.");
        if (type == XptVariableType.Character && length < 1)
            throw new ArgumentOutOfRangeException(nameof(length), length, "A character variable has a length of at least 1 byte.");
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        Number = number;
        Name = name.Trim();
        Label = label;
        Type = type;
        Length = length;
        Position = position;
        Format = format;
        Informat = informat;
    }

    /// <summary>1-based variable number (NAMESTR <c>nvar0</c>).</summary>
    public int Number { get; }
    /// <summary>Variable name as stored (trailing blanks removed).</summary>
    public string Name { get; }
    /// <summary>Variable label (trailing blanks removed), possibly empty.</summary>
    public string Label { get; }
    /// <summary>Numeric or character.</summary>
    public XptVariableType Type { get; }
    /// <summary>Length in bytes.</summary>
    public int Length { get; }
    /// <summary>Byte offset of the value within an observation.</summary>
    public int Position { get; }
    /// <summary>Display format (e.g. <c>DATE9.</c>).</summary>
    public XptFormat Format { get; }
    /// <summary>Input format.</summary>
    public XptFormat Informat { get; }
}
