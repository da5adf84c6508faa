using System.Globalization;
using AsAnalysis.Cli.Generation;

namespace AsAnalysis.Benchmarks.Scale;

/// <summary>
/// Synthetic exports for the scale benchmarks, generated once by the CLI's streaming generator
/// (<see cref="SyntheticTrialGenerator"/>, the code behind <c>as-analysis generate</c>) and cached under
/// <c>$TMPDIR/asanalysis-scale/seed&lt;S&gt;-&lt;subjects per arm&gt;/</c> (about 160 MB at 10k subjects, 1.7 GB at 100k).
/// </summary>
public static class ScaleData
{
    /// <summary>The seed of every scale export.</summary>
    public const long Seed = 20160620;

    /// <summary>The folder of an export with <paramref name="subjects"/> subjects (two arms), generating it when missing.</summary>
    /// <param name="subjects">Total subjects, even.</param>
    /// <param name="root">Cache folder; default <c>$TMPDIR/asanalysis-scale</c>.</param>
    /// <param name="log">Progress output, or null.</param>
    public static string Folder(int subjects, string? root = null, TextWriter? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subjects, 10);
        var perArm = subjects / 2;
        var folder = Path.Combine(root ?? Path.Combine(Path.GetTempPath(), "asanalysis-scale"), string.Create(CultureInfo.InvariantCulture, $"seed{Seed}-{perArm}"));
        var marker = Path.Combine(folder, ".complete");
        if (File.Exists(marker)) return folder;
        log?.WriteLine($"generating {subjects} subjects into {folder} ...");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var counts = SyntheticTrialGenerator.Generate(folder, new SyntheticTrialOptions { Seed = Seed, SubjectsPerArm = perArm });
        File.WriteAllText(marker, string.Create(CultureInfo.InvariantCulture,
            $"{counts.Subjects} {counts.Assessments} {counts.AdverseEvents} {counts.Administrations}\n"));
        log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {counts.Assessments:N0} efficacy rows, {counts.AdverseEvents:N0} AEs, {counts.Administrations:N0} administrations in {started.Elapsed.TotalSeconds:F1} s"));
        return folder;
    }
}
