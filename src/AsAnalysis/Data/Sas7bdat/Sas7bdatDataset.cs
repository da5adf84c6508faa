namespace AsAnalysis.Data.Sas7bdat;

/// <summary>A SAS7BDAT dataset read into memory by <see cref="Sas7bdatReader.ReadFile"/> or <see cref="Sas7bdatReader.Read"/>.</summary>
public sealed class Sas7bdatDataset
{
    private readonly IReadOnlyDictionary<string, int> _index;

    internal Sas7bdatDataset(Sas7bdatHeader header, IReadOnlyList<Sas7bdatVariable> variables, IReadOnlyList<Sas7bdatRecord> records,
        long deletedRecordCount, IReadOnlyDictionary<string, int> index)
    {
        Header = header;
        Variables = variables;
        Records = records;
        DeletedRecordCount = deletedRecordCount;
        _index = index;
    }

    /// <summary>The file name given to the reader (used in problem reports).</summary>
    public string FileName => Header.FileName;
    /// <summary>Dataset (member) name, e.g. <c>ADSL</c>.</summary>
    public string Name => Header.Name;
    /// <summary>Dataset label, possibly empty.</summary>
    public string Label => Header.Label;
    /// <summary>The file's properties (layout, encoding, compression, counts, timestamps).</summary>
    public Sas7bdatHeader Header { get; }
    /// <summary>The variables in file order.</summary>
    public IReadOnlyList<Sas7bdatVariable> Variables { get; }
    /// <summary>The rows in file order, deleted rows left out.</summary>
    public IReadOnlyList<Sas7bdatRecord> Records { get; }
    /// <summary>Rows marked deleted in the file and therefore skipped (never silently: counted here).</summary>
    public long DeletedRecordCount { get; }

    /// <summary>Looks up a variable by name (case-insensitive).</summary>
    /// <param name="name">Variable name.</param>
    /// <param name="variable">The variable, when found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetVariable(string name, out Sas7bdatVariable variable)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_index.TryGetValue(name, out var i))
        {
            variable = Variables[i];
            return true;
        }
        variable = null!;
        return false;
    }

    /// <summary>0-based index of the named variable (case-insensitive), or -1 when absent.</summary>
    /// <param name="name">Variable name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index.TryGetValue(name, out var i) ? i : -1;
    }
}
