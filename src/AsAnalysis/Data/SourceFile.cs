namespace AsAnalysis.Data;

/// <summary>A source file that was read, with its SHA-256 checksum (for the report's provenance section).</summary>
/// <param name="Name">File name within the export folder.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file bytes; empty when read from a stream.</param>
/// <param name="Records">Number of data records read.</param>
public sealed record SourceFile(string Name, string Sha256, int Records);
