using System.Text;

namespace AsAnalysis.Reporting.Renderers;

/// <summary>HTML escaping: every data value written into HTML goes through one of these.</summary>
public static class HtmlText
{
    /// <summary>
    /// Escapes text for element content: <c>&amp; &lt; &gt; " '</c> become <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;#39;</c>,
    /// line breaks become <c>&lt;br&gt;</c>, other control characters and unpaired surrogates become U+FFFD.
    /// </summary>
    /// <param name="text">Text.</param>
    public static string Content(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        AppendEscaped(sb, RenderText.Clean(text), "<br>");
        return sb.ToString();
    }

    /// <summary>Escapes text for a double-quoted attribute value (as <see cref="Content"/>, line breaks as <c>&amp;#10;</c>).</summary>
    /// <param name="text">Text.</param>
    public static string Attribute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        AppendEscaped(sb, RenderText.Clean(text), "&#10;");
        return sb.ToString();
    }

    private static void AppendEscaped(StringBuilder sb, string clean, string newline)
    {
        foreach (var c in clean)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\n': sb.Append(newline); break;
                default: sb.Append(c); break;
            }
        }
    }
}
