namespace AsAnalysis.Data.Sas7bdat;

/// <summary>Codes and labels of <see cref="Sas7bdatCompression"/>.</summary>
public static class Sas7bdatCompressionNames
{
    /// <summary>snake_case code: <c>none</c>, <c>rle</c> or <c>rdc</c>.</summary>
    /// <param name="compression">The compression.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Code(this Sas7bdatCompression compression) => compression switch
    {
        Sas7bdatCompression.None => "none",
        Sas7bdatCompression.Rle => "rle",
        Sas7bdatCompression.Rdc => "rdc",
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "Undefined compression."),
    };

    /// <summary>Compact label: <c>none</c>, <c>RLE</c> or <c>RDC</c>.</summary>
    /// <param name="compression">The compression.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string ShortLabel(this Sas7bdatCompression compression) => compression switch
    {
        Sas7bdatCompression.None => "none",
        Sas7bdatCompression.Rle => "RLE",
        Sas7bdatCompression.Rdc => "RDC",
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "Undefined compression."),
    };

    /// <summary>Label in words, with the SAS option and the literal stored in the file.</summary>
    /// <param name="compression">The compression.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Label(this Sas7bdatCompression compression) => compression switch
    {
        Sas7bdatCompression.None => "uncompressed",
        Sas7bdatCompression.Rle => "run-length encoding (COMPRESS=CHAR, SASYZCRL)",
        Sas7bdatCompression.Rdc => "Ross Data Compression (COMPRESS=BINARY, SASYZCR2)",
        _ => throw new ArgumentOutOfRangeException(nameof(compression), compression, "Undefined compression."),
    };
}
