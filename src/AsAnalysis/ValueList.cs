using System.Collections;
using System.Globalization;

namespace AsAnalysis;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items (by
/// <see cref="EqualityComparer{T}.Default"/>) in the same order, and equal lists have equal hash codes. The options
/// records store their lists as this type and expose them as <see cref="IReadOnlyList{T}"/>, so that the records'
/// generated <c>Equals</c> and <c>GetHashCode</c> compare lists by content. Built by copying, so a caller's list can
/// change afterwards without changing the copy.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>A list holding a copy of <paramref name="items"/>, in their order.</summary>
    /// <param name="items">The items.</param>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        var copy = items.ToArray();
        return copy.Length == 0 ? Empty : new ValueList<T>(copy);
    }

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="other"/> holds equal items in the same order.</summary>
    /// <param name="other">The other list.</param>
    public bool Equals(ValueList<T>? other) => other is not null && (ReferenceEquals(this, other) || _items.SequenceEqual(other._items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <summary>A hash code of the items in order, consistent with <see cref="Equals(ValueList{T})"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The items in brackets, e.g. <c>[12, 48]</c> (invariant culture).</summary>
    public override string ToString() => "[" + string.Join(", ", _items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "]";
}
