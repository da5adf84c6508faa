using System.Globalization;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// The two row compressions of SAS7BDAT files, decoded into a buffer of exactly the row length. Both decoders check every
/// read against the input and every write against the output, and stop at the end of the input; a stream that would
/// read or write out of bounds, reference data before the row start, or not fill the row exactly is reported (as a
/// reason string) rather than decoded. Each loop step consumes at least one input byte, so decoding ends after at most
/// as many steps as there are input bytes.
/// </summary>
internal static class Sas7bdatDecompression
{
    /// <summary>
    /// Run-length encoding (<c>SASYZCRL</c>, COMPRESS=CHAR). Each control byte holds a command (high nibble) and a length
    /// (low nibble, L): 0 copies 64 + 256 L + next bytes; 1 copies 4160 + 256 L + next; 2 copies 96 + L; 4 repeats the byte
    /// after the count 18 + 256 L + next times; 5, 6, 7 insert 17 + 256 L + next '@', blank or zero bytes; 8, 9, A, B copy
    /// 1, 17, 33, 49 + L bytes; C repeats the next byte 3 + L times; D, E, F insert 2 + L '@', blank or zero bytes.
    /// Command 3 is not defined.
    /// </summary>
    /// <returns>null when <paramref name="output"/> was filled exactly; otherwise the reason.</returns>
    public static string? Rle(ReadOnlySpan<byte> input, Span<byte> output)
    {
        var i = 0;
        var o = 0;
        while (i < input.Length)
        {
            var at = i;
            int control = input[i++];
            var command = control >> 4;
            var length = control & 0x0F;
            int copy = 0, insert = 0;
            byte fill = 0;
            switch (command)
            {
                case 0 or 1 or 4 or 5 or 6 or 7:
                    if (i >= input.Length) return Fail(at, control, "its count byte is missing at the end of the row");
                    var next = input[i++];
                    switch (command)
                    {
                        case 0: copy = 64 + (length << 8) + next; break;
                        case 1: copy = 64 + 4096 + (length << 8) + next; break;
                        case 4:
                            if (i >= input.Length) return Fail(at, control, "the byte to repeat is missing at the end of the row");
                            insert = 18 + (length << 8) + next;
                            fill = input[i++];
                            break;
                        case 5: insert = 17 + (length << 8) + next; fill = (byte)'@'; break;
                        case 6: insert = 17 + (length << 8) + next; fill = (byte)' '; break;
                        default: insert = 17 + (length << 8) + next; fill = 0; break;
                    }
                    break;
                case 2: copy = 96 + length; break;
                case 3: return Fail(at, control, "command 3 is not an RLE command");
                case 8: copy = 1 + length; break;
                case 9: copy = 17 + length; break;
                case 10: copy = 33 + length; break;
                case 11: copy = 49 + length; break;
                case 12:
                    if (i >= input.Length) return Fail(at, control, "the byte to repeat is missing at the end of the row");
                    insert = 3 + length;
                    fill = input[i++];
                    break;
                case 13: insert = 2 + length; fill = (byte)'@'; break;
                case 14: insert = 2 + length; fill = (byte)' '; break;
                default: insert = 2 + length; fill = 0; break;
            }
            if (copy > 0)
            {
                if (copy > input.Length - i)
                    return Fail(at, control, $"it copies {copy} bytes but only {input.Length - i} remain in the compressed row");
                if (copy > output.Length - o)
                    return Fail(at, control, $"it copies {copy} bytes past the {output.Length}-byte row (at byte {o})");
                input.Slice(i, copy).CopyTo(output[o..]);
                i += copy;
                o += copy;
            }
            else
            {
                if (insert > output.Length - o)
                    return Fail(at, control, $"it inserts {insert} bytes past the {output.Length}-byte row (at byte {o})");
                output.Slice(o, insert).Fill(fill);
                o += insert;
            }
        }
        return o == output.Length ? null : $"the compressed row decodes to {o} bytes, not the row length {output.Length}";
    }

    /// <summary>
    /// Ross Data Compression (<c>SASYZCR2</c>, COMPRESS=BINARY). A 16-bit big-endian control word precedes each group of
    /// up to 16 items, its bits read from the most significant: a 0 bit is a literal byte; a 1 bit is a command whose
    /// first byte holds a command nibble C and a count nibble N: C = 0 repeats the next byte N + 3 times; C = 1 repeats
    /// the byte after next N + 16 * next + 19 times; C = 2 copies 16 + (the byte after next) bytes from N + 16 * next + 3
    /// bytes back; C = 3-15 copies C bytes from N + 16 * next + 3 bytes back. Copies go byte by byte, so a copy may overlap
    /// the bytes it produces (a repeating pattern).
    /// </summary>
    /// <returns>null when <paramref name="output"/> was filled exactly; otherwise the reason.</returns>
    public static string? Rdc(ReadOnlySpan<byte> input, Span<byte> output)
    {
        var i = 0;
        var o = 0;
        while (i < input.Length)
        {
            if (input.Length - i < 2)
                return o == output.Length ? null : $"a control word is cut off at byte {i} of the compressed row";
            var control = (input[i] << 8) | input[i + 1];
            i += 2;
            for (var bit = 0; bit < 16 && i < input.Length; bit++)
            {
                if ((control & (0x8000 >> bit)) == 0)
                {
                    if (o >= output.Length) return $"a literal byte at byte {i} of the compressed row goes past the {output.Length}-byte row";
                    output[o++] = input[i++];
                    continue;
                }
                var at = i;
                var command = input[i] >> 4;
                var count = input[i] & 0x0F;
                i++;
                if (i >= input.Length) return RdcFail(at, command, "its second byte is missing at the end of the row");
                int next = input[i++];
                if (command <= 1)
                {
                    int repeat;
                    byte fill;
                    if (command == 0)
                    {
                        repeat = count + 3;
                        fill = (byte)next;
                    }
                    else
                    {
                        if (i >= input.Length) return RdcFail(at, command, "the byte to repeat is missing at the end of the row");
                        repeat = count + (next << 4) + 19;
                        fill = input[i++];
                    }
                    if (repeat > output.Length - o) return RdcFail(at, command, $"it repeats a byte {repeat} times past the {output.Length}-byte row (at byte {o})");
                    output.Slice(o, repeat).Fill(fill);
                    o += repeat;
                    continue;
                }
                var back = count + (next << 4) + 3;
                int length;
                if (command == 2)
                {
                    if (i >= input.Length) return RdcFail(at, command, "its length byte is missing at the end of the row");
                    length = input[i++] + 16;
                }
                else
                {
                    length = command;
                }
                if (back > o) return RdcFail(at, command, $"it copies from {back} bytes back but only {o} bytes were decoded");
                if (length > output.Length - o) return RdcFail(at, command, $"it copies {length} bytes past the {output.Length}-byte row (at byte {o})");
                for (var k = 0; k < length; k++, o++) output[o] = output[o - back];
            }
        }
        return o == output.Length ? null : $"the compressed row decodes to {o} bytes, not the row length {output.Length}";
    }

    private static string Fail(int at, int control, string what) =>
        $"RLE control byte 0x{control.ToString("X2", CultureInfo.InvariantCulture)} at byte {at} of the compressed row is invalid: {what}";

    private static string RdcFail(int at, int command, string what) =>
        $"RDC command {command} at byte {at} of the compressed row is invalid: {what}";
}
