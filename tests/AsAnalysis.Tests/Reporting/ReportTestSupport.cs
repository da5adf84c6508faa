using AsAnalysis.Cli;

namespace AsAnalysis.Tests.Reporting;

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "as-analysis-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>One in-process run of the command-line tool.</summary>
internal sealed record CliRun(int Code, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}

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
