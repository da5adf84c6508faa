namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// Encoders for the two row compressions, the inverses of <see cref="Sas7bdatDecompression"/>, used by
/// <see cref="Sas7bdatWriter"/> for the reader's tests and benchmarks. They are simple greedy encoders written from the
/// documented command sets (not SAS's own compressor, so the byte streams differ from SAS's but decode the same way).
/// </summary>
internal static class Sas7bdatCompressors
{
    /// <summary>RLE: runs of 2+ blanks, zeros or '@' and 3+ other bytes become insert commands; the rest is copied.</summary>
    public static byte[] Rle(ReadOnlySpan<byte> row)
    {
        var o = new List<byte>(row.Length + row.Length / 8 + 4);
        var literal = 0;
        var i = 0;
        while (i < row.Length)
        {
            var b = row[i];
            var run = 1;
            while (i + run < row.Length && row[i + run] == b && run < 4112) run++;
            var special = b is (byte)' ' or 0 or (byte)'@';
            if (run < (special ? 2 : 3))
            {
                i++;
                continue;
            }
            Literals(o, row[literal..i]);
            if (special)
            {
                if (run <= 17)
                {
                    o.Add((byte)((b == ' ' ? 0xE0 : b == 0 ? 0xF0 : 0xD0) | (run - 2)));
                }
                else
                {
                    var n = run - 17;
                    o.Add((byte)((b == ' ' ? 0x60 : b == 0 ? 0x70 : 0x50) | (n >> 8)));
                    o.Add((byte)(n & 0xFF));
                }
            }
            else if (run <= 18)
            {
                o.Add((byte)(0xC0 | (run - 3)));
                o.Add(b);
            }
            else
            {
                var n = run - 18;
                o.Add((byte)(0x40 | (n >> 8)));
                o.Add((byte)(n & 0xFF));
                o.Add(b);
            }
            i += run;
            literal = i;
        }
        Literals(o, row[literal..]);
        return [.. o];
    }

    private static void Literals(List<byte> o, ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            var n = Math.Min(bytes.Length, 64 + 4095);
            if (n <= 64)
            {
                var (command, bias) = n <= 16 ? (0x80, 1) : n <= 32 ? (0x90, 17) : n <= 48 ? (0xA0, 33) : (0xB0, 49);
                o.Add((byte)(command | (n - bias)));
            }
            else
            {
                o.Add((byte)((n - 64) >> 8));
                o.Add((byte)((n - 64) & 0xFF));
            }
            foreach (var b in bytes[..n]) o.Add(b);
            bytes = bytes[n..];
        }
    }

    /// <summary>
    /// RDC: groups of 16 items under a big-endian control word; runs of 3+ equal bytes become short (3-18) or long
    /// (19-4114) repeats; earlier 3-byte sequences found through a hash of the last position become short (3-15) or long
    /// (16-271) copies from up to 4098 bytes back (a copy may overlap its output); other bytes are literals.
    /// </summary>
    public static byte[] Rdc(ReadOnlySpan<byte> row)
    {
        var o = new List<byte>(row.Length + row.Length / 8 + 4);
        var last = new int[4096];
        Array.Fill(last, -1);
        var control = 0;
        var controlAt = -1;
        var items = 16;
        var i = 0;
        while (i < row.Length)
        {
            if (items == 16)
            {
                if (controlAt >= 0) SetControl(o, controlAt, control);
                controlAt = o.Count;
                o.Add(0);
                o.Add(0);
                control = 0;
                items = 0;
            }
            var b = row[i];
            var run = 1;
            while (i + run < row.Length && row[i + run] == b && run < 4114) run++;
            if (run >= 3)
            {
                if (run <= 18)
                {
                    o.Add((byte)(run - 3));
                    o.Add(b);
                }
                else
                {
                    var n = run - 19;
                    o.Add((byte)(0x10 | (n & 0x0F)));
                    o.Add((byte)(n >> 4));
                    o.Add(b);
                }
                control |= 0x8000 >> items++;
                i += run;
                continue;
            }
            if (i + 3 <= row.Length)
            {
                var h = Hash(row, i);
                var candidate = last[h];
                last[h] = i;
                var back = i - candidate;
                if (candidate >= 0 && back >= 3 && back <= 4098)
                {
                    var length = 0;
                    while (i + length < row.Length && length < 271 && row[candidate + length] == row[i + length]) length++;
                    if (length >= 3)
                    {
                        var offset = back - 3;
                        if (length <= 15)
                        {
                            o.Add((byte)((length << 4) | (offset & 0x0F)));
                            o.Add((byte)(offset >> 4));
                        }
                        else
                        {
                            o.Add((byte)(0x20 | (offset & 0x0F)));
                            o.Add((byte)(offset >> 4));
                            o.Add((byte)(length - 16));
                        }
                        control |= 0x8000 >> items++;
                        i += length;
                        continue;
                    }
                }
            }
            o.Add(b);
            items++;
            i++;
        }
        if (controlAt >= 0) SetControl(o, controlAt, control);
        return [.. o];
    }

    private static int Hash(ReadOnlySpan<byte> row, int i) => ((row[i] << 8) ^ (row[i + 1] << 4) ^ row[i + 2]) & 0x0FFF;

    private static void SetControl(List<byte> o, int at, int control)
    {
        o[at] = (byte)(control >> 8);
        o[at + 1] = (byte)control;
    }
}
