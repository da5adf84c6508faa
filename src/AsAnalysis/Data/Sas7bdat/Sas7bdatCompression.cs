namespace AsAnalysis.Data.Sas7bdat;

/// <summary>How the rows of a SAS7BDAT file are stored, from the compression literal the file header points to.</summary>
public enum Sas7bdatCompression
{
    /// <summary>Uncompressed: rows packed back to back on data and mix pages (<c>COMPRESS=NO</c>).</summary>
    None,
    /// <summary>Run-length encoding, literal <c>SASYZCRL</c> (<c>COMPRESS=CHAR</c> or <c>YES</c>): one row per subheader.</summary>
    Rle,
    /// <summary>Ross Data Compression, literal <c>SASYZCR2</c> (<c>COMPRESS=BINARY</c>): one row per subheader.</summary>
    Rdc,
}
