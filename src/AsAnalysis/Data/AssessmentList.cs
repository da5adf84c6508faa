using System.Collections;

namespace AsAnalysis.Data;

/// <summary>The rows of an <see cref="AssessmentStore"/> as <see cref="Assessment"/> records, made on access.</summary>
internal sealed class AssessmentList(AssessmentStore store, IReadOnlyList<Subject> subjects) : IReadOnlyList<Assessment>
{
    /// <inheritdoc />
    public Assessment this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, store.Count);
            return store.ToRecord(index, subjects);
        }
    }

    /// <inheritdoc />
    public int Count => store.Count;

    /// <inheritdoc />
    public IEnumerator<Assessment> GetEnumerator()
    {
        for (var i = 0; i < store.Count; i++) yield return store.ToRecord(i, subjects);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
