namespace AsAnalysis.Reporting.Html;

/// <summary>A named analysis setting shown in the provenance footer (e.g. "Control arm" = "Etanercept").</summary>
public sealed record ProvenanceSetting
{
    /// <summary>Creates a setting.</summary>
    /// <param name="name">Setting name; non-blank.</param>
    /// <param name="value">Setting value; not null.</param>
    /// <exception cref="ArgumentException">Blank name or null value.</exception>
    public ProvenanceSetting(string name, string value)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The name must not be blank.", nameof(name));
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <summary>Setting name.</summary>
    public string Name { get; }

    /// <summary>Setting value.</summary>
    public string Value { get; }
}
