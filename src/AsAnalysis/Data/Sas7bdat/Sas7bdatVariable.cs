using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// One variable (column) of a SAS7BDAT dataset, from its column name, column attributes and column format/label
/// subheaders. The format is an <see cref="XptFormat"/>, the SAS format descriptor shared with the transport reader.
/// </summary>
public sealed record Sas7bdatVariable
{
    /// <summary>Creates a variable description.</summary>
    /// <param name="number">1-based variable number (column order in the file).</param>
    /// <param name="name">Variable name, non-empty (trailing blanks removed).</param>
    /// <param name="label">Variable label, possibly empty.</param>
    /// <param name="type">Numeric or character.</param>
    /// <param name="length">Length in bytes: 2 to 8 for numeric (3 to 8 on every platform but the mainframe), 1 to 32767 for character.</param>
    /// <param name="offset">Byte offset of the value within a row, at least 0.</param>
    /// <param name="format">Display format (<see cref="XptFormat.None"/> when none).</param>
    /// <exception cref="ArgumentNullException">A null name, label or format.</exception>
    /// <exception cref="ArgumentException">An empty name or an undefined type.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number below 1, a length or an offset out of range.</exception>
    public Sas7bdatVariable(int number, string name, string label, Sas7bdatVariableType type, int length, int offset, XptFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A variable name must not be empty.", nameof(name));
        if (!Enum.IsDefined(type)) throw new ArgumentException($"Undefined variable type {(int)type}.", nameof(type));
        if (type == Sas7bdatVariableType.Numeric && length is < 2 or > 8)
            throw new ArgumentOutOfRangeException(nameof(length), length, "A numeric variable has a length of 2 to 8 bytes.");
        if (type == Sas7bdatVariableType.Character && length is < 1 or > 32767)
            throw new ArgumentOutOfRangeException(nameof(length), length, "A character variable has a length of 1 to 32767 bytes.");
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        Number = number;
        Name = name.TrimEnd();
        Label = label;
        Type = type;
        Length = length;
        Offset = offset;
        Format = format;
        TemporalKind = type == Sas7bdatVariableType.Numeric ? SasTemporalFormats.Kind(format) : SasTemporalKind.None;
    }

    /// <summary>1-based variable number (column order in the file).</summary>
    public int Number { get; }
    /// <summary>Variable name as stored (trailing blanks removed).</summary>
    public string Name { get; }
    /// <summary>Variable label, possibly empty.</summary>
    public string Label { get; }
    /// <summary>Numeric or character.</summary>
    public Sas7bdatVariableType Type { get; }
    /// <summary>Length in bytes within a row.</summary>
    public int Length { get; }
    /// <summary>Byte offset of the value within a row.</summary>
    public int Offset { get; }
    /// <summary>Display format (e.g. <c>DATE9.</c>, <c>$20.</c>); <see cref="XptFormat.None"/> when none.</summary>
    public XptFormat Format { get; }

    /// <summary>
    /// What the numbers of this variable stand for according to its format: dates (read them with
    /// <see cref="Sas7bdatValue.TryGetDate"/>), datetimes (<see cref="Sas7bdatValue.TryGetDateTime"/>), times
    /// (<see cref="Sas7bdatValue.TryGetTime"/>; <c>TOD</c> also writes the time of day of datetimes) or plain numbers.
    /// Always <see cref="SasTemporalKind.None"/> for character variables.
    /// </summary>
    public SasTemporalKind TemporalKind { get; }
}
