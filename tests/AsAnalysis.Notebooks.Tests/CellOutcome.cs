namespace AsAnalysis.Notebooks.Tests;

/// <summary>What running one cell produced: errors (empty when it succeeded) and the HTML outputs.</summary>
internal sealed record CellOutcome(string Notebook, CodeCell Cell, IReadOnlyList<string> Errors, IReadOnlyList<string> Html, TimeSpan Elapsed)
{
    public string Describe() =>
        $"{Notebook} cell {Cell.Index}: {string.Join(" | ", Errors)}\n--- code ---\n{Cell.Code}";
}

internal static class CellOutcomes
{
    /// <summary>Fails with notebook, cell index, error text and code of every failed cell.</summary>
    public static void AssertAllSucceeded(IEnumerable<CellOutcome> outcomes)
    {
        var failed = outcomes.Where(o => o.Errors.Count > 0).Select(o => o.Describe()).ToArray();
        Assert.True(failed.Length == 0, "Notebook cells failed:\n" + string.Join("\n\n", failed));
    }
}
