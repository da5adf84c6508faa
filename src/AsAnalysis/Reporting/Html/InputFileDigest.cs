using System.Security.Cryptography;

namespace AsAnalysis.Reporting.Html;

/// <summary>An input file of the analysis, identified by its name (no directory) and SHA-256 digest.</summary>
public sealed record InputFileDigest
{
    /// <summary>Creates a digest entry.</summary>
    /// <param name="fileName">File name without directory (e.g. <c>adsl.csv</c>); non-blank.</param>
    /// <param name="sha256">SHA-256 as 64 lower-case hexadecimal digits.</param>
    /// <exception cref="ArgumentException">Blank name, a name with a directory part, or a malformed digest.</exception>
    public InputFileDigest(string fileName, string sha256)
    {
        if (string.IsNullOrWhiteSpace(fileName)) throw new ArgumentException("The file name must not be blank.", nameof(fileName));
        if (fileName.IndexOfAny(['/', '\\']) >= 0) throw new ArgumentException("Give the file name without a directory.", nameof(fileName));
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != 64 || !sha256.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
            throw new ArgumentException("The SHA-256 digest must be 64 lower-case hexadecimal digits.", nameof(sha256));
        FileName = fileName;
        Sha256 = sha256;
    }

    /// <summary>File name without directory.</summary>
    public string FileName { get; }

    /// <summary>SHA-256 digest, 64 lower-case hexadecimal digits.</summary>
    public string Sha256 { get; }

    /// <summary>Reads a file and computes its digest; the directory part of the path is not kept.</summary>
    /// <param name="path">Path of the file.</param>
    public static InputFileDigest FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        var hash = SHA256.HashData(stream);
        return new InputFileDigest(Path.GetFileName(path), Convert.ToHexString(hash).ToLowerInvariant());
    }

    /// <summary>Computes the digest of bytes held in memory.</summary>
    /// <param name="fileName">File name without directory.</param>
    /// <param name="content">File content.</param>
    public static InputFileDigest FromBytes(string fileName, ReadOnlySpan<byte> content)
        => new(fileName, Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant());
}
