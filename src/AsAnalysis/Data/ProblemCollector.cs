namespace AsAnalysis.Data;

/// <summary>Collects problems up to a limit, keeping file order (by first appearance) and line order.</summary>
internal sealed class ProblemCollector(int max)
{
    private readonly List<(int FileRank, long Seq, DataProblem Problem)> _items = [];
    private readonly Dictionary<string, int> _fileRank = new(StringComparer.Ordinal);
    private long _seq;

    /// <summary>Problems found beyond the limit.</summary>
    public int Unlisted { get; private set; }

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _items.Count > 0 || Unlisted > 0;

    /// <summary>Declares the file order (problems sort by file in this order, then by line).</summary>
    public void DeclareFile(string file) => _fileRank.TryAdd(file, _fileRank.Count);

    /// <summary>Adds a problem.</summary>
    public void Add(DataProblem problem)
    {
        if (_items.Count >= max) { Unlisted++; return; }
        DeclareFile(problem.File);
        _items.Add((_fileRank[problem.File], _seq++, problem));
    }

    /// <summary>Adds a problem.</summary>
    public void Add(string file, long line, string column, string? value, string reason) => Add(new DataProblem(file, line, column, value ?? "", reason));

    /// <summary>
    /// Adds the problems another collector found, in its discovery order, and its unlisted count: as if they had been
    /// added here after the problems already present.
    /// </summary>
    public void AddFrom(ProblemCollector other)
    {
        foreach (var item in other._items.OrderBy(i => i.Seq)) Add(item.Problem);
        Unlisted += other.Unlisted;
    }

    /// <summary>The problems in file, line, discovery order.</summary>
    public IReadOnlyList<DataProblem> Sorted() =>
        _items.OrderBy(i => i.FileRank).ThenBy(i => i.Problem.Line).ThenBy(i => i.Seq).Select(i => i.Problem).ToArray();

    /// <summary>Throws a <see cref="TrialDataException"/> when any problem was found.</summary>
    public void ThrowIfAny()
    {
        if (Any) throw new TrialDataException(Sorted(), Unlisted);
    }
}
