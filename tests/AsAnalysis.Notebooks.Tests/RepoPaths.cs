using System.Text.RegularExpressions;

namespace AsAnalysis.Notebooks.Tests;

/// <summary>Locations in the repository, found from the test assembly by walking up to <c>AsAnalysis.sln</c>.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string LibraryProject => Path.Combine(Root, "src", "AsAnalysis", "AsAnalysis.csproj");

    /// <summary>Every notebook, ordinal order of file name.</summary>
    public static IReadOnlyList<string> NotebookFiles() =>
        Directory.GetFiles(Notebooks, "*.ipynb").Order(StringComparer.Ordinal).ToArray();

    /// <summary>The package version of Directory.Build.props (the <c>&lt;Version&gt;</c> element).</summary>
    public static string PackageVersion()
    {
        var props = File.ReadAllText(Path.Combine(Root, "Directory.Build.props"));
        var match = Regex.Match(props, @"<Version>\s*([^<\s]+)\s*</Version>");
        Assert.True(match.Success, "Directory.Build.props has no <Version>.");
        return match.Groups[1].Value;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsAnalysis.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"AsAnalysis.sln not found above {AppContext.BaseDirectory}.");
    }
}
