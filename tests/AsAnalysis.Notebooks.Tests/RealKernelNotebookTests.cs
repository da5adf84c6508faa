using System.Diagnostics;
using System.Reflection;

namespace AsAnalysis.Notebooks.Tests;

/// <summary>
/// Runs every notebook through the real <c>dotnet-interactive</c> tool against the AsAnalysis package packed into a
/// local folder feed, as a user's editor does. Unlike the in-process run, this loads the package with its dependencies
/// (toolchain.md pitfall 5) and the kernel extension from interactive-extensions/dotnet/, so it catches loading failures.
/// The package gets a version unique to the run, so the package cache never serves a stale copy (pitfall 7); that
/// version is removed from the cache afterwards.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class RealKernelNotebookTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Every_notebook_runs_in_dotnet_interactive_with_the_packed_package_and_its_html_formatters()
    {
        var total = Stopwatch.StartNew();
        var version = $"{RepoPaths.PackageVersion()}-nbtest-{DateTime.UtcNow:yyyyMMddHHmmss}-{Environment.ProcessId}";
        var work = Directory.CreateTempSubdirectory("asanalysis-nbtest-");
        var feed = Path.Combine(work.FullName, "feed");
        try
        {
            // The README's `dotnet test` on a fresh clone: the local tool may not be restored yet.
            var step = Stopwatch.StartNew();
            var (restoreExit, restoreOutput) = ProcessRunner.Run(RepoPaths.Root, CommandTimeout, "tool", "restore");
            Assert.True(restoreExit == 0, "dotnet tool restore failed:\n" + restoreOutput);
            output.WriteLine($"dotnet tool restore: {step.Elapsed.TotalSeconds:F1} s");

            // Packs the assemblies that `dotnet test` has just built (same configuration as this test assembly; the
            // build is up to date, as PackageVersion, unlike Version, does not change the assemblies). net10.0 only:
            // the kernel runs on .NET 10, and the net8.0 build need not exist when only this project was built.
            // Package validation is the packaging check's job (consumer/run.sh), and would object to the missing net8.0.
            step.Restart();
            var configuration = typeof(RealKernelNotebookTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var (packExit, packOutput) = ProcessRunner.Run(RepoPaths.Root, CommandTimeout,
                "pack", RepoPaths.LibraryProject, "-c", configuration, "-o", feed, $"-p:PackageVersion={version}",
                "-p:TargetFrameworks=net10.0", "-p:EnablePackageValidation=false", "-nodeReuse:false", "-nologo");
            Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);
            output.WriteLine($"dotnet pack {version} ({configuration}): {step.Elapsed.TotalSeconds:F1} s");

            var html = new List<string>();
            foreach (var path in RepoPaths.NotebookFiles())
            {
                var name = Path.GetFileName(path);
                var cells = NotebookSource.Read(path);
                step.Restart();
                await using var kernel = await StdioKernel.StartAsync(RepoPaths.Notebooks, CellTimeout);
                output.WriteLine($"{name}: kernel ready in {step.Elapsed.TotalSeconds:F1} s");
                var outcomes = new List<CellOutcome>();
                foreach (var cell in cells)
                {
                    var cellWatch = Stopwatch.StartNew();
                    var (errors, cellHtml) = await kernel.SubmitAsync(NotebookSource.ForPackage(cell.Code, feed, version), CellTimeout);
                    outcomes.Add(new CellOutcome(name, cell, errors, cellHtml, cellWatch.Elapsed));
                    output.WriteLine($"{name} cell {cell.Index}: {cellWatch.Elapsed.TotalSeconds:F1} s{(errors.Count > 0 ? " FAILED" : string.Empty)}");
                    if (errors.Count > 0) break;
                }
                output.WriteLine($"{name}: {step.Elapsed.TotalSeconds:F1} s");
                CellOutcomes.AssertAllSucceeded(outcomes);
                var notebookHtml = outcomes.SelectMany(o => o.Html).ToArray();
                Assert.True(notebookHtml.Any(h => h.Contains("class=\"asanalysis ", StringComparison.Ordinal)),
                    $"{name}: no output from the AsAnalysis HTML formatters: the kernel extension did not load.");
                html.AddRange(notebookHtml);
            }
            Assert.Contains(html, h => h.Contains("class=\"asanalysis asanalysis-trialdata\"", StringComparison.Ordinal));
        }
        finally
        {
            output.WriteLine($"total: {total.Elapsed.TotalSeconds:F1} s");
            work.Delete(recursive: true);
            RemoveFromPackageCache(version);
        }
    }

    private static void RemoveFromPackageCache(string version)
    {
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var folder = Path.Combine(root, "asanalysis", version);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
