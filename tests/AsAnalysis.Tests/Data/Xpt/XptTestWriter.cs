using System.Buffers.Binary;
using System.Text;
using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

/// <summary>
/// Test-side writer of SAS transport (XPORT v5) files, written independently of the reader from SAS TS-140
/// ("The record layout of a data set in SAS transport (XPORT) format"): 80-byte header records, 140-byte NAMESTRs,
/// IBM 370 doubles truncated to the variable length, observations padded with blanks to a multiple of 80 bytes.
/// Row values: double (number), <see cref="Missing"/> or null (numeric missing '.'), string (character).
/// </summary>
internal static class XptTestWriter
{
    public const string Created = "30MAY18:09:31:18";

    public static byte[] Write(string member, string label, IReadOnlyList<TestVariable> variables, IReadOnlyList<object?[]> rows) =>
        WriteLibrary(new TestMember(member, label, variables, rows));

    public static byte[] WriteLibrary(params TestMember[] members) => WriteLibrary(140, members);

    /// <summary>Writes with 140-byte NAMESTRs, or 136-byte ones as VAX/VMS SAS did.</summary>
    public static byte[] WriteLibrary(int namestrLength, params TestMember[] members)
    {
        var o = new MemoryStream();
        Record(o, "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!000000000000000000000000000000");
        Record(o, "SAS     SAS     SASLIB  9.4     X64_SRV1" + new string(' ', 24) + Created);
        Record(o, Created);
        foreach (var m in members) WriteMember(o, m, namestrLength);
        return o.ToArray();
    }

    private static void WriteMember(MemoryStream o, TestMember m, int namestrLength)
    {
        Record(o, "HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!00000000000000000160000000" + namestrLength.ToString("D4"));
        Record(o, "HEADER RECORD*******DSCRPTR HEADER RECORD!!!!!!!000000000000000000000000000000");
        Record(o, "SAS     " + m.Name.PadRight(8) + "SASDATA 9.4     X64_SRV1" + new string(' ', 24) + Created);
        Record(o, Created + new string(' ', 16) + m.Label.PadRight(40) + "        ");
        Record(o, "HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!000000" + m.Variables.Count.ToString("D4") + "00000000000000000000");
        var names = new MemoryStream();
        var pos = 0;
        for (var i = 0; i < m.Variables.Count; i++)
        {
            var v = m.Variables[i];
            var ns = new byte[140];
            BinaryPrimitives.WriteInt16BigEndian(ns.AsSpan(0), (short)(v.Type == XptVariableType.Numeric ? 1 : 2));
            BinaryPrimitives.WriteInt16BigEndian(ns.AsSpan(4), (short)v.Length);
            BinaryPrimitives.WriteInt16BigEndian(ns.AsSpan(6), (short)(i + 1));
            Ascii(v.Name, 8).CopyTo(ns, 8);
            Ascii(v.Label, 40).CopyTo(ns, 16);
            Ascii(v.Format, 8).CopyTo(ns, 56);
            BinaryPrimitives.WriteInt16BigEndian(ns.AsSpan(64), (short)v.FormatWidth);
            BinaryPrimitives.WriteInt16BigEndian(ns.AsSpan(66), (short)v.FormatDecimals);
            Ascii("", 8).CopyTo(ns, 72);
            BinaryPrimitives.WriteInt32BigEndian(ns.AsSpan(84), pos);
            pos += v.Length;
            names.Write(ns, 0, namestrLength);
        }
        Pad(names);
        names.WriteTo(o);
        Record(o, "HEADER RECORD*******OBS     HEADER RECORD!!!!!!!000000000000000000000000000000");
        var data = new MemoryStream();
        foreach (var row in m.Rows)
        {
            for (var i = 0; i < m.Variables.Count; i++)
            {
                var v = m.Variables[i];
                var value = row[i];
                if (v.Type == XptVariableType.Character) data.Write(Latin1((string?)value ?? "", v.Length));
                else if (value is double d) data.Write(ToIbm(d, v.Length));
                else data.Write(MissingBytes(value is Missing mv ? mv.Code : '.', v.Length));
            }
        }
        Pad(data);
        data.WriteTo(o);
    }

    /// <summary>IEEE double to IBM 370 double (exact for every double in the IBM range), truncated to <paramref name="length"/> bytes.</summary>
    public static byte[] ToIbm(double x, int length = 8)
    {
        var result = new byte[8];
        if (x != 0)
        {
            var bits = BitConverter.DoubleToInt64Bits(x);
            var negative = bits < 0;
            var biased = (int)((bits >> 52) & 0x7FF);
            if (biased == 0 || biased == 0x7FF) throw new ArgumentOutOfRangeException(nameof(x), "subnormal or non-finite");
            var m = (ulong)(bits & 0xF_FFFF_FFFF_FFFF) | (1UL << 52); // x = m * 2^p, m in [2^52, 2^53)
            var p = biased - 1075;
            var s = ((p + 56) % 4 + 4) % 4;                            // shift so that p - s + 56 is a multiple of 4
            var f = m << s;                                            // 56-bit fraction, first hex digit non-zero
            var e = (p - s + 56) / 4 + 64;                             // x = f * 2^-56 * 16^(e-64)
            if (e is < 0 or > 127) throw new ArgumentOutOfRangeException(nameof(x), "outside the IBM range");
            BinaryPrimitives.WriteUInt64BigEndian(result, f);
            result[0] = (byte)((negative ? 0x80 : 0) | e);
        }
        return result[..length];
    }

    public static byte[] MissingBytes(char code, int length)
    {
        var b = new byte[length];
        b[0] = (byte)code;
        return b;
    }

    private static byte[] Ascii(string s, int length) => Latin1(s, length);

    private static byte[] Latin1(string s, int length)
    {
        var b = Encoding.Latin1.GetBytes(s);
        if (b.Length > length) throw new ArgumentException($"'{s}' longer than {length}");
        var r = Enumerable.Repeat((byte)' ', length).ToArray();
        b.CopyTo(r, 0);
        return r;
    }

    private static void Record(MemoryStream o, string text)
    {
        if (text.Length > 80) throw new ArgumentException("record longer than 80: " + text);
        o.Write(Encoding.ASCII.GetBytes(text.PadRight(80)));
    }

    private static void Pad(MemoryStream s)
    {
        while (s.Length % 80 != 0) s.WriteByte((byte)' ');
    }
}
