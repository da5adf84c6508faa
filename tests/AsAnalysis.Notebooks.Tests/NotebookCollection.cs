namespace AsAnalysis.Notebooks.Tests;

/// <summary>
/// Every test that touches the .NET Interactive formatter registry, the current directory or a notebook kernel
/// belongs here: those are process-wide, so these tests run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebooks (serial)";
}
