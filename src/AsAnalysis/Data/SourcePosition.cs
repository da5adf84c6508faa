namespace AsAnalysis.Data;

/// <summary>A record's source file and line, stored inline in the record (a null file means no location).</summary>
/// <param name="File">File name (one shared string per file), or null.</param>
/// <param name="Line">The line.</param>
internal readonly record struct SourcePosition(string? File, long Line)
{
    /// <summary>The position of a location (default for null).</summary>
    public static SourcePosition From(SourceLocation? location) => location is null ? default : new(location.File, location.Line);

    /// <summary>A new location object, or null when there is none.</summary>
    public SourceLocation? ToLocation() => File is null ? null : new(File, Line);
}
