using System.Globalization;

namespace AsAnalysis.Data.Xpt;

/// <summary>
/// One value of an observation. Numeric values carry a number or a missing-value code (<c>.</c>, <c>.A</c>-<c>.Z</c>, <c>._</c>);
/// character values carry their text with trailing blanks removed. <c>default(XptValue)</c> is the ordinary numeric missing value <c>.</c>.
/// </summary>
public readonly record struct XptValue
{
    private const char Present = '\u0001';
    private readonly double _number;
    private readonly char _code; // '\0' = ordinary missing '.', Present = number present, 'A'..'Z' / '_' = special missing
    private readonly string? _text;

    private XptValue(double number, char code, string? text)
    {
        _number = number;
        _code = code;
        _text = text;
    }

    /// <summary>A present numeric value.</summary>
    /// <param name="value">A finite number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite (not representable in a transport file).</exception>
    public static XptValue FromNumber(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "A SAS number is finite.");
        return new XptValue(value, Present, null);
    }

    /// <summary>A numeric missing value.</summary>
    /// <param name="code"><c>'.'</c> for the ordinary missing value, <c>'A'</c>-<c>'Z'</c> or <c>'_'</c> for special missing values.</param>
    /// <exception cref="ArgumentOutOfRangeException">Any other code.</exception>
    public static XptValue FromMissing(char code)
    {
        if (code == '.') return default;
        if (code is (>= 'A' and <= 'Z') or '_') return new XptValue(0, code, null);
        throw new ArgumentOutOfRangeException(nameof(code), code, "A SAS missing value code is '.', 'A'-'Z' or '_'.");
    }

    /// <summary>A character value.</summary>
    /// <param name="text">The text (an empty string is the character missing value).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static XptValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new XptValue(0, Present, text);
    }

    /// <summary>Numeric or character.</summary>
    public XptVariableType Type => _text is null ? XptVariableType.Numeric : XptVariableType.Character;

    /// <summary>The number, for a present numeric value; <c>null</c> for a missing or a character value.</summary>
    public double? Number => _text is null && _code == Present ? _number : null;

    /// <summary>For a numeric missing value its code: <c>'.'</c>, <c>'A'</c>-<c>'Z'</c> or <c>'_'</c>; otherwise <c>null</c>.</summary>
    public char? MissingCode => _text is not null || _code == Present ? null : _code == '\0' ? '.' : _code;

    /// <summary>The text of a character value (trailing blanks removed); <c>null</c> for a numeric value.</summary>
    public string? Text => _text;

    /// <summary>True for a numeric missing value or an empty (all-blank) character value.</summary>
    public bool IsMissing => _text is null ? _code != Present : _text.Length == 0;

    /// <summary>Invariant text: the number in round-trip (<c>R</c>) format, <c>.</c> / <c>.A</c> / <c>._</c> for missing values, or the text.</summary>
    public override string ToString()
    {
        if (_text is not null) return _text;
        if (_code == Present) return _number.ToString("R", CultureInfo.InvariantCulture);
        return _code == '\0' ? "." : "." + _code;
    }
}
