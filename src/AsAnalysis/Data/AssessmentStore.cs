namespace AsAnalysis.Data;

/// <summary>
/// The efficacy records of a <see cref="TrialData"/>: rows of <see cref="AssessmentRow"/> in chunks of 65,536 (no large
/// copy while growing), with one table each of the distinct parameter codes, visits (exact decimal representation), labels
/// and file names. <see cref="TrialData.Assessments"/> shows them as <see cref="Assessment"/> records made on access.
/// </summary>
internal sealed class AssessmentStore
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private AssessmentRow[][] _chunks = [];
    private readonly List<string> _params = [];
    private readonly List<decimal> _visits = [];
    private readonly List<string> _labels = [];
    private readonly List<string> _files = [];
    private readonly Dictionary<string, int> _paramIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<decimal, int> _visitIndex = new(ExactDecimalComparer.Instance);
    private readonly Dictionary<string, int> _labelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fileIndex = new(StringComparer.Ordinal);
    private string? _lastLabel, _lastFile;
    private int _lastLabelIndex = -1, _lastFileIndex = -1, _lastVisitIndex = -1;
    private decimal _lastVisit;

    /// <summary>Number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Distinct parameter codes, in order of first appearance.</summary>
    public IReadOnlyList<string> Params => _params;
    /// <summary>Distinct visits (AVISITN, exact representation), in order of first appearance.</summary>
    public IReadOnlyList<decimal> Visits => _visits;

    /// <summary>Row <paramref name="index"/> (not range-checked beyond the chunk arrays).</summary>
    public ref readonly AssessmentRow this[int index] => ref _chunks[index >> Shift][index & Mask];

    /// <summary>The index of a parameter code, added when new.</summary>
    public int ParamIndex(string code)
    {
        if (_paramIndex.TryGetValue(code, out var i)) return i;
        _paramIndex.Add(code, i = _params.Count);
        _params.Add(code);
        return i;
    }

    /// <summary>The index of a visit (same representation), added when new.</summary>
    public int VisitIndex(decimal week)
    {
        // Records come visit by visit: the last visit is the usual answer.
        if (_lastVisitIndex >= 0 && ExactDecimalComparer.Instance.Equals(week, _lastVisit)) return _lastVisitIndex;
        if (!_visitIndex.TryGetValue(week, out var i))
        {
            _visitIndex.Add(week, i = _visits.Count);
            _visits.Add(week);
        }
        (_lastVisit, _lastVisitIndex) = (week, i);
        return i;
    }

    private int LabelIndex(string? label)
    {
        if (label is null) return -1;
        if (ReferenceEquals(label, _lastLabel)) return _lastLabelIndex;
        if (!_labelIndex.TryGetValue(label, out var i))
        {
            _labelIndex.Add(label, i = _labels.Count);
            _labels.Add(label);
        }
        (_lastLabel, _lastLabelIndex) = (label, i);
        return i;
    }

    private int FileIndex(string? file)
    {
        if (file is null) return -1;
        if (ReferenceEquals(file, _lastFile)) return _lastFileIndex;
        if (!_fileIndex.TryGetValue(file, out var i))
        {
            _fileIndex.Add(file, i = _files.Count);
            _files.Add(file);
        }
        (_lastFile, _lastFileIndex) = (file, i);
        return i;
    }

    /// <summary>Appends a row.</summary>
    /// <param name="subject">Index of the subject in the trial's subject list.</param>
    /// <param name="param">Index from <see cref="ParamIndex"/>.</param>
    /// <param name="visit">Index from <see cref="VisitIndex"/>.</param>
    /// <param name="label">Visit label or null.</param>
    /// <param name="day">Study day or null.</param>
    /// <param name="value">Value or null.</param>
    /// <param name="position">Source file and line; a position without a file keeps its line in the row (the number problems name the record by) but gives the row no position.</param>
    public void Add(int subject, int param, int visit, string? label, int? day, decimal? value, SourcePosition position)
    {
        var chunk = Count >> Shift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length + 1);
            _chunks[chunk] = new AssessmentRow[ChunkSize];
        }
        ref var row = ref _chunks[chunk][Count & Mask];
        row.Subject = subject;
        row.Param = param;
        row.Visit = visit;
        row.Label = LabelIndex(label);
        row.File = FileIndex(position.File);
        row.Line = position.Line;
        row.HasDay = day.HasValue;
        row.Day = day.GetValueOrDefault();
        row.HasValue = value.HasValue;
        row.Value = value.GetValueOrDefault();
        Count++;
    }

    /// <summary>Gives back the unused part of the last chunk once the rows are all added.</summary>
    public void TrimExcess()
    {
        if (_chunks.Length == 0) return;
        var used = Count - ((_chunks.Length - 1) << Shift);
        if (used < ChunkSize) Array.Resize(ref _chunks[^1], used);
    }

    /// <summary>The visit of a row.</summary>
    public decimal VisitOf(in AssessmentRow row) => _visits[row.Visit];
    /// <summary>The visit label of a label index (a row's <see cref="AssessmentRow.Label"/> other than −1).</summary>
    public string LabelAt(int index) => _labels[index];
    /// <summary>The visit label of a row, or null.</summary>
    public string? LabelOf(in AssessmentRow row) => row.Label < 0 ? null : _labels[row.Label];
    /// <summary>The source position of a row.</summary>
    public SourcePosition PositionOf(in AssessmentRow row) => row.File < 0 ? default : new SourcePosition(_files[row.File], row.Line);

    /// <summary>Row <paramref name="index"/> as a record (a new, value-equal object on each call).</summary>
    /// <param name="index">Row index.</param>
    /// <param name="subjects">The trial's subjects (row subject indexes point into it).</param>
    public Assessment ToRecord(int index, IReadOnlyList<Subject> subjects)
    {
        ref readonly var row = ref this[index];
        return new Assessment
        {
            UsubjId = subjects[row.Subject].UsubjId,
            ParamCd = _params[row.Param],
            VisitWeek = _visits[row.Visit],
            VisitLabel = LabelOf(row),
            StudyDay = row.HasDay ? row.Day : null,
            Value = row.HasValue ? row.Value : null,
            Position = PositionOf(row),
        };
    }

    /// <summary>Decimals equal in value and representation (12 and 12.0 differ, as do 0 and −0): the visit table keeps what was written.</summary>
    private sealed class ExactDecimalComparer : IEqualityComparer<decimal>
    {
        public static readonly ExactDecimalComparer Instance = new();

        public bool Equals(decimal x, decimal y)
        {
            Span<int> a = stackalloc int[4], b = stackalloc int[4];
            decimal.GetBits(x, a);
            decimal.GetBits(y, b);
            return a.SequenceEqual(b);
        }

        public int GetHashCode(decimal d)
        {
            Span<int> a = stackalloc int[4];
            decimal.GetBits(d, a);
            return HashCode.Combine(a[0], a[1], a[2], a[3]);
        }
    }
}
