using System.Collections.Concurrent;
using System.Text;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// The character encoding codes of the SAS7BDAT header (byte 70) and the .NET encodings that decode them. The codes
/// and SAS names come from the public descriptions of the format (the sas7bdat reverse-engineering notes and the
/// encoding tables of open-source readers), checked against SAS-written files named after their encoding. Code pages
/// beyond UTF-8, ASCII and Latin-1 come from <see cref="CodePagesEncodingProvider"/> (part of .NET; nothing is
/// registered process-wide). A code page of 0 marks an encoding .NET does not provide.
/// </summary>
internal static class Sas7bdatEncodings
{
    /// <summary>One entry: the SAS encoding name and the .NET code page (0 = not available in .NET).</summary>
    internal readonly record struct Entry(string SasName, int CodePage, string Note = "");

    /// <summary>Every known code. Kept in code order; docs/input-formats-sas7bdat.md lists the same table.</summary>
    internal static readonly IReadOnlyDictionary<int, Entry> Table = new Dictionary<int, Entry>
    {
        [0] = new("(unspecified)", 1252, "SAS writes 0 when the session encoding was not recorded; read as wlatin1, the SAS default"),
        [20] = new("utf-8", 65001),
        [28] = new("us-ascii", 20127),
        [29] = new("latin1", 28591),
        [30] = new("latin2", 28592),
        [31] = new("latin3", 28593),
        [32] = new("latin4", 28594),
        [33] = new("cyrillic", 28595),
        [34] = new("arabic", 28596),
        [35] = new("greek", 28597),
        [36] = new("hebrew", 28598),
        [37] = new("latin5", 28599),
        [39] = new("thai", 874, "ISO-8859-11 read as Windows-874, which agrees with it on every ISO-8859-11 character"),
        [40] = new("latin9", 28605),
        [41] = new("pcoem437", 437),
        [42] = new("pcoem850", 850),
        [43] = new("pcoem852", 852),
        [44] = new("pcoem857", 857),
        [45] = new("pcoem858", 858),
        [46] = new("pcoem862", 862),
        [47] = new("pcoem864", 864),
        [48] = new("pcoem865", 865),
        [49] = new("pcoem866", 866),
        [50] = new("pcoem869", 869),
        [51] = new("pcoem874", 874),
        [52] = new("pcoem921", 0),
        [53] = new("pcoem922", 0),
        [54] = new("pcoem1129", 0),
        [55] = new("pcoem720", 720),
        [56] = new("pcoem737", 737),
        [57] = new("pcoem775", 775),
        [58] = new("pcoem860", 860),
        [59] = new("pcoem863", 863),
        [60] = new("wlatin2", 1250),
        [61] = new("wcyrillic", 1251),
        [62] = new("wlatin1", 1252),
        [63] = new("wgreek", 1253),
        [64] = new("wturkish", 1254),
        [65] = new("whebrew", 1255),
        [66] = new("warabic", 1256),
        [67] = new("wbaltic", 1257),
        [68] = new("wvietnamese", 1258),
        [69] = new("macroman", 10000),
        [70] = new("macarabic", 10004),
        [71] = new("machebrew", 10005),
        [72] = new("macgreek", 10006),
        [73] = new("macthai", 10021),
        [75] = new("macturkish", 10081),
        [76] = new("macukraine", 10017),
        [118] = new("ms-950", 950),
        [119] = new("euc-tw", 0),
        [123] = new("big5", 950),
        [125] = new("euc-cn", 936, "EUC-CN (GB 2312) read as GBK (code page 936), a superset"),
        [126] = new("ms-936", 936),
        [128] = new("zpce (cp1381)", 0),
        [134] = new("euc-jp", 51932),
        [136] = new("ms-932", 932),
        [137] = new("ibm-942", 0),
        [138] = new("shift-jis", 932),
        [140] = new("euc-kr", 51949),
        [141] = new("ms-949", 949),
        [142] = new("kpce (ibm-949)", 949),
        [163] = new("macicelandic", 10079),
        [167] = new("iso-2022-jp", 50220),
        [168] = new("iso-2022-kr", 50225),
        [169] = new("iso-2022-cn", 0),
        [172] = new("iso-2022-cn-ext", 0),
        [204] = new("any", 1252, "no encoding recorded; read as wlatin1"),
        [205] = new("gb18030", 54936),
        [227] = new("latin8", 0),
        [242] = new("latin7", 28603),
        [245] = new("maccroatian", 10082),
        [246] = new("maccyrillic", 10007),
        [247] = new("macromania", 10010),
        [248] = new("shift-jisx0213", 0),
    };

    /// <summary>
    /// The strict encoding for a header code (invalid bytes throw <see cref="DecoderFallbackException"/>), or null when
    /// the code is unknown or .NET has no such code page.
    /// </summary>
    public static Encoding? Strict(int code) =>
        Table.TryGetValue(code, out var e) && e.CodePage != 0 ? Get(e.CodePage) : null;

    /// <summary>The SAS name of a code, or <c>unknown</c>.</summary>
    public static string SasName(int code) => Table.TryGetValue(code, out var e) ? e.SasName : "unknown";

    private static readonly ConcurrentDictionary<int, Encoding?> Cache = new();

    /// <summary>A code page with exception fallbacks, from the built-in encodings or <see cref="CodePagesEncodingProvider"/> (made once per code page).</summary>
    internal static Encoding? Get(int codePage) => Cache.GetOrAdd(codePage, Create);

    private static Encoding? Create(int codePage)
    {
        var encoder = EncoderFallback.ExceptionFallback;
        var decoder = DecoderFallback.ExceptionFallback;
        return codePage switch
        {
            65001 => new UTF8Encoding(false, true),
            20127 => Encoding.GetEncoding(20127, encoder, decoder),
            28591 => Encoding.GetEncoding(28591, encoder, decoder),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage, encoder, decoder),
        };
    }

    /// <summary>A copy of <paramref name="encoding"/> whose decoder throws on invalid bytes.</summary>
    internal static Encoding MakeStrict(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = DecoderFallback.ExceptionFallback;
        return copy;
    }

    /// <summary>A copy of <paramref name="encoding"/> whose decoder replaces invalid bytes with U+FFFD (for names and labels).</summary>
    internal static Encoding MakeLenient(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        return copy;
    }

    /// <summary>True when every byte below 0x80 decodes to the same ASCII character (so an all-ASCII field can be decoded without the encoding).</summary>
    internal static bool IsAsciiCompatible(Encoding encoding) =>
        encoding.CodePage is 65001 or 20127 or 28591 or 28592 or 28593 or 28594 or 28595 or 28596 or 28597 or 28598 or 28599
            or 28603 or 28605 or (>= 1250 and <= 1258) or 874 or 932 or 936 or 949 or 950 or 51932 or 51949 or 54936
            or 437 or 720 or 737 or 775 or 850 or 852 or 857 or 858 or 860 or 862 or 863 or 865 or 866 or 869
            or (>= 10000 and <= 10082);
}
