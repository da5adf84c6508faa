namespace AsAnalysis.Notebooks.Tests;

/// <summary>Every cell of every notebook in notebooks/ runs without error on an in-process C# kernel.</summary>
[Collection(NotebookCollection.Name)]
public sealed class InProcessNotebookTests(ITestOutputHelper output)
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepoPaths.NotebookFiles()) data.Add(Path.GetFileName(path));
        return data;
    }

    [Fact]
    public void The_notebooks_folder_has_the_walkthrough_and_the_bring_your_own_export_notebook()
    {
        var names = RepoPaths.NotebookFiles().Select(Path.GetFileName).ToArray();
        Assert.Contains("01-walkthrough.ipynb", names);
        Assert.Contains("02-bring-your-own-export.ipynb", names);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_references_the_current_package_version(string notebook)
    {
        var cells = NotebookSource.Read(Path.Combine(RepoPaths.Notebooks, notebook));
        Assert.Equal(RepoPaths.PackageVersion(), NotebookSource.ReferencedVersion(cells));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_cell_runs_without_error(string notebook)
    {
        var outcomes = await InProcessNotebookRunner.RunAsync(Path.Combine(RepoPaths.Notebooks, notebook));
        foreach (var o in outcomes)
            output.WriteLine($"cell {o.Cell.Index}: {o.Elapsed.TotalSeconds:F2} s{(o.Errors.Count > 0 ? " FAILED" : string.Empty)}");
        WritePreview(notebook, outcomes);
        CellOutcomes.AssertAllSucceeded(outcomes);
        Assert.Equal(NotebookSource.Read(Path.Combine(RepoPaths.Notebooks, notebook)).Count, outcomes.Count);
        Assert.Contains(outcomes.SelectMany(o => o.Html), h => h.Contains("class=\"asanalysis asanalysis-trialdata\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// With ASANALYSIS_NOTEBOOK_PREVIEW set to a folder, writes the HTML outputs of each notebook there
    /// (<c>{notebook}.html</c>), to look at what the displays render without an editor.
    /// </summary>
    private static void WritePreview(string notebook, IReadOnlyList<CellOutcome> outcomes)
    {
        var folder = Environment.GetEnvironmentVariable("ASANALYSIS_NOTEBOOK_PREVIEW");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        var html = new System.Text.StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        foreach (var o in outcomes)
        {
            html.Append("<h3>cell ").Append(o.Cell.Index).Append("</h3><pre>").Append(System.Net.WebUtility.HtmlEncode(o.Cell.Code)).Append("</pre>");
            foreach (var h in o.Html) html.Append(h).Append("<hr/>");
        }
        File.WriteAllText(Path.Combine(folder, Path.ChangeExtension(notebook, ".html")), html.Append("</body></html>").ToString());
    }
}
