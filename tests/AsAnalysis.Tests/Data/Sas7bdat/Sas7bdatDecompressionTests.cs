using System.Text;
using AsAnalysis.Data.Sas7bdat;
using MathNet.Numerics.Random;

namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>
/// The RLE and RDC row decoders, command by command, on byte sequences written by hand from the documented command
/// sets (docs/input-formats-sas7bdat.md), their errors, and seeded random round trips through the test encoders.
/// Real SAS-compressed rows are covered by the parso (RLE) and datareader (RLE and RDC) files.
/// </summary>
public class Sas7bdatDecompressionTests
{
    private static byte[] Bytes(params object[] parts)
    {
        var o = new List<byte>();
        foreach (var p in parts)
        {
            switch (p)
            {
                case int b: o.Add((byte)b); break;
                case char c: o.Add((byte)c); break;
                case string s: o.AddRange(Encoding.ASCII.GetBytes(s)); break;
                case byte[] a: o.AddRange(a); break;
                default: throw new ArgumentException(p.ToString());
            }
        }
        return [.. o];
    }

    private static byte[] Repeat(char c, int n) => Enumerable.Repeat((byte)c, n).ToArray();

    private static byte[] Sequence(int n, int seed) => Enumerable.Range(0, n).Select(i => (byte)(33 + (i * 7 + seed) % 90)).ToArray();

    [Fact]
    public void RleEveryCommand()
    {
        var copy69 = Sequence(69, 1);
        var copy320 = Sequence(320, 2);
        var copy4160 = Sequence(4160, 3);
        var copy99 = Sequence(99, 4);
        var copy17 = Sequence(17, 5);
        var copy34 = Sequence(34, 6);
        var copy50 = Sequence(50, 7);
        var input = Bytes(
            0x82, "abc",            // 8: copy 1 + 2 bytes
            0x90, copy17,           // 9: copy 17 + 0
            0xA1, copy34,           // A: copy 33 + 1
            0xB1, copy50,           // B: copy 49 + 1
            0x00, 0x05, copy69,     // 0: copy 64 + 256 * 0 + 5
            0x01, 0x00, copy320,    // 0: copy 64 + 256 * 1 + 0
            0x10, 0x00, copy4160,   // 1: copy 4160 + 256 * 0 + 0
            0x23, copy99,           // 2: copy 96 + 3
            0x40, 0x02, 'x',        // 4: 18 + 2 times 'x'
            0x41, 0x00, 'y',        // 4: 18 + 256 times 'y'
            0x50, 0x03,             // 5: 17 + 3 '@'
            0x60, 0x00,             // 6: 17 blanks
            0x61, 0x01,             // 6: 17 + 256 + 1 blanks
            0x70, 0x0F,             // 7: 17 + 15 zeros
            0xC2, 'z',              // C: 3 + 2 times 'z'
            0xD1,                   // D: 2 + 1 '@'
            0xE0,                   // E: 2 blanks
            0xF3);                  // F: 2 + 3 zeros
        var expected = Bytes(
            "abc", copy17, copy34, copy50, copy69, copy320, copy4160, copy99,
            Repeat('x', 20), Repeat('y', 274), Repeat('@', 20), Repeat(' ', 17), Repeat(' ', 274), new byte[32],
            Repeat('z', 5), Repeat('@', 3), Repeat(' ', 2), new byte[5]);
        var output = new byte[expected.Length];
        Assert.Null(Sas7bdatDecompression.Rle(input, output));
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData(new byte[] { 0x30 }, "RLE control byte 0x30 at byte 0 of the compressed row is invalid: command 3 is not an RLE command")]
    [InlineData(new byte[] { 0x00 }, "RLE control byte 0x00 at byte 0 of the compressed row is invalid: its count byte is missing at the end of the row")]
    [InlineData(new byte[] { 0x40, 0x00 }, "RLE control byte 0x40 at byte 0 of the compressed row is invalid: the byte to repeat is missing at the end of the row")]
    [InlineData(new byte[] { 0xC0 }, "RLE control byte 0xC0 at byte 0 of the compressed row is invalid: the byte to repeat is missing at the end of the row")]
    [InlineData(new byte[] { 0x83, 0x41 }, "RLE control byte 0x83 at byte 0 of the compressed row is invalid: it copies 4 bytes but only 1 remain in the compressed row")]
    [InlineData(new byte[] { 0xEF }, "RLE control byte 0xEF at byte 0 of the compressed row is invalid: it inserts 17 bytes past the 8-byte row (at byte 0)")]
    [InlineData(new byte[] { 0x80, 0x41, 0x80, 0x42 }, "the compressed row decodes to 2 bytes, not the row length 8")]
    public void RleErrors(byte[] input, string reason) => Assert.Equal(reason, Sas7bdatDecompression.Rle(input, new byte[8]));

    [Fact]
    public void RdcEveryCommand()
    {
        var input = Bytes(
            0x1E, 0x00,             // control word: items 4-7 are commands, 1-3 and 8 literals
            "A", "B", "C",          // literals
            0x90, 0x00,             // short pattern: copy 9 bytes from 0 + 16 * 0 + 3 back (overlaps its own output)
            0x02, 'x',              // short run: 2 + 3 times 'x'
            0x15, 0x01, 'y',        // long run: 5 + 16 * 1 + 19 = 40 times 'y'
            0x26, 0x03, 0x04,       // long pattern: copy 4 + 16 bytes from 6 + 16 * 3 + 3 = 57 back
            "Z");                   // literal
        var expected = Encoding.ASCII.GetBytes("ABCABCABCABC" + "xxxxx" + new string('y', 40) + "ABCABCABCABCxxxxxyyy" + "Z");
        var output = new byte[expected.Length];
        Assert.Null(Sas7bdatDecompression.Rdc(input, output));
        Assert.Equal(expected, output);
    }

    [Fact]
    public void RdcGroupsOfSixteen()
    {
        // Two control words: 16 literals, then a group holding one short run.
        var input = Bytes(0x00, 0x00, "0123456789ABCDEF", 0x80, 0x00, 0x0D, '-');
        var output = new byte[32];
        Assert.Null(Sas7bdatDecompression.Rdc(input, output));
        Assert.Equal("0123456789ABCDEF" + new string('-', 16), Encoding.ASCII.GetString(output));
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0x00, 0x30, 0x00 }, "RDC command 3 at byte 2 of the compressed row is invalid: it copies from 3 bytes back but only 0 bytes were decoded")]
    [InlineData(new byte[] { 0x80, 0x00, 0x0F }, "RDC command 0 at byte 2 of the compressed row is invalid: its second byte is missing at the end of the row")]
    [InlineData(new byte[] { 0x80, 0x00, 0x10, 0x00 }, "RDC command 1 at byte 2 of the compressed row is invalid: the byte to repeat is missing at the end of the row")]
    [InlineData(new byte[] { 0x80, 0x00, 0x0F, 0x41 }, "RDC command 0 at byte 2 of the compressed row is invalid: it repeats a byte 18 times past the 8-byte row (at byte 0)")]
    [InlineData(new byte[] { 0x00, 0x00, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49 }, "a literal byte at byte 10 of the compressed row goes past the 8-byte row")]
    [InlineData(new byte[] { 0x00, 0x00, 0x41 }, "the compressed row decodes to 1 bytes, not the row length 8")]
    [InlineData(new byte[] { 0x10, 0x00, 0x41, 0x42, 0x43, 0x20, 0x00 }, "RDC command 2 at byte 5 of the compressed row is invalid: its length byte is missing at the end of the row")]
    public void RdcErrors(byte[] input, string reason) => Assert.Equal(reason, Sas7bdatDecompression.Rdc(input, new byte[8]));

    /// <summary>Seeded (Xoshiro256StarStar, seed 7190) rows of runs, repeated phrases and noise survive both encoders and decoders.</summary>
    [Fact]
    public void RandomRowsRoundTrip()
    {
        var random = new Xoshiro256StarStar(7190);
        for (var n = 0; n < 400; n++)
        {
            var row = new byte[1 + random.Next(6000)];
            var i = 0;
            while (i < row.Length)
            {
                var kind = random.Next(4);
                var len = Math.Min(row.Length - i, 1 + random.Next(kind == 0 ? 600 : 40));
                if (kind == 0) row.AsSpan(i, len).Fill((byte)(new[] { 0, 32, 64, random.Next(256) })[random.Next(4)]);
                else if (kind == 1 && i > 10) { var from = random.Next(i); for (var k = 0; k < len; k++) row[i + k] = row[from + k]; }
                else for (var k = 0; k < len; k++) row[i + k] = (byte)random.Next(256);
                i += len;
            }
            var output = new byte[row.Length];
            Assert.Null(Sas7bdatDecompression.Rle(Sas7bdatCompressors.Rle(row), output));
            Assert.Equal(row, output);
            Array.Clear(output);
            Assert.Null(Sas7bdatDecompression.Rdc(Sas7bdatCompressors.Rdc(row), output));
            Assert.Equal(row, output);
        }
    }
}
