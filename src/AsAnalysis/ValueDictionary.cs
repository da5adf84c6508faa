using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AsAnalysis;

/// <summary>
/// An immutable dictionary with value equality: two dictionaries are equal when they use equal key comparers and map
/// the same keys to equal values (by <see cref="EqualityComparer{T}.Default"/>), in any order, and equal dictionaries
/// have equal hash codes. The options records store their maps as this type and expose them as
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> (see <see cref="ValueList{T}"/>). Built by copying; enumerates the
/// entries in the order they were given.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ValueDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ValueDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _map;

    /// <summary>A dictionary holding a copy of <paramref name="entries"/>.</summary>
    /// <param name="entries">The entries; keys distinct under <paramref name="comparer"/>.</param>
    /// <param name="comparer">Key comparer; <c>null</c> = <see cref="EqualityComparer{T}.Default"/>.</param>
    /// <exception cref="ArgumentException">Two keys are equal under <paramref name="comparer"/>.</exception>
    public ValueDictionary(IEnumerable<KeyValuePair<TKey, TValue>> entries, IEqualityComparer<TKey>? comparer = null) =>
        _map = new Dictionary<TKey, TValue>(entries, comparer);

    /// <inheritdoc />
    public TValue this[TKey key] => _map[key];

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => _map.Keys;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => _map.Values;

    /// <inheritdoc />
    public int Count => _map.Count;

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => _map.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _map.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="other"/> uses an equal key comparer and maps the same keys to equal values.</summary>
    /// <param name="other">The other dictionary.</param>
    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (!_map.Comparer.Equals(other._map.Comparer) || _map.Count != other._map.Count) return false;
        var values = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in _map)
            if (!other._map.TryGetValue(key, out var v) || !values.Equals(value, v)) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueDictionary<TKey, TValue>);

    /// <summary>A hash code of the entries in any order, consistent with <see cref="Equals(ValueDictionary{TKey, TValue})"/>.</summary>
    public override int GetHashCode()
    {
        var values = EqualityComparer<TValue>.Default;
        var sum = 0;
        foreach (var (key, value) in _map)
            sum = unchecked(sum + HashCode.Combine(_map.Comparer.GetHashCode(key), value is null ? 0 : values.GetHashCode(value)));
        return HashCode.Combine(_map.Count, sum);
    }

    /// <summary>The entries in braces, e.g. <c>{SUBJECT_ID=USUBJID}</c> (invariant culture).</summary>
    public override string ToString() =>
        "{" + string.Join(", ", _map.Select(kv => Convert.ToString(kv.Key, CultureInfo.InvariantCulture) + "=" + Convert.ToString(kv.Value, CultureInfo.InvariantCulture))) + "}";
}
