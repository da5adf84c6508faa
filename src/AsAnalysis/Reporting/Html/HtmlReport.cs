using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AsAnalysis.Reporting.Renderers;

namespace AsAnalysis.Reporting.Html;

/// <summary>
/// A self-contained HTML report: one file with inline CSS (clinical table style, print-friendly, landscape pages),
/// title, table of contents, sections (paragraphs, tables, embedded figures), a data-handling section listing every
/// counted exclusion and imputation, an optional methods section, and a provenance footer (input files with SHA-256,
/// settings, library version; a timestamp only when <see cref="ReportProvenance.WithGeneratedAt"/> sets one).
/// Immutable: every <c>With…</c>/<c>Add…</c> returns a new report. All inserted text is HTML-escaped;
/// <see cref="Render"/> is byte-deterministic ("\n" line ends, input order).
/// </summary>
public sealed class HtmlReport
{
    /// <summary>Anchor of the table of contents.</summary>
    public const string ContentsAnchor = "contents";
    /// <summary>Anchor of the data-handling section.</summary>
    public const string DataHandlingAnchor = "data-handling";
    /// <summary>Anchor of the methods section.</summary>
    public const string MethodsAnchor = "methods";
    /// <summary>Anchor of the provenance footer.</summary>
    public const string ProvenanceAnchor = "provenance";

    /// <summary>The page CSS (without the table CSS, <see cref="HtmlTableRenderer.Stylesheet"/>, which the report also includes).</summary>
    public const string PageStylesheet = """
body { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #111; background: #fff; max-width: 80em; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #999; padding-bottom: 0.15em; margin-top: 2em; }
.as-report-subtitle { color: #444; margin-top: 0; }
.as-toc ol { padding-left: 1.4em; margin: 0.2em 0; }
.as-toc a { color: #0645ad; text-decoration: none; }
.as-figure { margin: 1.5em 0; break-inside: avoid-page; }
.as-figure img, .as-figure svg { max-width: 100%; height: auto; }
.as-figure figcaption { font-size: 9pt; font-weight: bold; margin-top: 0.3em; }
.as-provenance { margin-top: 3em; font-size: 9pt; color: #333; }
.as-digest { font-family: "DejaVu Sans Mono", Consolas, monospace; word-break: break-all; }
@page { size: landscape; margin: 15mm; }
@media print { body { max-width: none; margin: 0; padding: 0; } .as-toc { break-after: page; } main > section + section { break-before: page; } h2 { break-after: avoid; } a { color: inherit; } }

""";

    private readonly ImmutableList<ReportSection> _sections;
    private readonly ImmutableList<DataHandlingItem> _dataHandling;
    private readonly ImmutableList<string> _methods;
    private readonly ImmutableList<Tables.ReportTable> _dataHandlingTables;

    private HtmlReport(string title, string? subtitle, ImmutableList<ReportSection> sections,
        ImmutableList<DataHandlingItem> dataHandling, ImmutableList<string> methods, ReportProvenance provenance,
        ImmutableList<Tables.ReportTable> dataHandlingTables)
    {
        Title = title;
        Subtitle = subtitle;
        _sections = sections;
        _dataHandling = dataHandling;
        _methods = methods;
        Provenance = provenance;
        _dataHandlingTables = dataHandlingTables;
    }

    /// <summary>Creates an empty report.</summary>
    /// <param name="title">Report title, non-blank.</param>
    public static HtmlReport Create(string title)
    {
        Tables.ReportTable.ValidateText(title, nameof(title));
        return new HtmlReport(title, null, [], [], [], ReportProvenance.Empty, []);
    }

    /// <summary>Report title.</summary>
    public string Title { get; }

    /// <summary>Optional subtitle (e.g. study id), or null.</summary>
    public string? Subtitle { get; }

    /// <summary>Sections in order.</summary>
    public IReadOnlyList<ReportSection> Sections => _sections;

    /// <summary>Data-handling items in order.</summary>
    public IReadOnlyList<DataHandlingItem> DataHandling => _dataHandling;

    /// <summary>Methods paragraphs in order (the section is left out when there are none).</summary>
    public IReadOnlyList<string> Methods => _methods;

    /// <summary>Provenance shown in the footer.</summary>
    public ReportProvenance Provenance { get; }

    /// <summary>A copy with a subtitle (null removes it).</summary>
    /// <param name="subtitle">Subtitle; null or non-blank.</param>
    public HtmlReport WithSubtitle(string? subtitle)
    {
        if (subtitle is not null) Tables.ReportTable.ValidateText(subtitle, nameof(subtitle));
        return new(Title, subtitle, _sections, _dataHandling, _methods, Provenance, _dataHandlingTables);
    }

    /// <summary>A copy with a section appended.</summary>
    /// <param name="section">The section; its id and its tables' and figures' ids must not be used elsewhere in the report.</param>
    /// <exception cref="ArgumentException">A duplicate id.</exception>
    public HtmlReport AddSection(ReportSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var used = new HashSet<string>(AnchorIds(), StringComparer.Ordinal);
        foreach (var a in section.AnchorIds())
        {
            if (!used.Add(a)) throw new ArgumentException($"The id '{a}' is already used in the report.", nameof(section));
        }
        return new(Title, Subtitle, _sections.Add(section), _dataHandling, _methods, Provenance, _dataHandlingTables);
    }

    /// <summary>A copy whose data-handling items are replaced.</summary>
    /// <param name="items">Items, in display order.</param>
    public HtmlReport WithDataHandling(IEnumerable<DataHandlingItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToImmutableList();
        if (list.Any(i => i is null)) throw new ArgumentException("An item is null.", nameof(items));
        return new(Title, Subtitle, _sections, list, _methods, Provenance, _dataHandlingTables);
    }

    /// <summary>A copy with one data-handling item appended.</summary>
    /// <param name="item">The item.</param>
    public HtmlReport AddDataHandling(DataHandlingItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(Title, Subtitle, _sections, _dataHandling.Add(item), _methods, Provenance, _dataHandlingTables);
    }

    /// <summary>Tables shown in the data-handling section after the list of items (e.g. counts by reason per analysis), in order.</summary>
    public IReadOnlyList<Tables.ReportTable> DataHandlingTables => _dataHandlingTables;

    /// <summary>A copy with a table appended to the data-handling section (after the list of items).</summary>
    /// <param name="table">The table; its id must not be used elsewhere in the report.</param>
    /// <exception cref="ArgumentException">A duplicate id.</exception>
    public HtmlReport AddDataHandlingTable(Tables.ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var anchor = HtmlAnchor.Table(table.Id);
        if (AnchorIds().Contains(anchor)) throw new ArgumentException($"The id '{anchor}' is already used in the report.", nameof(table));
        return new(Title, Subtitle, _sections, _dataHandling, _methods, Provenance, _dataHandlingTables.Add(table));
    }

    private IEnumerable<string> AnchorIds()
        => _sections.SelectMany(s => s.AnchorIds()).Concat(_dataHandlingTables.Select(t => HtmlAnchor.Table(t.Id)));

    /// <summary>A copy with a methods paragraph appended.</summary>
    /// <param name="paragraph">Plain text, non-blank.</param>
    public HtmlReport AddMethodsParagraph(string paragraph)
    {
        Tables.ReportTable.ValidateText(paragraph, nameof(paragraph));
        return new(Title, Subtitle, _sections, _dataHandling, _methods.Add(paragraph), Provenance, _dataHandlingTables);
    }

    /// <summary>A copy with other provenance.</summary>
    /// <param name="provenance">The provenance.</param>
    public HtmlReport WithProvenance(ReportProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return new(Title, Subtitle, _sections, _dataHandling, _methods, provenance, _dataHandlingTables);
    }

    /// <summary>Writes <see cref="Render"/> to a file as UTF-8 without BOM.</summary>
    /// <param name="path">Destination path.</param>
    public void WriteFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllText(path, Render(), new UTF8Encoding(false));
    }

    /// <summary>Renders the whole document.</summary>
    public string Render()
    {
        var tables = new HtmlTableRenderer();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"AsAnalysis ").Append(HtmlText.Attribute(Provenance.LibraryVersion)).Append("\">\n")
          .Append("<title>").Append(HtmlText.Content(Title)).Append("</title>\n<style>\n")
          .Append(PageStylesheet).Append(HtmlTableRenderer.Stylesheet)
          .Append("</style>\n</head>\n<body>\n");

        sb.Append("<header class=\"as-report-header\">\n<h1>").Append(HtmlText.Content(Title)).Append("</h1>\n");
        if (Subtitle is not null) sb.Append("<p class=\"as-report-subtitle\">").Append(HtmlText.Content(Subtitle)).Append("</p>\n");
        sb.Append("</header>\n");

        AppendContents(sb);

        sb.Append("<main>\n");
        foreach (var section in _sections)
        {
            sb.Append("<section id=\"").Append(section.AnchorId).Append("\">\n<h2>").Append(HtmlText.Content(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p: sb.Append("<p>").Append(HtmlText.Content(p.Text)).Append("</p>\n"); break;
                    case TableBlock t: sb.Append(tables.Render(t.Table)); break;
                    case FigureBlock f: sb.Append(f.Figure.RenderHtml()); break;
                }
            }
            sb.Append("</section>\n");
        }
        AppendDataHandling(sb, tables);
        if (_methods.Count > 0)
        {
            sb.Append("<section id=\"").Append(MethodsAnchor).Append("\">\n<h2>Methods</h2>\n");
            foreach (var m in _methods) sb.Append("<p>").Append(HtmlText.Content(m)).Append("</p>\n");
            sb.Append("</section>\n");
        }
        sb.Append("</main>\n");
        AppendProvenance(sb);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private void AppendContents(StringBuilder sb)
    {
        sb.Append("<nav class=\"as-toc\" id=\"").Append(ContentsAnchor).Append("\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        foreach (var section in _sections)
        {
            sb.Append("<li>").Append(Link(section.AnchorId, section.Heading));
            var items = section.Blocks.Select(b => b switch
            {
                TableBlock t => Link(HtmlTableRenderer.AnchorId(t.Table), t.Table.Title),
                FigureBlock f => Link(f.Figure.AnchorId, f.Figure.Caption),
                _ => null,
            }).Where(s => s is not null).ToList();
            if (items.Count > 0)
            {
                sb.Append("\n<ol>\n");
                foreach (var i in items) sb.Append("<li>").Append(i).Append("</li>\n");
                sb.Append("</ol>\n");
            }
            sb.Append("</li>\n");
        }
        sb.Append("<li>").Append(Link(DataHandlingAnchor, "Data handling"));
        if (_dataHandlingTables.Count > 0)
        {
            sb.Append("\n<ol>\n");
            foreach (var t in _dataHandlingTables) sb.Append("<li>").Append(Link(HtmlTableRenderer.AnchorId(t), t.Title)).Append("</li>\n");
            sb.Append("</ol>\n");
        }
        sb.Append("</li>\n");
        if (_methods.Count > 0) sb.Append("<li>").Append(Link(MethodsAnchor, "Methods")).Append("</li>\n");
        sb.Append("<li>").Append(Link(ProvenanceAnchor, "Provenance")).Append("</li>\n");
        sb.Append("</ol>\n</nav>\n");
    }

    private void AppendDataHandling(StringBuilder sb, HtmlTableRenderer tables)
    {
        sb.Append("<section id=\"").Append(DataHandlingAnchor).Append("\">\n<h2>Data handling</h2>\n");
        if (_dataHandling.Count == 0 && _dataHandlingTables.Count == 0)
        {
            sb.Append("<p>No exclusions or imputations were recorded.</p>\n");
        }
        else if (_dataHandling.Count > 0)
        {
            sb.Append("<p>Every record or subject excluded from an analysis, and every imputed value, is counted here.</p>\n");
            sb.Append("<table class=\"as-table as-data-handling\">\n<thead>\n<tr><th class=\"as-left\" scope=\"col\">Category</th><th class=\"as-left\" scope=\"col\">Description</th><th class=\"as-right\" scope=\"col\">Count</th></tr>\n</thead>\n<tbody>\n");
            foreach (var item in _dataHandling)
            {
                sb.Append("<tr><td class=\"as-left\">").Append(HtmlText.Content(item.Category))
                  .Append("</td><td class=\"as-left\">").Append(HtmlText.Content(item.Description))
                  .Append("</td><td class=\"as-right\">").Append(item.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        foreach (var t in _dataHandlingTables) sb.Append(tables.Render(t));
        sb.Append("</section>\n");
    }

    private void AppendProvenance(StringBuilder sb)
    {
        var p = Provenance;
        sb.Append("<footer class=\"as-provenance\" id=\"").Append(ProvenanceAnchor).Append("\">\n<h2>Provenance</h2>\n");
        sb.Append("<p>Generated by AsAnalysis ").Append(HtmlText.Content(p.LibraryVersion));
        if (p.GeneratedAt is { } at) sb.Append(" at ").Append(HtmlText.Content(at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        sb.Append(".</p>\n");
        if (p.InputFiles.Count > 0)
        {
            sb.Append("<table class=\"as-table as-input-files\">\n<thead>\n<tr><th class=\"as-left\" scope=\"col\">Input file</th><th class=\"as-left\" scope=\"col\">SHA-256</th></tr>\n</thead>\n<tbody>\n");
            foreach (var f in p.InputFiles)
            {
                sb.Append("<tr><td class=\"as-left\">").Append(HtmlText.Content(f.FileName))
                  .Append("</td><td class=\"as-left as-digest\">").Append(f.Sha256).Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        if (p.Settings.Count > 0)
        {
            sb.Append("<table class=\"as-table as-settings\">\n<thead>\n<tr><th class=\"as-left\" scope=\"col\">Setting</th><th class=\"as-left\" scope=\"col\">Value</th></tr>\n</thead>\n<tbody>\n");
            foreach (var s in p.Settings)
            {
                sb.Append("<tr><td class=\"as-left\">").Append(HtmlText.Content(s.Name))
                  .Append("</td><td class=\"as-left\">").Append(HtmlText.Content(s.Value)).Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        sb.Append("</footer>\n");
    }

    private static string Link(string anchor, string text)
        => "<a href=\"#" + HtmlText.Attribute(anchor) + "\">" + HtmlText.Content(text) + "</a>";
}
