namespace AsAnalysis.Data;

/// <summary>Counts of one visit's efficacy records while summarizing.</summary>
internal sealed class VisitTally
{
    public int Records;
    public int Missing;
    public readonly HashSet<int> Subjects = [];
    public readonly Dictionary<string, int> Labels = new(StringComparer.Ordinal);
    private int _lastSubject = -1;

    public void Add(int subject, bool hasValue, string? label)
    {
        Records++;
        if (!hasValue) Missing++;
        if (subject != _lastSubject) // consecutive records of a subject: counted once without hashing
        {
            Subjects.Add(subject);
            _lastSubject = subject;
        }
        if (label is not null) Labels[label] = Labels.GetValueOrDefault(label) + 1;
    }

    /// <summary>Adds the counts of the same visit written another way (e.g. 12.0 besides 12).</summary>
    public void Add(VisitTally other)
    {
        Records += other.Records;
        Missing += other.Missing;
        Subjects.UnionWith(other.Subjects);
        foreach (var (label, n) in other.Labels) Labels[label] = Labels.GetValueOrDefault(label) + n;
        _lastSubject = -1;
    }
}
