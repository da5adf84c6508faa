namespace AsAnalysis.Tests.Reporting;

/// <summary>Helpers to read a written report.</summary>
internal static class ReportFiles
{
    /// <summary>Every file under a folder as relative path ('/' separated) -> bytes, ordinal order.</summary>
    public static SortedDictionary<string, byte[]> ReadAll(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllBytes(path);
        return files;
    }

    /// <summary>The stems of the files in a subfolder with an extension, e.g. the table ids of <c>tables/*.md</c>.</summary>
    public static SortedSet<string> Stems(string folder, string extension)
        => new(Directory.EnumerateFiles(folder, "*." + extension).Select(p => Path.GetFileNameWithoutExtension(p)!), StringComparer.Ordinal);
}
