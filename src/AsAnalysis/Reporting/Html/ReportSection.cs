using System.Collections.Immutable;
using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Html;

/// <summary>
/// An immutable report section: id, heading and blocks in order. <c>Add…</c> methods return a new section.
/// Table ids and figure ids must be unique within the section (and, when added to a report, within the report).
/// </summary>
public sealed class ReportSection
{
    private readonly ImmutableList<ReportBlock> _blocks;

    private ReportSection(string id, string heading, ImmutableList<ReportBlock> blocks)
    {
        Id = id;
        Heading = heading;
        _blocks = blocks;
    }

    /// <summary>Creates an empty section.</summary>
    /// <param name="id">Id slug (rule of <see cref="ReportTable.IsValidId"/>); the HTML anchor is <c>sec-{id}</c>.</param>
    /// <param name="heading">Heading, non-blank.</param>
    public static ReportSection Create(string id, string heading)
    {
        ReportTable.ValidateId(id, nameof(id));
        ReportTable.ValidateText(heading, nameof(heading));
        return new ReportSection(id, heading, []);
    }

    /// <summary>Id slug.</summary>
    public string Id { get; }

    /// <summary>The HTML anchor id, <c>sec-{id}</c>.</summary>
    public string AnchorId => "sec-" + Id;

    /// <summary>Heading.</summary>
    public string Heading { get; }

    /// <summary>Blocks in order.</summary>
    public IReadOnlyList<ReportBlock> Blocks => _blocks;

    /// <summary>A copy with a paragraph appended.</summary>
    /// <param name="text">Plain text, non-blank.</param>
    public ReportSection AddParagraph(string text) => new(Id, Heading, _blocks.Add(new ParagraphBlock(text)));

    /// <summary>A copy with a table appended.</summary>
    /// <param name="table">The table; its id must not already be used in this section.</param>
    /// <exception cref="ArgumentException">Duplicate table id.</exception>
    public ReportSection AddTable(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (AnchorIds().Contains(HtmlAnchor.Table(table.Id))) throw new ArgumentException($"Table id '{table.Id}' is already used.", nameof(table));
        return new(Id, Heading, _blocks.Add(new TableBlock(table)));
    }

    /// <summary>A copy with a figure appended.</summary>
    /// <param name="figure">The figure; its id must not already be used in this section.</param>
    /// <exception cref="ArgumentException">Duplicate figure id.</exception>
    public ReportSection AddFigure(HtmlFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (AnchorIds().Contains(figure.AnchorId)) throw new ArgumentException($"Figure id '{figure.Id}' is already used.", nameof(figure));
        return new(Id, Heading, _blocks.Add(new FigureBlock(figure)));
    }

    /// <summary>The HTML anchors used by the section and its blocks.</summary>
    internal IEnumerable<string> AnchorIds()
    {
        yield return AnchorId;
        foreach (var b in _blocks)
        {
            switch (b)
            {
                case TableBlock t: yield return HtmlAnchor.Table(t.Table.Id); break;
                case FigureBlock f: yield return f.Figure.AnchorId; break;
            }
        }
    }
}
