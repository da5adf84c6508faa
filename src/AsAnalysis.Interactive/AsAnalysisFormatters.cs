using System.Collections;
using AsAnalysis.Data;
using Microsoft.DotNet.Interactive.Formatting;

namespace AsAnalysis.Interactive;

/// <summary>
/// The notebook HTML formatters of AsAnalysis. <see cref="Entries"/> lists them (type and HTML function):
/// trial data (<see cref="TrialDataHtml"/>), ScottPlot plots and AsAnalysis figures (<see cref="PlotHtml"/>), report tables and figures
/// (<see cref="ReportHtml"/>, the library's HTML renderer), and generically every record of the AsAnalysis assembly
/// and sequences of them (<see cref="RecordHtml"/>). To display a new non-record library type, add an entry to
/// <c>BuildEntries</c>.
/// </summary>
public static class AsAnalysisFormatters
{
    /// <summary>CSS class on the outer element of every fragment these formatters write.</summary>
    public const string CssClass = "asanalysis";

    private static readonly Lazy<IReadOnlyList<HtmlFormatterEntry>> LazyEntries = new(BuildEntries);

    /// <summary>Every formatter registered by <see cref="Register"/>; <see cref="ToHtml"/> uses the first that applies.</summary>
    public static IReadOnlyList<HtmlFormatterEntry> Entries => LazyEntries.Value;

    /// <summary>
    /// Registers every entry with the .NET Interactive formatter for <c>text/html</c>.
    /// Safe to call more than once (a later registration replaces the earlier one for the same type).
    /// </summary>
    public static void Register()
    {
        foreach (var entry in Entries)
        {
            Formatter.Register(entry.Type, (value, writer) => writer.Write(entry.ToHtml(value)), HtmlFormatter.MimeType);
        }
    }

    /// <summary>The HTML an entry of <see cref="Entries"/> gives for <paramref name="value"/>, or <c>null</c> when no entry applies.</summary>
    /// <param name="value">The value to display.</param>
    public static string? ToHtml(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        foreach (var entry in Entries)
        {
            if (entry.Type.IsAssignableFrom(type)) return entry.ToHtml(value);
        }
        return null;
    }

    private static IReadOnlyList<HtmlFormatterEntry> BuildEntries()
    {
        var entries = new List<HtmlFormatterEntry>
        {
            HtmlFormatterEntry.For<TrialData>(TrialDataHtml.Render),
            HtmlFormatterEntry.For<ScottPlot.Plot>(PlotHtml.Render),
            HtmlFormatterEntry.For<Plots.Figure>(PlotHtml.RenderFigure),
            HtmlFormatterEntry.For<Reporting.Tables.ReportTable>(ReportHtml.RenderTable),
            HtmlFormatterEntry.For<Reporting.Html.HtmlFigure>(ReportHtml.RenderFigure),
        };
        foreach (var recordType in RecordHtml.LibraryRecordTypes())
        {
            var type = recordType;
            entries.Add(new HtmlFormatterEntry(type, RecordHtml.RenderRecord));
            entries.Add(new HtmlFormatterEntry(typeof(IEnumerable<>).MakeGenericType(type), o => RecordHtml.RenderList((IEnumerable)o, type)));
        }
        return entries;
    }
}
