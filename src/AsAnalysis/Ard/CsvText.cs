using System.Text;
using System.Text.RegularExpressions;

namespace AsAnalysis.Ard;

/// <summary>
/// CSV field handling shared by ard.csv and the CSV tables: RFC 4180 quoting and the spreadsheet
/// formula-injection rule.
/// <para><b>Neutralisation rule.</b> A text cell gets a single quote <c>'</c> prepended when
/// (a) its first character is <c>'</c> itself (so that the rule can be reversed), or
/// (b) its first character that is not a space is one of <c>= + - @</c>, tab, carriage return, or the
/// full-width forms <c>＝ ＋ － ＠</c> — unless the first such character is <c>+</c> or <c>-</c> and the
/// whole cell (spaces trimmed) is a plain number or a formatted statistic that contains only numbers,
/// i.e. matches <c>NUM</c>, <c>NUM (NUM)</c> or <c>NUM (NUM, NUM)</c> with
/// <c>NUM = [+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?</c>. So <c>-3</c>, <c>-0.12</c>, <c>-1E-05</c> and
/// <c>-5.2 (-10.3, 0.1)</c> are kept, while <c>-2+3</c>, <c>+cmd</c>, <c>=HYPERLINK(…)</c> and <c>@SUM(1)</c>
/// become <c>'-2+3</c>, <c>'+cmd</c>, … . Kept cells contain no letters, quotes or reference syntax,
/// so a spreadsheet cannot turn them into a function call or a link.
/// <see cref="Restore"/> removes exactly one leading quote, so <c>Restore(Neutralise(s)) == s</c> for every s.</para>
/// </summary>
public static partial class CsvText
{
    private const string Num = @"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?";

    [GeneratedRegex("^" + Num + @"(?: \(" + Num + @"(?:, " + Num + @")?\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericCellRegex();

    /// <summary>True when <paramref name="text"/> is a plain number or a numbers-only statistic such as <c>-5.2 (-10.3, 0.1)</c> (see the class remarks).</summary>
    /// <param name="text">Cell text.</param>
    public static bool IsNumericText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NumericCellRegex().IsMatch(text);
    }

    /// <summary>True when the neutralisation rule (class remarks) prepends a quote to <paramref name="text"/>.</summary>
    /// <param name="text">Cell text.</param>
    public static bool NeedsNeutralising(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return false;
        if (text[0] == '\'') return true;
        var trimmed = text.TrimStart(' ');
        if (trimmed.Length == 0) return false;
        var c = trimmed[0];
        switch (c)
        {
            case '=' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF20' or '\uFF0B' or '\uFF0D':
                return true;
            case '+' or '-':
                return !IsNumericText(trimmed.TrimEnd(' '));
            default:
                return false;
        }
    }

    /// <summary>Applies the neutralisation rule: prepends <c>'</c> when <see cref="NeedsNeutralising"/> is true.</summary>
    /// <param name="text">Cell text.</param>
    public static string Neutralise(string text) => NeedsNeutralising(text) ? "'" + text : text;

    /// <summary>Reverses <see cref="Neutralise"/>: removes one leading <c>'</c> when present.</summary>
    /// <param name="text">Cell text as read from the file.</param>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] == '\'' ? text[1..] : text;
    }

    /// <summary>
    /// RFC 4180 quoting: a field that contains a comma, a double quote, CR or LF, or that begins or ends with a
    /// space or tab, is enclosed in double quotes with inner quotes doubled; other fields are written as they are.
    /// </summary>
    /// <param name="field">Field text (already neutralised where wanted).</param>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var needs = field.Length > 0 && (field[0] is ' ' or '\t' || field[^1] is ' ' or '\t');
        if (!needs)
        {
            foreach (var c in field)
            {
                if (c is ',' or '"' or '\r' or '\n') { needs = true; break; }
            }
        }
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>Appends one record: fields quoted by <see cref="Quote"/>, comma separated, ending in "\n".</summary>
    internal static void AppendRecord(StringBuilder sb, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append(Quote(f));
        }
        sb.Append('\n');
    }

    /// <summary>
    /// Parses RFC 4180 text (LF or CRLF line ends, quoted fields with embedded separators, quotes and line breaks).
    /// Returns records with their 1-based starting line numbers. A trailing line end does not make an empty record.
    /// </summary>
    /// <exception cref="FormatException">A quote inside an unquoted field, text after a closing quote, or an unterminated quoted field.</exception>
    internal static List<(int Line, List<string> Fields)> Parse(string text)
    {
        var records = new List<(int, List<string>)>();
        var i = 0;
        var line = 1;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;
        while (i < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var sb = new StringBuilder();
            while (true)
            {
                sb.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length) throw new FormatException($"Line {startLine}: unterminated quoted field.");
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                            i++;
                            break;
                        }
                        if (c == '\n') line++;
                        sb.Append(c);
                        i++;
                    }
                    if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                        throw new FormatException($"Line {line}: unexpected character after a closing quote.");
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                    {
                        if (text[i] == '"') throw new FormatException($"Line {line}: a double quote inside an unquoted field.");
                        sb.Append(text[i]);
                        i++;
                    }
                }
                fields.Add(sb.ToString());
                if (i < text.Length && text[i] == ',') { i++; continue; }
                if (i < text.Length && text[i] == '\r') i++;
                if (i < text.Length && text[i] == '\n') { i++; line++; }
                break;
            }
            records.Add((startLine, fields));
        }
        return records;
    }
}
