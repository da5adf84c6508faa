namespace AsAnalysis.Data.Sas7bdat;

/// <summary>One row of a SAS7BDAT dataset.</summary>
public sealed class Sas7bdatRecord
{
    private readonly Sas7bdatValue[] _values;
    private readonly IReadOnlyDictionary<string, int> _index;

    internal Sas7bdatRecord(long number, Sas7bdatValue[] values, IReadOnlyDictionary<string, int> index)
    {
        _values = values;
        _index = index;
        Number = number;
    }

    /// <summary>
    /// 1-based number of the row among the rows read (deleted rows are skipped and not numbered); the record number in
    /// problem reports.
    /// </summary>
    public long Number { get; }

    /// <summary>The values, in variable order.</summary>
    public IReadOnlyList<Sas7bdatValue> Values => _values;

    /// <summary>The value of the variable at <paramref name="index"/> (0-based, variable order).</summary>
    /// <param name="index">0-based variable index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not a variable index.</exception>
    public Sas7bdatValue this[int index] => _values[index];

    /// <summary>The value of the named variable (case-insensitive).</summary>
    /// <param name="name">Variable name.</param>
    /// <exception cref="KeyNotFoundException">No such variable.</exception>
    public Sas7bdatValue this[string name] =>
        _index.TryGetValue(name, out var i) ? _values[i] : throw new KeyNotFoundException($"No variable named '{name}'.");
}
