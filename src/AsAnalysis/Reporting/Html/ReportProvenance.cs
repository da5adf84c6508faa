using System.Reflection;
using System.Collections.Immutable;

namespace AsAnalysis.Reporting.Html;

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
