namespace AsAnalysis.Reporting;

/// <summary>One entry of the report's methods section: a method or rule, its ard.csv name, and what it does.</summary>
public sealed record ReportMethod
{
    /// <summary>Creates an entry.</summary>
    /// <param name="name">Plain-words name, e.g. "Wilson score interval"; non-blank.</param>
    /// <param name="canonicalName">The name used in ard.csv (method or analysis column), e.g. <c>wilson</c>; empty when it has none.</param>
    /// <param name="description">One sentence on what it is and where it is used; non-blank.</param>
    /// <exception cref="ArgumentException">A blank name or description, or a null canonical name.</exception>
    public ReportMethod(string name, string canonicalName, string description)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The name must not be blank.", nameof(name));
        ArgumentNullException.ThrowIfNull(canonicalName);
        if (string.IsNullOrWhiteSpace(description)) throw new ArgumentException("The description must not be blank.", nameof(description));
        Name = name;
        Code = canonicalName;
        Description = description;
    }

    /// <summary>Plain-words name.</summary>
    public string Name { get; }

    /// <summary>The code in ard.csv (the <c>Code()</c> of a method enum, or an analysis or method name), or empty.</summary>
    public string Code { get; }

    /// <summary>The name in ard.csv, or empty; the same as <see cref="Code"/>.</summary>
    [Obsolete("Use Code.", false)]
    public string CanonicalName => Code;

    /// <summary>What it is and where it is used.</summary>
    public string Description { get; }

    /// <summary>The methods paragraph: <c>Name [code]: description</c>.</summary>
    public string ToParagraph() => Name + (Code.Length > 0 ? " [" + Code + "]" : "") + ": " + Description;
}
