namespace AsAnalysis.Endpoints;

/// <summary>All subject-visit endpoint records of a trial, with look-ups by subject and visit.</summary>
public sealed class EndpointDataset
{
    private readonly Dictionary<string, IReadOnlyList<SubjectVisitEndpoints>> _bySubject;

    internal EndpointDataset(EndpointOptions options, IReadOnlyList<SubjectVisitEndpoints> visits)
    {
        Options = options;
        Visits = visits;
        // The derivation gives each subject's records together: one list per run of the same subject.
        _bySubject = new Dictionary<string, IReadOnlyList<SubjectVisitEndpoints>>(StringComparer.Ordinal);
        for (int from = 0, to; from < visits.Count; from = to)
        {
            var id = visits[from].UsubjId;
            for (to = from + 1; to < visits.Count && string.Equals(visits[to].UsubjId, id, StringComparison.Ordinal); to++) { }
            var run = new SubjectVisitEndpoints[to - from];
            for (var i = from; i < to; i++) run[i - from] = visits[i];
            if (!_bySubject.TryAdd(id, run.AsReadOnly()))
                _bySubject[id] = _bySubject[id].Concat(run).ToArray().AsReadOnly(); // a subject in two runs (not from the derivation)
        }
        PostBaselineWeeks = visits.Where(v => v.IsPostBaseline).Select(v => v.VisitWeek).Distinct().Order().ToArray().AsReadOnly();
    }

    /// <summary>The options the records were derived with.</summary>
    public EndpointOptions Options { get; }
    /// <summary>Every subject-visit record: subjects in TrialData order, visits ascending.</summary>
    public IReadOnlyList<SubjectVisitEndpoints> Visits { get; }
    /// <summary>Distinct post-baseline visits (AVISITN &gt; 0) present in the data, ascending.</summary>
    public IReadOnlyList<decimal> PostBaselineWeeks { get; }

    /// <summary>The records of one subject, visits ascending (empty when the subject has no efficacy record).</summary>
    /// <param name="usubjId">Subject id.</param>
    public IReadOnlyList<SubjectVisitEndpoints> ForSubject(string usubjId) =>
        _bySubject.TryGetValue(usubjId, out var list) ? list : [];

    /// <summary>The record of one subject at one visit, or <c>null</c> when the subject has no record there.</summary>
    /// <param name="usubjId">Subject id.</param>
    /// <param name="visitWeek">AVISITN in weeks.</param>
    public SubjectVisitEndpoints? Find(string usubjId, decimal visitWeek)
    {
        foreach (var v in ForSubject(usubjId)) if (v.VisitWeek == visitWeek) return v;
        return null;
    }
}
