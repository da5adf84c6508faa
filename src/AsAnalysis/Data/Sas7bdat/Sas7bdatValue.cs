using System.Globalization;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// One value of a SAS7BDAT row. Numeric values carry a number or a missing-value code (<c>.</c>, <c>.A</c>-<c>.Z</c>,
/// <c>._</c>); character values carry their text with trailing blanks removed. <c>default(Sas7bdatValue)</c> is the
/// ordinary numeric missing value <c>.</c>. A number is read as stored: the date, datetime or time it stands for follows
/// from the variable's format (<see cref="Sas7bdatVariable.TemporalKind"/>) through <see cref="TryGetDate"/>,
/// <see cref="TryGetDateTime"/> and <see cref="TryGetTime"/>.
/// </summary>
public readonly record struct Sas7bdatValue
{
    private const char Present = '\u0001';
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;
    private static readonly DateTime SasEpoch = new(1960, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly int MinDay = DateOnly.MinValue.DayNumber - DateOnly.FromDateTime(SasEpoch).DayNumber;
    private static readonly int MaxDay = DateOnly.MaxValue.DayNumber - DateOnly.FromDateTime(SasEpoch).DayNumber;

    private readonly double _number;
    private readonly char _code; // '\0' = ordinary missing '.', Present = number or text present, 'A'..'Z' / '_' = special missing
    private readonly string? _text;

    private Sas7bdatValue(double number, char code, string? text)
    {
        _number = number;
        _code = code;
        _text = text;
    }

    /// <summary>A present numeric value.</summary>
    /// <param name="value">Any number except NaN (NaN patterns are SAS missing values: use <see cref="FromMissing"/>).
    /// Infinities are accepted: SAS never writes them, but other writers of the format can.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN.</exception>
    public static Sas7bdatValue FromNumber(double value)
    {
        if (double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "NaN is a SAS missing value, not a number.");
        return new Sas7bdatValue(value, Present, null);
    }

    /// <summary>A numeric missing value.</summary>
    /// <param name="code"><c>'.'</c> for the ordinary missing value, <c>'A'</c>-<c>'Z'</c> or <c>'_'</c> for special missing values.</param>
    /// <exception cref="ArgumentOutOfRangeException">Any other code.</exception>
    public static Sas7bdatValue FromMissing(char code)
    {
        if (code == '.') return default;
        if (code is (>= 'A' and <= 'Z') or '_') return new Sas7bdatValue(0, code, null);
        throw new ArgumentOutOfRangeException(nameof(code), code, "A SAS missing value code is '.', 'A'-'Z' or '_'.");
    }

    /// <summary>A character value.</summary>
    /// <param name="text">The text (an empty string is the character missing value).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Sas7bdatValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Sas7bdatValue(0, Present, text);
    }

    /// <summary>The reader's constructor: a number that is known not to be NaN.</summary>
    internal static Sas7bdatValue OfNumber(double value) => new(value, Present, null);

    /// <summary>The reader's constructor: a missing-value code known to be '\0' (ordinary), 'A'-'Z' or '_'.</summary>
    internal static Sas7bdatValue OfMissing(char code) => new(0, code, null);

    /// <summary>The reader's constructor: a text known not to be null.</summary>
    internal static Sas7bdatValue OfText(string text) => new(0, Present, text);

    /// <summary>Numeric or character.</summary>
    public Sas7bdatVariableType Type => _text is null ? Sas7bdatVariableType.Numeric : Sas7bdatVariableType.Character;

    /// <summary>The number, for a present numeric value; <c>null</c> for a missing or a character value.</summary>
    public double? Number => _text is null && _code == Present ? _number : null;

    /// <summary>For a numeric missing value its code: <c>'.'</c>, <c>'A'</c>-<c>'Z'</c> or <c>'_'</c>; otherwise <c>null</c>.</summary>
    public char? MissingCode => _text is not null || _code == Present ? null : _code == '\0' ? '.' : _code;

    /// <summary>The text of a character value (trailing blanks removed); <c>null</c> for a numeric value.</summary>
    public string? Text => _text;

    /// <summary>True for a numeric missing value or an empty (all-blank) character value.</summary>
    public bool IsMissing => _text is null ? _code != Present : _text.Length == 0;

    /// <summary>
    /// Reads the number as a SAS date (days since 1960-01-01), as variables with a date format store them.
    /// </summary>
    /// <param name="date">The date, when this returns true.</param>
    /// <returns>False for a missing or character value, and for a number that is not a whole day within years 1-9999
    /// (a fraction is never rounded away silently).</returns>
    public bool TryGetDate(out DateOnly date)
    {
        date = default;
        if (Number is not { } days || Math.Floor(days) != days || days < MinDay || days > MaxDay) return false;
        date = DateOnly.FromDateTime(SasEpoch).AddDays((int)days);
        return true;
    }

    /// <summary>
    /// Reads the number as a SAS datetime (seconds since 1960-01-01T00:00:00, no time zone), as variables with a
    /// datetime format store them. Fractions of a second are kept to the nearest 100 ns tick.
    /// </summary>
    /// <param name="dateTime">The date and time (<see cref="DateTimeKind.Unspecified"/>), when this returns true.</param>
    /// <returns>False for a missing or character value, and for a number outside years 1-9999.</returns>
    public bool TryGetDateTime(out DateTime dateTime)
    {
        dateTime = default;
        if (Number is not { } seconds || !TryTicks(seconds, out var ticks)) return false;
        var min = DateTime.MinValue.Ticks - SasEpoch.Ticks;
        var max = DateTime.MaxValue.Ticks - SasEpoch.Ticks;
        if (ticks < min || ticks > max) return false;
        dateTime = new DateTime(SasEpoch.Ticks + ticks, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>
    /// Reads the number as a SAS time (seconds since midnight; may be negative or exceed 24 hours, as durations do), as
    /// variables with a time format store them. Fractions of a second are kept to the nearest 100 ns tick.
    /// </summary>
    /// <param name="time">The time, when this returns true.</param>
    /// <returns>False for a missing or character value, and for a number beyond the range of <see cref="TimeSpan"/>.</returns>
    public bool TryGetTime(out TimeSpan time)
    {
        time = default;
        if (Number is not { } seconds || !TryTicks(seconds, out var ticks)) return false;
        time = TimeSpan.FromTicks(ticks);
        return true;
    }

    /// <summary>Whole seconds exactly, then the fraction rounded to the nearest tick (avoids the rounding of seconds * 1e7).</summary>
    private static bool TryTicks(double seconds, out long ticks)
    {
        ticks = 0;
        if (!double.IsFinite(seconds) || Math.Abs(seconds) > TimeSpan.MaxValue.TotalSeconds - 1) return false;
        var whole = Math.Floor(seconds);
        var fraction = seconds - whole;
        ticks = (long)whole * TicksPerSecond + (long)Math.Round(fraction * TicksPerSecond, MidpointRounding.AwayFromZero);
        return true;
    }

    /// <summary>Invariant text: the number in round-trip (<c>R</c>) format, <c>.</c> / <c>.A</c> / <c>._</c> for missing values, or the text.</summary>
    public override string ToString()
    {
        if (_text is not null) return _text;
        if (_code == Present) return _number.ToString("R", CultureInfo.InvariantCulture);
        return _code == '\0' ? "." : "." + _code;
    }
}
