using AsAnalysis.Reporting.Tables;

namespace AsAnalysis.Reporting.Html;

/// <summary>A prose paragraph (plain text; escaped when rendered; line breaks kept).</summary>
public sealed class ParagraphBlock : ReportBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">Text, non-blank.</param>
    public ParagraphBlock(string text)
    {
        ReportTable.ValidateText(text, nameof(text));
        Text = text;
    }

    /// <summary>The text.</summary>
    public string Text { get; }
}
