namespace AsAnalysis.Data.Conversion;

/// <summary>
/// Finds efficacy records with the key of an earlier record: the same subject, parameter (codes equal ignoring case)
/// and visit value (12 and 12.0 are one visit). Records are checked in input order, each just before it would be added
/// to the store; after <see cref="Earlier"/> found no earlier record, the caller says whether the record was stored
/// (<see cref="Stored"/>) or left out for another problem (<see cref="Dropped"/>): a left-out record's key still counts,
/// as the record is in the input.
/// <para>
/// Exports are normally grouped by subject, so only the keys of the current subject are held; a subject whose records
/// come back later gets its earlier keys re-read from the store. When records are interleaved (more than 1,000 such
/// returns), a bitmap answers instead: per subject a bit for each (parameter, visit) pair seen, a few bytes a subject,
/// so a new key is known new without a look-up among millions of rows. The line of the earlier record is needed only
/// for a duplicate: the first one builds a set of every stored row compared through the store (16 bytes a row), kept up
/// to date from then on. When the bitmap would grow past <see cref="BitmapLimit"/> (very many parameters and visits),
/// the set answers alone.
/// </para>
/// </summary>
internal sealed class DuplicateRecordFinder
{
    /// <summary>The largest bitmap in bytes (a subject with 176 pairs takes 4 words: 3.2 MB for 100,000 subjects).</summary>
    public const long BitmapLimit = 256L << 20;

    /// <summary>Tests: a bitmap limit other than <see cref="BitmapLimit"/> for the checks made on this thread.</summary>
    [ThreadStatic]
    internal static long? BitmapLimitOverride;

    private readonly AssessmentStore _records;
    private readonly int _listedSubjects;
    private readonly Dictionary<string, int> _paramGroups = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _groupOfParam = []; // store parameter index -> group (codes equal ignoring case)
    private readonly Dictionary<decimal, int> _visitNumbers = []; // decimal equality: 12 and 12.0 are one key
    private readonly List<int> _numberOfVisit = []; // store visit index -> value number
    private readonly Dictionary<long, long> _current = [];
    private readonly Dictionary<int, List<(int From, int To)>> _runs = [];
    private bool _interleaved;
    private PairBitmap? _seen; // interleaved: keys seen per subject; null when too large
    private HashSet<int>? _all; // interleaved, from the first duplicate on: stored row indexes; -1 stands for the row being checked
    private readonly Dictionary<(int Subject, long Key), long> _dropped = []; // interleaved: keys of rows not stored
    private int _subject = int.MinValue;
    private int _runStart;
    private int _returns;
    private (int Subject, long Key, long Line) _pending;

    /// <param name="records">The store the records go to (their parameter and visit indexes point into its tables).</param>
    /// <param name="listedSubjects">Subjects of the subject list (numbers past it are subjects whose adsl row had a problem).</param>
    public DuplicateRecordFinder(AssessmentStore records, int listedSubjects) => (_records, _listedSubjects) = (records, listedSubjects);

    /// <summary>
    /// Registers the record about to be added as the next row of the store: <paramref name="subject"/> is a number per
    /// distinct USUBJID, <paramref name="param"/> and <paramref name="visit"/> the store's indexes of its code and visit.
    /// Returns the line of an earlier record with the same key, or null.
    /// </summary>
    public long? Earlier(int subject, int param, int visit, long line) => EarlierOfKey(subject, Key(param, visit), line);

    private long? EarlierOfKey(int subject, long key, long line)
    {
        if (_interleaved)
        {
            _pending = (subject, key, line);
            if (_seen is not null)
            {
                switch (_seen.TestAndSet(subject, key))
                {
                    case false: return null; // never seen: new
                    case null: _seen = null; break; // the bitmap would be too large: the set from here on
                }
            }
            // Seen before (or no bitmap): the set of rows, built the first time, has the line.
            if (_all is null) BuildSet();
            if (_all!.TryGetValue(-1, out var row)) return _records[row].Line;
            return _dropped.TryGetValue((subject, key), out var dropped) ? dropped : null;
        }
        if (subject != _subject)
        {
            Switch(subject);
            if (_interleaved) return EarlierOfKey(subject, key, line);
        }
        return _current.TryAdd(key, line) ? null : _current[key];
    }

    /// <summary>The record checked last was stored as the last row of the store.</summary>
    public void Stored()
    {
        if (_all is not null) _all.Add(_records.Count - 1);
    }

    /// <summary>The record checked last was not stored (it has another problem); its key still counts.</summary>
    public void Dropped()
    {
        if (_interleaved) _dropped.TryAdd((_pending.Subject, _pending.Key), _pending.Line);
    }

    /// <summary>The key of a store parameter and visit: the code's group and the visit's value number, packed in a long.</summary>
    private long Key(int param, int visit)
    {
        while (_groupOfParam.Count < _records.Params.Count)
        {
            var code = _records.Params[_groupOfParam.Count];
            if (!_paramGroups.TryGetValue(code, out var group)) _paramGroups.Add(code, group = _paramGroups.Count);
            _groupOfParam.Add(group);
        }
        while (_numberOfVisit.Count < _records.Visits.Count)
        {
            var week = _records.Visits[_numberOfVisit.Count];
            if (!_visitNumbers.TryGetValue(week, out var number)) _visitNumbers.Add(week, number = _visitNumbers.Count);
            _numberOfVisit.Add(number);
        }
        return ((long)_groupOfParam[param] << 32) | (uint)_numberOfVisit[visit];
    }

    private long KeyOf(in AssessmentRow row) => Key(row.Param, row.Visit);

    private void BuildSet()
    {
        _all = new HashSet<int>(new RowKeyComparer(this));
        for (var i = 0; i < _records.Count; i++) _all.Add(i);
    }

    private void Switch(int subject)
    {
        if (_subject != int.MinValue)
        {
            if (!_runs.TryGetValue(_subject, out var ranges)) _runs[_subject] = ranges = [];
            ranges.Add((_runStart, _records.Count));
        }
        _current.Clear();
        _runStart = _records.Count;
        _subject = subject;
        if (!_runs.TryGetValue(subject, out var earlier)) return;
        if (++_returns > 1000)
        {
            // Interleaved records: the keys of every stored row in the bitmap. (Keys of rows that had other problems are
            // not carried over from the runs before; those rows are reported anyway.)
            _interleaved = true;
            _seen = new PairBitmap(_listedSubjects, BitmapLimitOverride ?? BitmapLimit);
            for (var i = 0; i < _records.Count && _seen is not null; i++)
            {
                ref readonly var row = ref _records[i];
                if (_seen.TestAndSet(row.Subject, KeyOf(row)) is null) _seen = null;
            }
            if (_seen is null) BuildSet();
            _runs.Clear();
            _current.Clear();
            return;
        }
        foreach (var (from, to) in earlier)
            for (var i = from; i < to; i++)
            {
                ref readonly var row = ref _records[i];
                _current.TryAdd(KeyOf(row), row.Line);
            }
    }

    /// <summary>Rows equal when subject, parameter group and visit value are; row −1 is the record being checked.</summary>
    private sealed class RowKeyComparer(DuplicateRecordFinder owner) : IEqualityComparer<int>
    {
        private (int Subject, long Key) Of(int row)
        {
            if (row < 0) return (owner._pending.Subject, owner._pending.Key);
            ref readonly var r = ref owner._records[row];
            return (r.Subject, owner.KeyOf(r));
        }

        public bool Equals(int x, int y) => Of(x) == Of(y);

        public int GetHashCode(int row) => Of(row).GetHashCode();
    }
}
