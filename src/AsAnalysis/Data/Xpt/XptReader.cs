using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace AsAnalysis.Data.Xpt;

/// <summary>
/// Reads SAS transport files, XPORT version 5 (the format FDA requires for submitted datasets), following the public
/// record layout of SAS technical note TS-140 "The record layout of a data set in SAS transport (XPORT) format".
/// </summary>
/// <remarks>
/// <para>Layout: 80-byte header records (LIBRARY HEADER, two real header records, then per member MEMBER HEADER,
/// DSCRPTR HEADER, two descriptor records, NAMESTR HEADER with the variable count, one 140-byte NAMESTR per variable
/// (136 bytes on VAX/VMS, taken from the member header) padded to a multiple of 80 bytes, OBS HEADER), then the
/// observations back to back, the last 80-byte record padded with blanks. A file may hold several members; the next
/// member starts at an 80-byte boundary with a MEMBER HEADER record.</para>
/// <para>Values: numbers are IBM 370 hexadecimal floating point of 2 to 8 bytes (see <see cref="XptValue"/>); the missing
/// values <c>.</c>, <c>.A</c>-<c>.Z</c> and <c>._</c> are a first byte of 0x2E, 0x41-0x5A or 0x5F followed by zero bytes;
/// character values lose their trailing blanks (and trailing NUL bytes). Text is decoded as UTF-8 when the bytes are valid
/// UTF-8 (ASCII always is) and as Latin-1 otherwise, since version 5 files carry no encoding.</para>
/// <para>End-of-data rule (the padding ambiguity): after the last whole observation, fewer than 80 bytes of blanks (or NULs)
/// are padding. When the observation length is below 80 bytes, the padding can also hold whole "observations" made of
/// blanks only; a trailing observation is treated as padding, and dropped, when all its bytes are blanks (0x20) and it
/// lies entirely within the final 80 bytes of the data (so the padding stays shorter than 80 bytes). An observation that
/// holds a number is never all blanks in practice (eight blanks would be the number 1.9e-40), so only an all-character
/// dataset whose last observations are entirely blank is affected: those observations cannot be told apart from padding
/// and are dropped, as TS-140 readers do. Anything else left over (a partial observation, non-blank bytes, a file whose
/// length is not a multiple of 80 bytes) is reported as a truncated or damaged file.</para>
/// <para>The variables must tile each observation back to back (positions from byte 0, no gap, no overlap), as every
/// writer lays them out; anything else is reported as damaged NAMESTR records rather than read misaligned.</para>
/// <para>Every problem is reported as a <see cref="TrialDataException"/> whose <see cref="DataProblem"/> names the file,
/// the observation number (0 for header problems, whose reason gives the byte offset), the variable and the offending
/// value. Garbage input never raises any other exception type.</para>
/// </remarks>
public static class XptReader
{
    private const int RecordLength = 80;
    private const string HeaderPrefix = "HEADER RECORD*******";
    private const string LibraryHeader = HeaderPrefix + "LIBRARY HEADER RECORD!!!!!!!";
    private const string LibraryV8Header = HeaderPrefix + "LIBV8   HEADER RECORD!!!!!!!";
    private const string MemberHeader = HeaderPrefix + "MEMBER  HEADER RECORD!!!!!!!";
    private const string MemberV8Header = HeaderPrefix + "MEMBV8  HEADER RECORD!!!!!!!";
    private const string DescriptorHeader = HeaderPrefix + "DSCRPTR HEADER RECORD!!!!!!!";
    private const string NamestrHeader = HeaderPrefix + "NAMESTR HEADER RECORD!!!!!!!";
    private const string ObsHeader = HeaderPrefix + "OBS     HEADER RECORD!!!!!!!";

    /// <summary>Reads a transport file that holds exactly one dataset (one member), as regulatory ADaM files do.</summary>
    /// <param name="path">Path of the <c>.xpt</c> file; its file name is used in problem reports.</param>
    /// <exception cref="TrialDataException">The file is not a valid version 5 transport file, or holds other than one member.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static XptDataset ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a transport stream that holds exactly one dataset (one member).</summary>
    /// <param name="stream">The transport bytes, read to the end.</param>
    /// <param name="fileName">File name used in problem reports.</param>
    /// <exception cref="TrialDataException">The stream is not a valid version 5 transport file, or holds other than one member.</exception>
    public static XptDataset Read(Stream stream, string fileName)
    {
        var all = ReadAll(stream, fileName);
        if (all.Count != 1)
        {
            var names = string.Join(", ", all.Select(d => d.Name));
            throw Problem(fileName, 0, string.Empty, names,
                all.Count == 0
                    ? "the transport file holds no dataset (no MEMBER HEADER record)"
                    : $"the transport file holds {all.Count} datasets; one dataset per file is expected");
        }
        return all[0];
    }

    /// <summary>Reads every dataset (member) of a transport stream, in file order.</summary>
    /// <param name="stream">The transport bytes, read to the end.</param>
    /// <param name="fileName">File name used in problem reports.</param>
    /// <exception cref="TrialDataException">The stream is not a valid version 5 transport file.</exception>
    public static IReadOnlyList<XptDataset> ReadAll(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        byte[] bytes;
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        return new Parser(bytes, fileName).Parse();
    }

    private static TrialDataException Problem(string file, long line, string column, string value, string reason) =>
        new([new DataProblem(file, line, column, value, reason)]);

    private sealed class Parser(byte[] data, string file)
    {
        private static readonly UTF8Encoding StrictUtf8 = new(false, true);

        public IReadOnlyList<XptDataset> Parse()
        {
            if (data.Length == 0) throw Fail(0, "the file is empty; expected a SAS transport (XPORT) file");
            CheckFirstRecord();
            if (data.Length < 3 * RecordLength)
                throw Fail(0, $"the file ends inside the library header ({data.Length} bytes; at least {3 * RecordLength} expected): truncated");
            // Record 2: real header (SAS symbols, version, OS, created); record 3: modified. Contents are informational.
            var members = new List<XptDataset>();
            var pos = 3 * RecordLength;
            while (pos < data.Length) members.Add(ParseMember(ref pos)); // each member's data ends at the next member or the end
            return members;
        }

        private void CheckFirstRecord()
        {
            var head = Text(0, Math.Min(data.Length, RecordLength));
            if (head.StartsWith(LibraryHeader, StringComparison.Ordinal)) return;
            if (head.StartsWith(LibraryV8Header, StringComparison.Ordinal))
                throw Fail(0, "this is a SAS transport version 8 file (LIBV8 header); only version 5 (the FDA format) is supported", Sample(0));
            if (head.StartsWith("**COMPRESSED**", StringComparison.Ordinal))
                throw Fail(0, "this is a PROC CPORT file, not an XPORT transport file; export it with the XPORT engine (version 5)", Sample(0));
            if (data.Length < LibraryHeader.Length && LibraryHeader.StartsWith(head, StringComparison.Ordinal))
                throw Fail(0, "the file ends inside the library header: truncated", Sample(0));
            throw Fail(0, $"not a SAS transport (XPORT version 5) file: the first record should start with '{LibraryHeader}'", Sample(0));
        }

        private XptDataset ParseMember(ref int pos)
        {
            ExpectHeader(pos, MemberHeader, "MEMBER HEADER");
            var namestrLength = ParseDigits(pos, 74, 4, "NAMESTR record length in the MEMBER HEADER");
            if (namestrLength is not (140 or 136))
                throw Fail(0, $"unsupported NAMESTR record length {namestrLength} in the MEMBER HEADER at byte {pos} (140, or 136 on VAX/VMS, expected)", Sample(pos));
            pos += RecordLength;
            ExpectHeader(pos, DescriptorHeader, "DSCRPTR HEADER");
            pos += RecordLength;
            Need(pos, 2 * RecordLength, "member descriptor");
            var name = Text(pos + 8, 8).TrimEnd();
            var version = Text(pos + 24, 8).TrimEnd();
            var os = Text(pos + 32, 8).TrimEnd();
            var created = ParseTimestamp(Text(pos + 64, 16));
            pos += RecordLength;
            var modified = ParseTimestamp(Text(pos, 16));
            var label = Text(pos + 32, 40).TrimEnd();
            var type = Text(pos + 72, 8).TrimEnd();
            pos += RecordLength;
            ExpectHeader(pos, NamestrHeader, "NAMESTR HEADER");
            var count = ParseDigits(pos, 54, 4, "variable count in the NAMESTR HEADER");
            pos += RecordLength;
            var namestrBytes = (long)count * namestrLength;
            Need(pos, namestrBytes, $"the {count} variable descriptions (NAMESTR records) of {name}");
            var variables = new XptVariable[count];
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < count; i++)
            {
                variables[i] = ParseNamestr(pos + i * namestrLength, i, name);
                if (!index.TryAdd(variables[i].Name, i))
                    throw Fail(0, $"duplicate variable name in dataset {name}", variables[i].Name, variables[i].Name);
            }
            pos += (int)RoundUp(namestrBytes);
            ExpectHeader(pos, ObsHeader, "OBS HEADER");
            pos += RecordLength;

            var observationLength = CheckLayout(variables, name);
            var dataStart = pos;
            var dataEnd = FindNextMember(dataStart);
            var records = ReadObservations(dataStart, dataEnd, observationLength, variables, index);
            pos = dataEnd;
            return new XptDataset(file, name, label, type, version, os, created, modified, variables, records, index);
        }

        private XptVariable ParseNamestr(int at, int i, string member)
        {
            var span = data.AsSpan(at, 140 - 4); // the first 88 bytes are common to the 140- and 136-byte layouts
            var ntype = BinaryPrimitives.ReadInt16BigEndian(span);
            var length = BinaryPrimitives.ReadInt16BigEndian(span[4..]);
            var number = BinaryPrimitives.ReadInt16BigEndian(span[6..]);
            var name = Text(at + 8, 8).TrimEnd();
            var label = Text(at + 16, 40).TrimEnd();
            var formatName = Text(at + 56, 8).TrimEnd();
            var formatWidth = BinaryPrimitives.ReadInt16BigEndian(span[64..]);
            var formatDecimals = BinaryPrimitives.ReadInt16BigEndian(span[66..]);
            var informatName = Text(at + 72, 8).TrimEnd();
            var informatWidth = BinaryPrimitives.ReadInt16BigEndian(span[80..]);
            var informatDecimals = BinaryPrimitives.ReadInt16BigEndian(span[82..]);
            var position = BinaryPrimitives.ReadInt32BigEndian(span[84..]);
            var where = $"variable {i + 1} of {member} (NAMESTR at byte {at})";
            if (name.Length == 0 || name.TrimStart().Length != name.Length || name.Any(c => c < 0x21 || c > 0x7E))
                throw Fail(0, $"invalid variable name in {where}", Sample(at + 8, 8), name);
            if (ntype is not (1 or 2))
                throw Fail(0, $"invalid variable type {ntype} in {where} (1 = numeric, 2 = character)", ntype.ToString(CultureInfo.InvariantCulture), name);
            if (ntype == 1 && length is < 2 or > 8)
                throw Fail(0, $"invalid length {length} of numeric {where} (2 to 8 bytes)", length.ToString(CultureInfo.InvariantCulture), name);
            if (ntype == 2 && length < 1)
                throw Fail(0, $"invalid length {length} of character {where} (at least 1 byte)", length.ToString(CultureInfo.InvariantCulture), name);
            if (position < 0)
                throw Fail(0, $"invalid position {position} of {where}", position.ToString(CultureInfo.InvariantCulture), name);
            // Format widths and decimals are informational; negative garbage is reported rather than trusted.
            if (formatWidth < 0 || formatDecimals < 0 || informatWidth < 0 || informatDecimals < 0)
                throw Fail(0, $"invalid format width or decimals in {where}", $"{formatWidth}.{formatDecimals}", name);
            return new XptVariable(number, name, label, (XptVariableType)ntype, length, position,
                new XptFormat(formatName, formatWidth, formatDecimals), new XptFormat(informatName, informatWidth, informatDecimals));
        }

        /// <summary>
        /// Checks that the values tile the observation without overlaps or gaps (every writer packs them back to back;
        /// a gap or an overlap means damaged NAMESTR records, and reading on would misalign every value silently).
        /// </summary>
        private int CheckLayout(XptVariable[] variables, string member)
        {
            long expected = 0;
            XptVariable? prev = null;
            foreach (var v in variables.OrderBy(v => v.Position).ThenBy(v => v.Number))
            {
                var value = v.Position.ToString(CultureInfo.InvariantCulture);
                if (v.Position < expected)
                    throw Fail(0, $"variable {v.Name} (bytes {v.Position}-{v.Position + v.Length - 1}) overlaps {prev!.Name} (bytes {prev.Position}-{prev.Position + prev.Length - 1}) in {member}: damaged NAMESTR records", value, v.Name);
                if (v.Position > expected)
                    throw Fail(0, prev is null
                        ? $"the first variable {v.Name} starts at byte {v.Position} of the observation, not 0, in {member}: damaged NAMESTR records"
                        : $"a gap of {v.Position - expected} bytes between {prev.Name} (ends at byte {expected - 1}) and {v.Name} (starts at byte {v.Position}) in {member}: damaged NAMESTR records", value, v.Name);
                expected = (long)v.Position + v.Length;
                prev = v;
            }
            if (expected > int.MaxValue / 2)
                throw Fail(0, $"observation length {expected} of {member} is implausible: damaged NAMESTR records", expected.ToString(CultureInfo.InvariantCulture));
            return (int)expected;
        }

        /// <summary>The end of this member's observations: the next MEMBER HEADER at an 80-byte boundary, or the end of the file.</summary>
        private int FindNextMember(int from)
        {
            for (var p = from; p + RecordLength <= data.Length; p += RecordLength)
            {
                if (data[p] == (byte)'H' && StartsWith(p, MemberHeader)) return p;
                if (data[p] == (byte)'H' && StartsWith(p, MemberV8Header))
                    throw Fail(0, $"a version 8 member header at byte {p}; only version 5 is supported", Sample(p));
            }
            return data.Length;
        }

        private List<XptRecord> ReadObservations(int start, int end, int length, XptVariable[] variables, Dictionary<string, int> index)
        {
            var size = end - start;
            var records = new List<XptRecord>();
            if (length == 0)
            {
                if (!IsAllPadding(start, end))
                    throw Fail(1, "the dataset has no variables but its observation section holds data: damaged file", Sample(start));
                return records;
            }
            var count = size / length;
            var leftover = size - count * length;
            if (end == data.Length && data.Length % RecordLength != 0)
                throw Fail(count + 1, $"the file is truncated: its length ({data.Length} bytes) is not a multiple of 80, "
                    + (leftover > 0 ? $"and observation {count + 1} has only {leftover} of its {length} bytes" : $"and it ends after observation {count} inside an 80-byte record"),
                    Sample(start + count * length));
            if (leftover >= RecordLength || !IsAllPadding(start + count * length, end))
                throw Fail(count + 1, $"observation {count + 1} is incomplete: {leftover} of its {length} bytes before the {(end == data.Length ? "end of the file" : "next member")} (truncated or damaged file)", Sample(start + count * length));
            while (count > 0 && leftover + length < RecordLength && IsAllBlank(start + (count - 1) * length, length))
            {
                count--;
                leftover += length;
            }
            records.Capacity = count;
            for (var r = 0; r < count; r++)
            {
                var at = start + r * length;
                var values = new XptValue[variables.Length];
                for (var v = 0; v < variables.Length; v++)
                {
                    var variable = variables[v];
                    var field = data.AsSpan(at + variable.Position, variable.Length);
                    if (variable.Type == XptVariableType.Numeric)
                    {
                        var number = IbmFloat.Decode(field, out var missing);
                        values[v] = missing == '\0' ? XptValue.FromNumber(number) : XptValue.FromMissing(missing);
                    }
                    else
                    {
                        values[v] = XptValue.FromText(DecodeText(field));
                    }
                }
                records.Add(new XptRecord(r + 1, values, index));
            }
            return records;
        }

        private static string DecodeText(ReadOnlySpan<byte> field)
        {
            var n = field.Length;
            while (n > 0 && field[n - 1] is 0x20 or 0x00) n--;
            field = field[..n];
            if (n == 0) return string.Empty;
            var ascii = true;
            foreach (var b in field)
            {
                if (b >= 0x80) { ascii = false; break; }
            }
            if (ascii) return Encoding.ASCII.GetString(field);
            try
            {
                return StrictUtf8.GetString(field);
            }
            catch (DecoderFallbackException)
            {
                return Encoding.Latin1.GetString(field);
            }
        }

        private void ExpectHeader(int pos, string expected, string what)
        {
            if (pos + RecordLength > data.Length)
                throw Fail(0, $"the file ends where the {what} record was expected (byte {pos}): truncated", Sample(pos));
            if (!StartsWith(pos, expected))
                throw Fail(0, $"expected the {what} record at byte {pos} ('{expected}'); found other bytes: malformed or damaged file", Sample(pos));
        }

        private int ParseDigits(int pos, int offset, int width, string what)
        {
            var s = Text(pos + offset, width);
            if (s.Length != width || !s.All(char.IsAsciiDigit))
                throw Fail(0, $"the {what} (byte {pos + offset}) is not a {width}-digit number", s);
            return int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        private void Need(int pos, long bytes, string what)
        {
            if (pos + bytes > data.Length)
                throw Fail(0, $"the file ends inside {what} (byte {pos}, {bytes} bytes expected, {Math.Max(0, data.Length - pos)} present): truncated", Sample(pos));
        }

        private static long RoundUp(long n) => (n + RecordLength - 1) / RecordLength * RecordLength;

        private bool StartsWith(int pos, string s)
        {
            if (pos + s.Length > data.Length) return false;
            for (var i = 0; i < s.Length; i++)
                if (data[pos + i] != (byte)s[i]) return false;
            return true;
        }

        private bool IsAllPadding(int from, int to)
        {
            for (var i = from; i < to; i++)
                if (data[i] is not (0x20 or 0x00)) return false;
            return true;
        }

        private bool IsAllBlank(int from, int length)
        {
            for (var i = from; i < from + length; i++)
                if (data[i] != 0x20) return false;
            return true;
        }

        private string Text(int pos, int length)
        {
            if (pos >= data.Length) return string.Empty;
            length = Math.Min(length, data.Length - pos);
            return Encoding.Latin1.GetString(data, pos, length);
        }

        /// <summary>Up to 48 bytes at <paramref name="pos"/> as printable text (other bytes as <c>\xNN</c>) for problem reports.</summary>
        private string Sample(int pos, int length = 48)
        {
            if (pos >= data.Length) return string.Empty;
            var sb = new StringBuilder();
            for (var i = pos; i < Math.Min(data.Length, pos + length); i++)
            {
                var b = data[i];
                if (b is >= 0x20 and < 0x7F) sb.Append((char)b);
                else sb.Append("\\x").Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            return sb.ToString().TrimEnd();
        }

        private TrialDataException Fail(long record, string reason, string value = "", string variable = "") =>
            Problem(file, record, variable, value, reason);

        private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

        /// <summary>Parses <c>ddMMMyy:hh:mm:ss</c>; two-digit years 40-99 are 1940-1999 and 00-39 are 2000-2039.</summary>
        private static DateTime? ParseTimestamp(string s)
        {
            if (s.Length != 16 || s[2 + 3 + 2] != ':' || s[10] != ':' || s[13] != ':') return null;
            if (!TryTwo(s, 0, out var day) || !TryTwo(s, 5, out var yy) || !TryTwo(s, 8, out var hh) || !TryTwo(s, 11, out var mm) || !TryTwo(s, 14, out var ss))
                return null;
            var month = Array.IndexOf(Months, s.Substring(2, 3).ToUpperInvariant()) + 1;
            if (month == 0) return null;
            var year = yy >= 40 ? 1900 + yy : 2000 + yy;
            if (day < 1 || day > DateTime.DaysInMonth(year, month) || hh > 23 || mm > 59 || ss > 59) return null;
            return new DateTime(year, month, day, hh, mm, ss, DateTimeKind.Unspecified);
        }

        private static bool TryTwo(string s, int at, out int value)
        {
            value = 0;
            if (!char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1])) return false;
            value = (s[at] - '0') * 10 + (s[at + 1] - '0');
            return true;
        }
    }
}
