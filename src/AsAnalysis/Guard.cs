using System.Globalization;

namespace AsAnalysis;

/// <summary>
/// The argument checks of the options types (and of the entry points that check the same things). Each check returns
/// the value it accepted, so that an init accessor reads <c>init => field = Guard.Defined(value, nameof(Quantiles));</c>,
/// and each exception names the property or parameter (<see cref="ArgumentException.ParamName"/>, which the message
/// repeats). The kinds of exception are the house ones: a null where a value is needed gives
/// <see cref="ArgumentNullException"/>; a number outside its range or an undefined enum value gives
/// <see cref="ArgumentOutOfRangeException"/> carrying the value; blank text and a duplicate give
/// <see cref="ArgumentException"/>. A caller may pass its own message where the default would say less.
/// Lists are copied into <see cref="ValueList{T}"/>, so that records holding them compare by content.
/// </summary>
internal static class Guard
{
    /// <summary>The value, unless it is <c>null</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name);

    /// <summary>The value, when it is a named member of its enum.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static T Defined<T>(T value, string name, string? message = null) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, message ?? $"Undefined {typeof(T).Name} value.");

    /// <summary>The value, when it is <c>null</c> or a named member of its enum.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static T? NullOrDefined<T>(T? value, string name, string? message = null) where T : struct, Enum =>
        value is { } v ? Defined(v, name, message) : null;

    /// <summary>The text, when it has a character other than white space.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Empty or white space only.</exception>
    public static string NotBlank(string? value, string name, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(message ?? "The text must not be blank.", name) : value;
    }

    /// <summary>The text, when it is <c>null</c> (meaning "none") or has a character other than white space.</summary>
    /// <exception cref="ArgumentException">Empty or white space only.</exception>
    public static string? NullOrNotBlank(string? value, string name, string? message = null) =>
        value is null ? null : NotBlank(value, name, message);

    /// <summary>Text shown in a table or a document: not blank and free of control characters (line breaks, tabs...).</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    /// <exception cref="ArgumentException">Blank, or a control character.</exception>
    public static string DisplayText(string? value, string name)
    {
        var text = NotBlank(value, name);
        return text.Any(char.IsControl) ? throw new ArgumentException("The text must not contain control characters.", name) : text;
    }

    /// <summary>The number, when <paramref name="min"/> &lt;= value &lt;= <paramref name="max"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the range.</exception>
    public static int InRange(int value, int min, int max, string name, string? message = null) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, message ?? Invariant($"The value must lie in {min}..{max}."));

    /// <summary>The number, when it is at least <paramref name="min"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below <paramref name="min"/>.</exception>
    public static int AtLeast(int value, int min, string name, string? message = null) =>
        value >= min ? value : throw new ArgumentOutOfRangeException(name, value, message ?? Invariant($"The value must be at least {min}."));

    /// <summary>The number, when it is <c>null</c> (meaning "none") or at least <paramref name="min"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below <paramref name="min"/>.</exception>
    public static int? NullOrAtLeast(int? value, int min, string name, string? message = null) =>
        value is { } v ? AtLeast(v, min, name, message) : null;

    /// <summary>The number, when it is finite and <paramref name="min"/> &lt;= value &lt;= <paramref name="max"/> (NaN is outside).</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, infinite or outside the range.</exception>
    public static double InRange(double value, double min, double max, string name, string? message = null) =>
        double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, message ?? Invariant($"The value must be a finite number in [{min}, {max}]."));

    /// <summary>The number, when it is finite and above zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, infinite, zero or negative.</exception>
    public static double Positive(double value, string name, string? message = null) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, message ?? "The value must be positive and finite.");

    /// <summary>The number, when it is finite and above zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN, infinite, zero or negative.</exception>
    public static float Positive(float value, string name, string? message = null) =>
        float.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, message ?? "The value must be positive and finite.");

    /// <summary>The number, when 0 &lt; value &lt; 1 (NaN is outside).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the open interval.</exception>
    public static double OpenUnit(double value, string name, string? message = null) =>
        value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(name, value, message ?? "The value must lie strictly between 0 and 1.");

    /// <summary>A confidence level: 0 &lt; level &lt; 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the open interval (0, 1), or NaN.</exception>
    public static double Level(double value, string name) =>
        OpenUnit(value, name, "The confidence level must lie strictly between 0 and 1.");

    /// <summary>
    /// A list of distinct, defined enum values, copied (in the given order) into a <see cref="ValueList{T}"/>.
    /// May be empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    /// <exception cref="ArgumentException">A value listed twice.</exception>
    public static IReadOnlyList<T> DistinctDefined<T>(IEnumerable<T>? values, string name) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var list = ValueList<T>.From(values);
        var seen = new HashSet<T>();
        foreach (var v in list)
        {
            Defined(v, name);
            if (!seen.Add(v)) throw new ArgumentException($"Duplicate {typeof(T).Name} value.", name);
        }
        return list;
    }

    /// <summary>A list without null items, copied (in the given order) into a <see cref="ValueList{T}"/>. May be empty.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">A null item.</exception>
    public static IReadOnlyList<T> NoNulls<T>(IEnumerable<T>? values, string name, string? message = null) where T : class
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var list = ValueList<T>.From(values);
        return list.Any(v => v is null) ? throw new ArgumentException(message ?? "The list holds a null item.", name) : list;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
