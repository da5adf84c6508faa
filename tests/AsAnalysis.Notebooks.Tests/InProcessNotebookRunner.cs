using System.Diagnostics;
using System.Text.Json;
using AsAnalysis.Data;
using AsAnalysis.Interactive;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace AsAnalysis.Notebooks.Tests;

/// <summary>
/// Runs a notebook's C# cells on a <see cref="CSharpKernel"/> inside the test process, with the built AsAnalysis
/// assembly referenced directly and the kernel extension loaded by hand (what <c>#r "nuget: AsAnalysis"</c> does in a
/// real kernel). Fast and debuggable, but it hides package-loading failures: see <see cref="RealKernelNotebookTests"/>.
/// The current directory is the notebooks folder while the cells run, as in an editor.
/// </summary>
internal static class InProcessNotebookRunner
{
    public static async Task<IReadOnlyList<CellOutcome>> RunAsync(string notebookPath)
    {
        var name = Path.GetFileName(notebookPath);
        var cells = NotebookSource.Read(notebookPath);
        var outcomes = new List<CellOutcome>();
        var previousDirectory = Environment.CurrentDirectory;
        Formatter.ResetToDefault();
        using var kernel = new CSharpKernel();
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(notebookPath)!;
            // What the real C# kernel has before the first cell (checked against dotnet-interactive 1.0.712001).
            await SubmitAsync(kernel, DefaultUsings);
            await new AsAnalysisKernelExtension().OnLoadAsync(kernel);
            var references = PackageAssemblies();
            foreach (var cell in cells)
            {
                var watch = Stopwatch.StartNew();
                var (errors, html) = await SubmitAsync(kernel, NotebookSource.ForInProcess(cell.Code, references));
                outcomes.Add(new CellOutcome(name, cell, errors, html, watch.Elapsed));
                if (errors.Count > 0) break; // later cells depend on earlier ones
            }
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }
        return outcomes;
    }

    private const string DefaultUsings =
        "using System; using System.Collections.Generic; using System.Linq; using System.Text; using System.Threading.Tasks; " +
        "using static Microsoft.DotNet.Interactive.Kernel;";

    /// <summary>
    /// AsAnalysis.dll and the runtime assemblies of every package it depends on, directly or not (ScottPlot,
    /// Microsoft.Data.Analysis, MathNet, CsvHelper, SkiaSharp, ...): what <c>#r "nuget: AsAnalysis"</c> makes
    /// referenceable in a real kernel. Read from the dependency graph of the test's deps.json.
    /// </summary>
    private static IReadOnlyList<string> PackageAssemblies()
    {
        var depsFile = Path.Combine(AppContext.BaseDirectory, typeof(InProcessNotebookRunner).Assembly.GetName().Name + ".deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        var libraries = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var byName = libraries.EnumerateObject().ToDictionary(l => l.Name[..l.Name.IndexOf('/')], l => l.Value, StringComparer.OrdinalIgnoreCase);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(["AsAnalysis"]);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name) || !byName.TryGetValue(name, out var library)) continue;
            if (library.TryGetProperty("runtime", out var runtime))
            {
                foreach (var file in runtime.EnumerateObject())
                {
                    var path = Path.Combine(AppContext.BaseDirectory, Path.GetFileName(file.Name));
                    if (File.Exists(path)) found.Add(path);
                }
            }
            if (library.TryGetProperty("dependencies", out var dependencies))
            {
                foreach (var dependency in dependencies.EnumerateObject()) pending.Push(dependency.Name);
            }
        }
        Assert.Contains(found, p => p.EndsWith("AsAnalysis.dll", StringComparison.Ordinal));
        return found.ToArray();
    }

    private static async Task<(IReadOnlyList<string> Errors, IReadOnlyList<string> Html)> SubmitAsync(Kernel kernel, string code)
    {
        var result = await kernel.SendAsync(new SubmitCode(code));
        var errors = new List<string>();
        var html = new List<string>();
        foreach (var e in result.Events)
        {
            switch (e)
            {
                case CommandFailed failed:
                    errors.Add(failed.Exception is null ? failed.Message : $"{failed.Message} {failed.Exception}");
                    break;
                case ErrorProduced error:
                    errors.Add(error.Message);
                    break;
                case DisplayEvent display:
                    html.AddRange(display.FormattedValues.Where(v => v.MimeType == HtmlFormatter.MimeType).Select(v => v.Value));
                    break;
            }
        }
        return (errors, html);
    }
}
