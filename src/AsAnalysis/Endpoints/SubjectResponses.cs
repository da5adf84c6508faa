using AsAnalysis.Data;

namespace AsAnalysis.Endpoints;

/// <summary>The responses of an arm's ITT subjects at one visit, computed on access from the derived endpoints.</summary>
internal sealed class SubjectResponses(Subject[] subjects, EndpointDataset endpoints, ResponderEndpoint endpoint, decimal week, Imputation imputation)
    : IReadOnlyList<SubjectResponse>
{
    /// <inheritdoc />
    public SubjectResponse this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, subjects.Length);
            var subject = subjects[index];
            return BinaryEfficacy.Respond(subject, endpoints.ForSubject(subject.UsubjId), endpoint, week, imputation);
        }
    }

    /// <inheritdoc />
    public int Count => subjects.Length;

    /// <summary>What element <paramref name="index"/> holds, without creating the record (for counting).</summary>
    internal (ResponderOutcome Observed, ResponseHandling Handling, bool? Responder, decimal? CarriedFromWeek) Decide(int index) =>
        BinaryEfficacy.Decide(subjects[index], endpoints.ForSubject(subjects[index].UsubjId), endpoint, week, imputation);

    /// <inheritdoc />
    public IEnumerator<SubjectResponse> GetEnumerator()
    {
        for (var i = 0; i < subjects.Length; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
