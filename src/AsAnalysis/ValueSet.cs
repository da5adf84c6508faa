using System.Collections;
using System.Globalization;

namespace AsAnalysis;

/// <summary>
/// An immutable set with value equality: two sets are equal when they use equal comparers and hold the same items,
/// in any order, and equal sets have equal hash codes. The options records store their sets as this type and expose
/// them as <see cref="IReadOnlySet{T}"/> (see <see cref="ValueList{T}"/>). Built by copying; enumerates the items in
/// the order they were first given.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueSet<T> : IReadOnlySet<T>, IEquatable<ValueSet<T>>
{
    private readonly HashSet<T> _items;

    /// <summary>A set holding a copy of <paramref name="items"/> (duplicates under <paramref name="comparer"/> kept once).</summary>
    /// <param name="items">The items.</param>
    /// <param name="comparer">Item comparer; <c>null</c> = <see cref="EqualityComparer{T}.Default"/>.</param>
    public ValueSet(IEnumerable<T> items, IEqualityComparer<T>? comparer = null) => _items = new HashSet<T>(items, comparer);

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public bool Contains(T item) => _items.Contains(item);

    /// <inheritdoc />
    public bool IsProperSubsetOf(IEnumerable<T> other) => _items.IsProperSubsetOf(other);

    /// <inheritdoc />
    public bool IsProperSupersetOf(IEnumerable<T> other) => _items.IsProperSupersetOf(other);

    /// <inheritdoc />
    public bool IsSubsetOf(IEnumerable<T> other) => _items.IsSubsetOf(other);

    /// <inheritdoc />
    public bool IsSupersetOf(IEnumerable<T> other) => _items.IsSupersetOf(other);

    /// <inheritdoc />
    public bool Overlaps(IEnumerable<T> other) => _items.Overlaps(other);

    /// <inheritdoc />
    public bool SetEquals(IEnumerable<T> other) => _items.SetEquals(other);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="other"/> uses an equal comparer and holds the same items.</summary>
    /// <param name="other">The other set.</param>
    public bool Equals(ValueSet<T>? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (_items.Comparer.Equals(other._items.Comparer) && _items.SetEquals(other._items)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueSet<T>);

    /// <summary>A hash code of the items in any order, consistent with <see cref="Equals(ValueSet{T})"/>.</summary>
    public override int GetHashCode()
    {
        var sum = 0;
        foreach (var item in _items) sum = unchecked(sum + (item is null ? 0 : _items.Comparer.GetHashCode(item)));
        return HashCode.Combine(_items.Count, sum);
    }

    /// <summary>The items in braces, e.g. <c>{PTGLOBAL, PAIN}</c> (invariant culture).</summary>
    public override string ToString() => "{" + string.Join(", ", _items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))) + "}";
}
