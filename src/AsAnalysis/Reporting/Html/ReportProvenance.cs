using System.Reflection;
using System.Security.Cryptography;
using System.Collections.Immutable;

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

/// <summary>A named analysis setting shown in the provenance footer (e.g. "Control arm" = "Etanercept").</summary>
public sealed record ProvenanceSetting
{
    /// <summary>Creates a setting.</summary>
    /// <param name="name">Setting name; non-blank.</param>
    /// <param name="value">Setting value; not null.</param>
    /// <exception cref="ArgumentException">Blank name or null value.</exception>
    public ProvenanceSetting(string name, string value)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("The name must not be blank.", nameof(name));
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <summary>Setting name.</summary>
    public string Name { get; }

    /// <summary>Setting value.</summary>
    public string Value { get; }
}

/// <summary>
/// Where a report came from: input files with SHA-256 digests, analysis settings, the library version, and —
/// only when set explicitly — the generation time (left out by default so that the same input gives the same bytes).
/// </summary>
public sealed class ReportProvenance
{
    private readonly ImmutableList<InputFileDigest> _files;
    private readonly ImmutableList<ProvenanceSetting> _settings;

    private ReportProvenance(ImmutableList<InputFileDigest> files, ImmutableList<ProvenanceSetting> settings, string version, DateTimeOffset? generatedAt)
    {
        _files = files;
        _settings = settings;
        LibraryVersion = version;
        GeneratedAt = generatedAt;
    }

    /// <summary>The version of this AsAnalysis library (informational version without build metadata, e.g. <c>0.1.0</c>).</summary>
    public static string CurrentLibraryVersion { get; } = ReadVersion();

    /// <summary>No files, no settings, this library's version, no timestamp.</summary>
    public static ReportProvenance Empty { get; } = new([], [], CurrentLibraryVersion, null);

    /// <summary>Input files, in the order added.</summary>
    public IReadOnlyList<InputFileDigest> InputFiles => _files;

    /// <summary>Analysis settings, in the order added.</summary>
    public IReadOnlyList<ProvenanceSetting> Settings => _settings;

    /// <summary>The library version shown.</summary>
    public string LibraryVersion { get; }

    /// <summary>Generation time shown in the footer, or null (the default) for none.</summary>
    public DateTimeOffset? GeneratedAt { get; }

    /// <summary>A copy with one more input file.</summary>
    /// <param name="file">The file digest.</param>
    public ReportProvenance AddInputFile(InputFileDigest file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(_files.Add(file), _settings, LibraryVersion, GeneratedAt);
    }

    /// <summary>A copy with one more setting.</summary>
    /// <param name="name">Setting name.</param>
    /// <param name="value">Setting value.</param>
    public ReportProvenance AddSetting(string name, string value)
        => new(_files, _settings.Add(new ProvenanceSetting(name, value)), LibraryVersion, GeneratedAt);

    /// <summary>A copy that shows a generation time (opt-in: it makes the output differ between runs).</summary>
    /// <param name="generatedAt">The time, or null for none.</param>
    public ReportProvenance WithGeneratedAt(DateTimeOffset? generatedAt) => new(_files, _settings, LibraryVersion, generatedAt);

    /// <summary>A copy with another version text (e.g. for a test that must not depend on the build).</summary>
    /// <param name="version">Version text; non-blank.</param>
    public ReportProvenance WithLibraryVersion(string version)
    {
        if (string.IsNullOrWhiteSpace(version)) throw new ArgumentException("The version must not be blank.", nameof(version));
        return new(_files, _settings, version, GeneratedAt);
    }

    private static string ReadVersion()
    {
        var asm = typeof(ReportProvenance).Assembly;
        var info = asm.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(info)) return asm.GetName().Version?.ToString() ?? "unknown";
        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? info[..plus] : info;
    }
}
