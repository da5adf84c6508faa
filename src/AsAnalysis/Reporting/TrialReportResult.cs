using System.Collections.Immutable;
using System.Text;
using AsAnalysis.Endpoints;
using AsAnalysis.Reporting.Html;
using AsAnalysis.Reporting.Renderers;
using AsAnalysis.Reporting.Tables;
using AsAnalysis.Ard;
using AsAnalysis.Safety;

namespace AsAnalysis.Reporting;

/// <summary>
/// The assembled report of <see cref="TrialReport.Build"/>: analysis results, numbered tables, figures, ard.csv rows,
/// data-handling counts, methods and provenance, and the HTML report. Immutable. <see cref="Files"/> renders every output
/// file in memory; <see cref="WriteTo"/> writes them. The same input gives the same bytes (no timestamp unless
/// <see cref="ReportOptions.GeneratedAt"/> is set).
/// </summary>
public sealed class TrialReportResult
{
    /// <summary>Name of the HTML report file.</summary>
    public const string HtmlFileName = "report.html";
    /// <summary>Name of the analysis-results dataset.</summary>
    public const string ArdFileName = "ard.csv";
    /// <summary>Folder of the table files.</summary>
    public const string TablesFolder = "tables";
    /// <summary>Folder of the figure files.</summary>
    public const string FiguresFolder = "figures";
    /// <summary>Stem of the files that hold every table in one document (<c>all-tables.rtf</c>, <c>all-tables.md</c>).</summary>
    public const string AllTablesStem = "all-tables";

    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Lazy<IReadOnlyList<ReportOutputFile>> _files;

    internal TrialReportResult(ReportOptions options, EfficacyResults? efficacy, SafetyResults? safety,
        ImmutableArray<ReportTable> tables, ImmutableArray<ReportTable> dataHandlingTables, ImmutableArray<DataHandlingItem> dataHandling,
        ImmutableArray<TrialReportFigure> figures, ImmutableArray<ArdRow> ardRows, IReadOnlyList<ReportMethod> methods,
        ReportProvenance provenance, HtmlReport html)
    {
        Options = options;
        Efficacy = efficacy;
        Safety = safety;
        Tables = tables;
        DataHandlingTables = dataHandlingTables;
        DataHandling = dataHandling;
        Figures = figures;
        ArdRows = ardRows;
        Methods = methods;
        Provenance = provenance;
        Html = html;
        _files = new Lazy<IReadOnlyList<ReportOutputFile>>(Render);
    }

    /// <summary>The options the report was built with.</summary>
    public ReportOptions Options { get; }

    /// <summary>Efficacy results, or null when the efficacy analysis did not run.</summary>
    public EfficacyResults? Efficacy { get; }

    /// <summary>Safety results, or null when the safety analysis did not run.</summary>
    public SafetyResults? Safety { get; }

    /// <summary>The result tables in report order (efficacy, then safety), titles numbered.</summary>
    public IReadOnlyList<ReportTable> Tables { get; }

    /// <summary>The tables of the data-handling section (counts by reason), titles numbered after <see cref="Tables"/>.</summary>
    public IReadOnlyList<ReportTable> DataHandlingTables { get; }

    /// <summary>Every table written to <c>tables/</c>: <see cref="Tables"/> then <see cref="DataHandlingTables"/>.</summary>
    public IReadOnlyList<ReportTable> AllTables => [.. Tables, .. DataHandlingTables];

    /// <summary>The data-handling items (input facts, exclusions and imputations with their counts).</summary>
    public IReadOnlyList<DataHandlingItem> DataHandling { get; }

    /// <summary>The figures in report order.</summary>
    public IReadOnlyList<TrialReportFigure> Figures { get; }

    /// <summary>The ard.csv rows: efficacy rows then safety rows, each in their analysis's stable order.</summary>
    public IReadOnlyList<ArdRow> ArdRows { get; }

    /// <summary>The methods section.</summary>
    public IReadOnlyList<ReportMethod> Methods { get; }

    /// <summary>Input files with checksums, settings and the library version.</summary>
    public ReportProvenance Provenance { get; }

    /// <summary>The HTML report.</summary>
    public HtmlReport Html { get; }

    /// <summary>
    /// Every output file, rendered in memory, in a fixed order: <c>report.html</c>, <c>ard.csv</c>, for each table
    /// <c>tables/{id}.md</c>, <c>.csv</c> and <c>.rtf</c>, then <c>tables/all-tables.md</c> and <c>.rtf</c>, and for each
    /// figure <c>figures/{id}.png</c> and <c>.svg</c>. Text is UTF-8 with "\n" line ends; the table CSVs start with a
    /// byte-order mark so that spreadsheets read them as UTF-8 (ard.csv has none).
    /// </summary>
    public IReadOnlyList<ReportOutputFile> Files() => _files.Value;

    /// <summary>
    /// Writes <see cref="Files"/> into a folder (created when missing, with <c>tables/</c> and <c>figures/</c>); existing
    /// files of the same names are replaced, other files are left alone.
    /// </summary>
    /// <param name="outDir">The output folder.</param>
    /// <returns>The files written, in order.</returns>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to write.</exception>
    public IReadOnlyList<ReportOutputFile> WriteTo(string outDir)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var files = Files();
        Directory.CreateDirectory(outDir);
        foreach (var f in files)
        {
            var path = Path.Combine(outDir, f.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, f.Content.AsSpan().ToArray());
        }
        return files;
    }

    private IReadOnlyList<ReportOutputFile> Render()
    {
        var files = ImmutableArray.CreateBuilder<ReportOutputFile>();
        void Text(string path, string text, bool bom = false)
        {
            var bytes = Utf8.GetBytes(text);
            files.Add(new ReportOutputFile(path, bom ? [.. Encoding.UTF8.Preamble, .. bytes] : [.. bytes]));
        }

        Text(HtmlFileName, Html.Render());
        Text(ArdFileName, ArdWriter.ToCsv(ArdRows));
        var md = new MarkdownTableRenderer();
        var csv = new CsvTableRenderer();
        var rtf = new RtfTableRenderer(Options.Rtf);
        var all = AllTables;
        foreach (var t in all)
        {
            Text(TablesFolder + "/" + t.Id + ".md", md.Render(t));
            Text(TablesFolder + "/" + t.Id + ".csv", csv.Render(t), bom: true);
            Text(TablesFolder + "/" + t.Id + ".rtf", rtf.Render(t));
        }
        if (all.Count > 0)
        {
            Text(TablesFolder + "/" + AllTablesStem + ".md", md.RenderDocument(all));
            Text(TablesFolder + "/" + AllTablesStem + ".rtf", rtf.RenderDocument(all));
        }
        foreach (var f in Figures)
        {
            files.Add(new ReportOutputFile(FiguresFolder + "/" + f.Id + ".png", f.Png));
            Text(FiguresFolder + "/" + f.Id + ".svg", f.Svg);
        }
        return files.ToImmutable();
    }
}
