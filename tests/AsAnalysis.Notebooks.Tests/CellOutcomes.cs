namespace AsAnalysis.Notebooks.Tests;

internal static class CellOutcomes
{
    /// <summary>Fails with notebook, cell index, error text and code of every failed cell.</summary>
    public static void AssertAllSucceeded(IEnumerable<CellOutcome> outcomes)
    {
        var failed = outcomes.Where(o => o.Errors.Count > 0).Select(o => o.Describe()).ToArray();
        Assert.True(failed.Length == 0, "Notebook cells failed:\n" + string.Join("\n\n", failed));
    }
}
