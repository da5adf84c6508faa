using System.Collections.Immutable;

namespace AsAnalysis.Reporting;

/// <summary>One output file of a report: its path relative to the output folder (with <c>/</c>) and its bytes.</summary>
public sealed record ReportOutputFile
{
    /// <summary>Creates an entry.</summary>
    /// <param name="relativePath">Relative path with '/' separators, e.g. <c>tables/t-safety-overview.csv</c>.</param>
    /// <param name="content">The bytes.</param>
    /// <exception cref="ArgumentException">An empty, rooted or escaping path, or default content.</exception>
    public ReportOutputFile(string relativePath, ImmutableArray<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        if (Path.IsPathRooted(relativePath) || relativePath.Contains('\\') || relativePath.Split('/').Any(p => p is "" or "." or ".."))
            throw new ArgumentException($"'{relativePath}' is not a plain relative path.", nameof(relativePath));
        if (content.IsDefault) throw new ArgumentException("The content is missing.", nameof(content));
        RelativePath = relativePath;
        Content = content;
    }

    /// <summary>Path relative to the output folder, '/' separated.</summary>
    public string RelativePath { get; }

    /// <summary>The bytes written.</summary>
    public ImmutableArray<byte> Content { get; }
}
