namespace AsAnalysis.Notebooks.Tests;

/// <summary>What running one cell produced: errors (empty when it succeeded) and the HTML outputs.</summary>
internal sealed record CellOutcome(string Notebook, CodeCell Cell, IReadOnlyList<string> Errors, IReadOnlyList<string> Html, TimeSpan Elapsed)
{
    public string Describe() =>
        $"{Notebook} cell {Cell.Index}: {string.Join(" | ", Errors)}\n--- code ---\n{Cell.Code}";
}
