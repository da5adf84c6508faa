using System.Runtime.InteropServices;

namespace AsAnalysis.Data;

/// <summary>Counts of one visit's efficacy records while summarizing.</summary>
internal sealed class VisitTally
{
    public int Records;
    public int Missing;
    public readonly HashSet<int> Subjects = [];
    private readonly Dictionary<int, int> _labels = [];
    private int _lastSubject = -1;
    private int _runLabel = -1, _run; // the latest records with one label, not yet in _labels

    /// <summary>Counts a record.</summary>
    /// <param name="subject">The subject's index.</param>
    /// <param name="hasValue">Whether AVAL is present.</param>
    /// <param name="label">The store's index of the visit label, or −1 for none.</param>
    public void Add(int subject, bool hasValue, int label)
    {
        Records++;
        if (!hasValue) Missing++;
        if (subject != _lastSubject) // consecutive records of a subject: counted once without hashing
        {
            Subjects.Add(subject);
            _lastSubject = subject;
        }
        if (label == _runLabel) // consecutive records with one label: counted once without hashing
        {
            _run++;
            return;
        }
        Flush();
        (_runLabel, _run) = (label, 1);
    }

    /// <summary>Records per label (the store's label index; records without a label are not counted).</summary>
    public IReadOnlyDictionary<int, int> Labels
    {
        get
        {
            Flush();
            return _labels;
        }
    }

    /// <summary>Adds the counts of the same visit written another way (e.g. 12.0 besides 12).</summary>
    public void Add(VisitTally other)
    {
        Records += other.Records;
        Missing += other.Missing;
        Subjects.UnionWith(other.Subjects);
        foreach (var (label, n) in other.Labels) CollectionsMarshal.GetValueRefOrAddDefault(_labels, label, out _) += n;
        _lastSubject = -1;
    }

    private void Flush()
    {
        if (_runLabel >= 0 && _run > 0) CollectionsMarshal.GetValueRefOrAddDefault(_labels, _runLabel, out _) += _run;
        _run = 0;
    }
}
