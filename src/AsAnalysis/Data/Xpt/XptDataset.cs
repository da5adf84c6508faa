namespace AsAnalysis.Data.Xpt;

/// <summary>One dataset (member) read from a SAS transport (XPORT version 5) file.</summary>
public sealed class XptDataset
{
    private readonly Dictionary<string, int> _index;

    internal XptDataset(
        string fileName, string name, string label, string datasetType, string sasVersion, string operatingSystem,
        DateTime? created, DateTime? modified, IReadOnlyList<XptVariable> variables, IReadOnlyList<XptRecord> records,
        Dictionary<string, int> index)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(records);
        FileName = fileName;
        Name = name;
        Label = label;
        DatasetType = datasetType;
        SasVersion = sasVersion;
        OperatingSystem = operatingSystem;
        Created = created;
        Modified = modified;
        Variables = variables;
        Records = records;
        _index = index;
    }

    /// <summary>The file name given to the reader (used in problem reports).</summary>
    public string FileName { get; }
    /// <summary>Member (dataset) name, e.g. <c>ADSL</c>.</summary>
    public string Name { get; }
    /// <summary>Dataset label, possibly empty.</summary>
    public string Label { get; }
    /// <summary>Dataset type from the member header, usually empty.</summary>
    public string DatasetType { get; }
    /// <summary>Version of SAS (or of the writing program) recorded in the member header, e.g. <c>9.4</c>.</summary>
    public string SasVersion { get; }
    /// <summary>Operating system recorded in the member header, e.g. <c>X64_SRV1</c>.</summary>
    public string OperatingSystem { get; }
    /// <summary>
    /// Creation timestamp of the member; <c>null</c> when the header field is blank or not a valid <c>ddMMMyy:hh:mm:ss</c>.
    /// The header holds a two-digit year, read in the 100-year window 1940-2039.
    /// </summary>
    public DateTime? Created { get; }
    /// <summary>Last modification timestamp of the member (same rules as <see cref="Created"/>).</summary>
    public DateTime? Modified { get; }
    /// <summary>The variables in file order.</summary>
    public IReadOnlyList<XptVariable> Variables { get; }
    /// <summary>The observations in file order.</summary>
    public IReadOnlyList<XptRecord> Records { get; }

    /// <summary>Looks up a variable by name (case-insensitive).</summary>
    /// <param name="name">Variable name.</param>
    /// <param name="variable">The variable, when found.</param>
    public bool TryGetVariable(string name, out XptVariable variable)
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
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index.TryGetValue(name, out var i) ? i : -1;
    }
}
