namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>One broken (or harmlessly changed) variant of the base export.</summary>
internal sealed record Variant(string Category, string Name, IReadOnlyDictionary<string, byte[]> Files, Expect Expect)
{
    public ExpectedProblem? Problem { get; init; }
    public Allowances Allow { get; init; } = Allowances.None;
    /// <summary>Load through <c>TrialDataLoader.LoadFolder</c> on disk instead of in memory (file discovery cases).</summary>
    public bool ThroughFolder { get; init; }

    public override string ToString() => $"{Category}/{Name}";
}
