namespace AsAnalysis.Data.Xpt;

/// <summary>One observation of a transport dataset.</summary>
public sealed class XptRecord
{
    private readonly XptValue[] _values;
    private readonly IReadOnlyDictionary<string, int> _index;

    internal XptRecord(long number, XptValue[] values, IReadOnlyDictionary<string, int> index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1L);
        _values = values ?? throw new ArgumentNullException(nameof(values));
        _index = index ?? throw new ArgumentNullException(nameof(index));
        Number = number;
    }

    /// <summary>1-based observation number within the dataset (used as the record number in problem reports).</summary>
    public long Number { get; }

    /// <summary>The values, in variable order.</summary>
    public IReadOnlyList<XptValue> Values => _values;

    /// <summary>The value of the variable at <paramref name="index"/> (0-based, variable order).</summary>
    /// <param name="index">0-based variable index.</param>
    public XptValue this[int index] => _values[index];

    /// <summary>The value of the named variable (case-insensitive).</summary>
    /// <param name="name">Variable name.</param>
    /// <exception cref="KeyNotFoundException">No such variable.</exception>
    public XptValue this[string name] =>
        _index.TryGetValue(name, out var i) ? _values[i] : throw new KeyNotFoundException($"No variable named '{name}'.");
}
