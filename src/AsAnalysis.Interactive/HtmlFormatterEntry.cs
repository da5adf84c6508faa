namespace AsAnalysis.Interactive;

/// <summary>One notebook HTML formatter: values assignable to <see cref="Type"/> display as the HTML that <see cref="ToHtml"/> returns.</summary>
public sealed class HtmlFormatterEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="type">The type formatted (the formatter also applies to derived types and implementations).</param>
    /// <param name="toHtml">Turns a non-null value of <paramref name="type"/> into an HTML fragment.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public HtmlFormatterEntry(Type type, Func<object, string> toHtml)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(toHtml);
        Type = type;
        ToHtml = toHtml;
    }

    /// <summary>The type formatted.</summary>
    public Type Type { get; }

    /// <summary>Turns a value into an HTML fragment.</summary>
    public Func<object, string> ToHtml { get; }

    /// <summary>Creates a typed entry.</summary>
    /// <typeparam name="T">The type formatted.</typeparam>
    /// <param name="toHtml">Turns a value into an HTML fragment.</param>
    public static HtmlFormatterEntry For<T>(Func<T, string> toHtml) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(toHtml);
        return new HtmlFormatterEntry(typeof(T), o => toHtml((T)o));
    }
}
