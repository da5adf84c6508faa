namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>
/// Locates the public validation data (CDISC pilot 01 ADSL/ADAE) kept outside the repository in <c>../shared/data</c>
/// relative to the repository root (for a git worktree, the nearest ancestor folder holding <c>shared/data</c>).
/// The environment variable <c>ASANALYSIS_SHARED_DATA</c> overrides the search; when neither exists, the copy
/// committed in <c>tests/data</c> (same files, see its README) is used, so a clean clone always runs these tests.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The <c>shared/data</c> folder, or null when absent.</summary>
    public static string? Folder => Root.Value;

    /// <summary>The CDISC pilot 01 folder holding adsl.xpt and adae.xpt, or null when absent.</summary>
    public static string? CdiscPilot =>
        Folder is { } f && File.Exists(Path.Combine(f, "cdiscpilot01", "adsl.xpt")) && File.Exists(Path.Combine(f, "cdiscpilot01", "adae.xpt"))
            ? Path.Combine(f, "cdiscpilot01")
            : null;

    public const string SkipReason =
        "CDISC pilot data not found: expected ../shared/data/cdiscpilot01/{adsl,adae}.xpt beside the repository root (or set ASANALYSIS_SHARED_DATA)";

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("ASANALYSIS_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AsAnalysis.sln"))) dir = dir.Parent;
        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            var candidate = Path.Combine(up.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        var committed = dir is null ? null : Path.Combine(dir.FullName, "tests", "data");
        return committed is not null && Directory.Exists(committed) ? committed : null;
    }
}
