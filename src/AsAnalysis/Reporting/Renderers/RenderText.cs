using System.Text;

namespace AsAnalysis.Reporting.Renderers;

/// <summary>Text clean-up shared by the renderers.</summary>
internal static class RenderText
{
    /// <summary>
    /// Normalises line ends (CRLF and CR become LF) and replaces every other C0/C1 control character
    /// (tab kept), DEL and unpaired surrogate with U+FFFD, so that every output format gets valid text.
    /// </summary>
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c is '\n' or '\t') sb.Append(c);
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[i + 1]); i++; }
                else sb.Append('\uFFFD');
            }
            else if (char.IsLowSurrogate(c) || IsBadControl(c)) sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The cleaned text split at line ends.</summary>
    public static string[] Lines(string text) => Clean(text).Split('\n');

    private static bool IsBadControl(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F';

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if ((IsBadControl(c) && c is not ('\t' or '\n')) || char.IsSurrogate(c)) return true;
        }
        return false;
    }
}
