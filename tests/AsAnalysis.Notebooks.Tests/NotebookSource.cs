using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace AsAnalysis.Notebooks.Tests;

/// <summary>
/// Reads a notebook with Microsoft.DotNet.Interactive.Documents and applies the package-reference convention of
/// notebooks/README.md: the first code cell holds the one <c>#r "nuget: AsAnalysis, x.y.z"</c> line (optionally after
/// <c>#i "nuget: &lt;feed&gt;"</c> lines). The harnesses rewrite those lines, everything else runs as written.
/// </summary>
internal static partial class NotebookSource
{
    [GeneratedRegex(@"^[ \t]*#i[ \t]+""nuget:[^""]*""[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex FeedLine();

    [GeneratedRegex(@"^[ \t]*#r[ \t]+""nuget:[ \t]*AsAnalysis[ \t]*(,[ \t]*(?<version>[^""]*))?""[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PackageLine();

    [GeneratedRegex(@"^[ \t]*#r[ \t]+""nuget:", RegexOptions.Multiline)]
    private static partial Regex AnyNugetLine();

    /// <summary>The C# code cells of a notebook, checked against the convention.</summary>
    public static IReadOnlyList<CodeCell> Read(string path)
    {
        InteractiveDocument document;
        using (var stream = File.OpenRead(path)) document = Notebook.Read(stream, new KernelInfoCollection { new("csharp", languageName: "C#", aliases: ["c#", "C#"]) });
        var cells = document.Elements
            .Select((element, index) => (element, index))
            .Where(x => x.element.KernelName is "csharp" or "c#" or "C#")
            .Select(x => new CodeCell(x.index, x.element.Contents))
            .ToArray();

        var name = Path.GetFileName(path);
        Assert.True(cells.Length > 0, $"{name}: no C# code cells.");
        Assert.True(PackageLine().Matches(cells[0].Code).Count == 1,
            $"{name}: the first code cell must hold exactly one line #r \"nuget: AsAnalysis, <version>\" (notebooks/README.md).");
        foreach (var cell in cells)
        {
            var nugetLines = AnyNugetLine().Matches(cell.Code).Count;
            var allowed = cell == cells[0] ? 1 : 0;
            Assert.True(nugetLines == allowed,
                $"{name} cell {cell.Index}: #r \"nuget:...\" lines other than the AsAnalysis reference in the first code cell cannot run in the in-process test.");
        }
        return cells;
    }

    /// <summary>The version the notebook's <c>#r "nuget: AsAnalysis, x"</c> line asks for (empty when none).</summary>
    public static string ReferencedVersion(IReadOnlyList<CodeCell> cells) =>
        PackageLine().Match(cells[0].Code).Groups["version"].Value.Trim();

    /// <summary>For the in-process kernel: drop the feed lines and reference the built assemblies instead of the package.</summary>
    public static string ForInProcess(string code, IReadOnlyList<string> assemblyPaths) =>
        PackageLine().Replace(FeedLine().Replace(code, string.Empty), string.Join("\n", assemblyPaths.Select(p => $"#r \"{p}\"")));

    /// <summary>For the real kernel: the test's local feed and the freshly packed version replace the notebook's feed and version.</summary>
    public static string ForPackage(string code, string feed, string version) =>
        PackageLine().Replace(FeedLine().Replace(code, string.Empty), $"#i \"nuget: {feed}\"\n#r \"nuget: AsAnalysis, {version}\"");
}
