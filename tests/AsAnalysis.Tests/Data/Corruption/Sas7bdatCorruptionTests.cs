using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using AsAnalysis.Data;
using AsAnalysis.Data.Sas7bdat;
using AsAnalysis.Tests.Data.Sas7bdat;
using MathNet.Numerics.Random;
using Xunit.Abstractions;

namespace AsAnalysis.Tests.Data.Corruption;

/// <summary>
/// The corruption suite of the SAS7BDAT reader: thousands of damaged variants of real SAS files (parso and datareader
/// samples: RLE, RDC, deleted rows, big-endian, 64-bit) and of writer-built files: truncation at every page boundary and
/// at many offsets inside the header and the metadata pages (from a seekable and from a forward-only stream), header
/// fields, page headers, subheader pointers and metadata fields set to edge and random values, random byte flips in
/// compressed rows and anywhere in the file. Each variant must either read (the reader cannot know that a flipped byte
/// inside a value was not written so) or be rejected with a <see cref="TrialDataException"/> naming the file with a
/// reason; never another exception type, never more than <see cref="MaxSecondsPerVariant"/> seconds or
/// <see cref="MaxAllocatedBytes"/> bytes allocated per variant. Truncations must always be rejected.
/// </summary>
public class Sas7bdatCorruptionTests(ITestOutputHelper output)
{
    /// <summary>Fixed seed of the random variants (Xoshiro256StarStar): the same variants on every run.</summary>
    private const int Seed = 20260602;
    private const double MaxSecondsPerVariant = 5;
    private const long MaxAllocatedBytes = 96L << 20;

    private enum Expect
    {
        Reject,
        Either,
    }

    private enum Outcome
    {
        Read,
        Rejected,
        Crashed,
    }

    /// <summary>A variant; its bytes are made when it is checked (so the suite never holds thousands of file copies).</summary>
    private sealed record Case(string Base, string Category, string Name, Func<byte[]> Make, Expect Expect, bool Forward = false)
    {
        public override string ToString() => $"{Base}/{Category}/{Name}";
    }

    private sealed record BaseFile(string Name, byte[] Bytes, Layout Layout);

    /// <summary>Where things are in a clean file: the header fields and every page's subheader pointers.</summary>
    private sealed record Layout(bool U64, bool LittleEndian, int Align, int HeaderLength, int PageLength, int PageCount, List<(int Page, int Pointer, int Offset, int Length, byte Compression, uint Signature)> Subheaders)
    {
        public int Int => U64 ? 8 : 4;
        public int PageHeader => U64 ? 40 : 24;
        public int PointerSize => U64 ? 24 : 12;
        public int PageStart(int page) => HeaderLength + page * PageLength;
    }

    [Fact]
    public async Task EveryDamagedFileIsReadOrRejectedClearly()
    {
        var sw = Stopwatch.StartNew();
        var bases = Bases();
        var cases = bases.SelectMany(Variants).ToList();
        var generated = sw.Elapsed.TotalSeconds;
        var results = new (string? Failure, Outcome Outcome, double Seconds, long Bytes)[cases.Count];
        await TimeGuard.Within(TimeSpan.FromMinutes(5), () =>
        {
            Parallel.For(0, cases.Count, i => results[i] = Check(cases[i]));
            return 0;
        });
        var failures = cases.Select((c, i) => (c, r: results[i])).Where(x => x.r.Failure is not null).Select(x => $"{x.c}: {x.r.Failure}").ToList();
        var byCategory = cases.Select((c, i) => (c.Category, results[i].Outcome)).GroupBy(x => x.Category).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()} ({g.Count(x => x.Outcome == Outcome.Read)} read, {g.Count(x => x.Outcome == Outcome.Rejected)} rejected)");
        output.WriteLine($"{cases.Count} variants of {bases.Count} files, generated in {generated:F1} s, checked in {sw.Elapsed.TotalSeconds - generated:F1} s: "
            + $"{results.Count(r => r.Outcome == Outcome.Read)} read, {results.Count(r => r.Outcome == Outcome.Rejected)} rejected, {results.Count(r => r.Outcome == Outcome.Crashed)} unhandled");
        output.WriteLine(string.Join(", ", byCategory));
        output.WriteLine($"slowest variant {results.Max(r => r.Seconds) * 1000:F0} ms, largest allocation {results.Max(r => r.Bytes) / 1024.0 / 1024:F1} MiB");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} variants misbehaved:{Environment.NewLine}" + string.Join(Environment.NewLine, failures.Take(30)));
        Assert.True(cases.Count >= 10000, $"only {cases.Count} variants");
        Assert.Equal(0, results.Count(r => r.Outcome == Outcome.Crashed));
    }

    private static (string? Failure, Outcome Outcome, double Seconds, long Bytes) Check(Case c)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var length = 0;
        var t0 = Stopwatch.GetTimestamp();
        Outcome outcome;
        string? failure = null;
        try
        {
            var bytes = c.Make();
            length = bytes.Length;
            allocated = GC.GetAllocatedBytesForCurrentThread();
            Stream stream = c.Forward ? new ForwardOnlyStream(bytes) : new MemoryStream(bytes, writable: false);
            var d = Sas7bdatReader.Read(stream, "damaged.sas7bdat");
            outcome = Outcome.Read;
            if (c.Expect == Expect.Reject) failure = $"read {d.Records.Count} rows, but it must be rejected";
            else if (d.Records.Count + d.DeletedRecordCount != d.Header.RowCount) failure = $"read {d.Records.Count} + {d.DeletedRecordCount} deleted rows of {d.Header.RowCount}";
        }
        catch (TrialDataException ex)
        {
            outcome = Outcome.Rejected;
            var p = ex.Problems.Count == 1 ? ex.Problems[0] : null;
            if (p is null) failure = $"{ex.Problems.Count} problems instead of one";
            else if (p.File != "damaged.sas7bdat") failure = $"the problem names '{p.File}'";
            else if (string.IsNullOrWhiteSpace(p.Reason)) failure = "a problem without a reason";
            else if (p.Line < 0 || p.Line > length) failure = $"implausible row {p.Line}: {p}";
        }
        catch (Exception ex)
        {
            outcome = Outcome.Crashed;
            failure = $"unhandled {ex.GetType().FullName}: {ex.Message}{Environment.NewLine}{ex.StackTrace}";
        }
        var seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (failure is null && seconds > MaxSecondsPerVariant) failure = $"took {seconds:F1} s";
        if (failure is null && used > MaxAllocatedBytes) failure = $"allocated {used >> 20} MiB";
        return (failure, outcome, seconds, used);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Base files

    private static List<BaseFile> Bases()
    {
        var files = new List<(string, byte[])>
        {
            ("parso-comp_deleted", File.ReadAllBytes(Path.Combine(Sas7bdatTestData.Parso, "comp_deleted.sas7bdat"))),
            ("parso-data_page_with_deleted", File.ReadAllBytes(Path.Combine(Sas7bdatTestData.Parso, "data_page_with_deleted.sas7bdat"))),
            ("parso-mix_data_with_longchar", File.ReadAllBytes(Path.Combine(Sas7bdatTestData.Parso, "mix_data_with_longchar.sas7bdat"))),
            ("parso-time_formats", File.ReadAllBytes(Path.Combine(Sas7bdatTestData.Parso, "time_formats.sas7bdat"))),
            ("datareader-test3-rdc", File.ReadAllBytes(Path.Combine(Sas7bdatTestData.Datareader, "test3.sas7bdat"))),
            ("datareader-test11-be-rdc", File.ReadAllBytes(Path.Combine(Sas7bdatTestData.Datareader, "test11.sas7bdat"))),
            ("datareader-test15-be64-rle", File.ReadAllBytes(Path.Combine(Sas7bdatTestData.Datareader, "test15.sas7bdat"))),
            ("writer-32-le-deleted", Written(new Sas7bdatWriterOptions { PageLength = 4096, DeletedRows = new HashSet<long> { 2, 40, 77 } })),
            ("writer-64-be-rle", Written(new Sas7bdatWriterOptions { Is64Bit = true, LittleEndian = false, PageLength = 4096, Compression = Sas7bdatCompression.Rle })),
            ("writer-32-le-rdc", Written(new Sas7bdatWriterOptions { PageLength = 4096, Compression = Sas7bdatCompression.Rdc, DeletedRows = new HashSet<long> { 5 } })),
        };
        return files.Select(f => new BaseFile(f.Item1, f.Item2, Map(f.Item2))).ToList();
    }

    private static byte[] Written(Sas7bdatWriterOptions options)
    {
        Sas7bdatWriterColumn[] columns =
        [
            new("ID", Sas7bdatVariableType.Numeric, 8), new("X", Sas7bdatVariableType.Numeric, 5), new("D", Sas7bdatVariableType.Numeric, 8, "Date", "DATE", 9),
            new("ARM", Sas7bdatVariableType.Character, 12, "Arm"), new("NOTE", Sas7bdatVariableType.Character, 60),
        ];
        var rows = Enumerable.Range(0, 120).Select(i => new object?[]
        {
            (double)i, i % 9 == 0 ? null : i / 3.0, 21000.0 + i, i % 2 == 0 ? "Placebo" : "Active", i % 4 == 0 ? "" : $"visit {i} " + new string('z', i % 30),
        }).ToList();
        return Sas7bdatWriter.Write(options, columns, rows);
    }

    /// <summary>Reads the header fields and the subheader pointers of a clean file (no checks: the file is known good).</summary>
    private static Layout Map(byte[] b)
    {
        var u64 = b[32] == 0x33;
        var align = b[35] == 0x33 ? 4 : 0;
        var le = b[37] == 1;
        int I32(int at) => le ? BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(at));
        int U16(int at) => le ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at));
        var headerLength = I32(196 + align);
        var pageLength = I32(200 + align);
        var pageCount = (b.Length - headerLength) / pageLength;
        var layout = new Layout(u64, le, align, headerLength, pageLength, pageCount, []);
        for (var p = 0; p < pageCount; p++)
        {
            var start = layout.PageStart(p);
            var type = U16(start + layout.PageHeader - 8);
            if ((type & 0x0F00) == 0x0100 || (type & 0x9000) == 0x9000) continue;
            var count = U16(start + layout.PageHeader - 4);
            for (var i = 0; i < count; i++)
            {
                var at = start + layout.PageHeader + i * layout.PointerSize;
                var offset = I32(at + (u64 && !le ? 4 : 0));
                var length = I32(at + layout.Int + (u64 && !le ? 4 : 0));
                var compression = b[at + 2 * layout.Int];
                var signature = length >= 4 ? (uint)I32(start + offset) : 0;
                if (u64 && !le && signature == 0xFFFFFFFF && length >= 8) signature = (uint)I32(start + offset + 4);
                layout.Subheaders.Add((p, i, offset, length, compression, signature));
            }
        }
        return layout;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Variants

    private static IEnumerable<Case> Variants(BaseFile f)
    {
        var b = f.Bytes;
        var l = f.Layout;
        var random = new Xoshiro256StarStar(Seed + f.Name.Sum(c => c));

        // Truncation at every page boundary (and one byte either side), from a seekable and a forward-only stream.
        for (var p = 0; p < l.PageCount; p++)
        {
            foreach (var delta in new[] { -1, 0, 1 })
            {
                var at = l.PageStart(p) + delta;
                yield return new(f.Name, "truncate-page", $"{p}{delta:+0;-0;+0}", () => b[..at], Expect.Reject);
                yield return new(f.Name, "truncate-page-forward", $"{p}{delta:+0;-0;+0}", () => b[..at], Expect.Reject, Forward: true);
            }
        }
        // Truncation inside the header and inside the first pages.
        for (var offset = 0; offset < Math.Min(l.HeaderLength, 1100); offset += offset < 400 ? 3 : 37)
        {
            var at = offset;
            yield return new(f.Name, "truncate-header", at.ToString(), () => b[..at], Expect.Reject);
        }
        for (var p = 0; p < Math.Min(2, l.PageCount); p++)
            for (var k = 1; k < 40; k++)
            {
                var at = l.PageStart(p) + (int)((long)l.PageLength * k / 40);
                yield return new(f.Name, "truncate-meta", $"{p}@{at}", () => b[..at], Expect.Reject);
                if (k % 4 == 0) yield return new(f.Name, "truncate-meta-forward", $"{p}@{at}", () => b[..at], Expect.Reject, Forward: true);
            }

        // Header fields.
        var headerFields = new (string Name, int At, int Size)[]
        {
            ("alignment32", 32, 1), ("alignment35", 35, 1), ("endianness", 37, 1), ("encoding", 70, 1),
            ("headerLength", 196 + l.Align, 4), ("pageLength", 200 + l.Align, 4), ("pageCount", 204 + l.Align, l.U64 ? 8 : 4),
        };
        long[] edge = [0, 1, -1, 2, 255, 256, 1023, 1024, 4096, 65535, 65536, 1 << 24, (1 << 24) + 1, int.MaxValue, int.MinValue, long.MaxValue, l.PageLength - 1, l.PageLength + 1, l.HeaderLength + 8];
        foreach (var (name, at, size) in headerFields)
        {
            foreach (var v in edge) yield return new(f.Name, "header-field", $"{name}={v}", Lazy(b, l, at, size, v), Expect.Either);
            foreach (var v in new long[] { 1 << 24, l.PageLength + 1, int.MaxValue })
                yield return new(f.Name, "header-field-forward", $"{name}={v}", Lazy(b, l, at, size, v), Expect.Either, Forward: true);
            for (var k = 0; k < 6; k++) yield return new(f.Name, "header-field", $"{name}=random{k}", Lazy(b, l, at, size, random.NextInt64()), Expect.Either);
        }

        // Page headers: type, block count, subheader count, deleted-bitmap gap.
        for (var p = 0; p < l.PageCount; p++)
        {
            var start = l.PageStart(p);
            foreach (var v in new long[] { 0, 0x80, 0x100, 0x180, 0x200, 0x280, 0x400, 0x4000, 0x9000, 0x0300, 0xFFFF, random.Next(65536) })
                yield return new(f.Name, "page-type", $"{p}={v:X}", Lazy(b, l, start + l.PageHeader - 8, 2, v), Expect.Either);
            foreach (var v in new long[] { 0, 1, 2, 100, 1000, 65535, random.Next(65536) })
            {
                yield return new(f.Name, "page-blocks", $"{p}={v}", Lazy(b, l, start + l.PageHeader - 6, 2, v), Expect.Either);
                yield return new(f.Name, "page-subheaders", $"{p}={v}", Lazy(b, l, start + l.PageHeader - 4, 2, v), Expect.Either);
            }
            foreach (var v in new long[] { -1, 0, 1, l.PageLength, int.MaxValue, random.Next() })
                yield return new(f.Name, "page-bitmap-gap", $"{p}={v}", Lazy(b, l, start + (l.U64 ? 24 : 12), 4, v), Expect.Either);
        }

        // Subheader pointers: offset, length, compression flag and type of every pointer of the first pages, and of a sample of the rest.
        var pointers = l.Subheaders.Where((s, i) => i < 12 || i % 9 == 0).Take(24).ToList();
        foreach (var s in pointers)
        {
            var at = l.PageStart(s.Page) + l.PageHeader + s.Pointer * l.PointerSize;
            var id = $"p{s.Page}s{s.Pointer}";
            foreach (var v in new long[] { 0, -1, s.Offset + 1, l.PageLength - 1, int.MaxValue, random.Next(l.PageLength * 2) })
                yield return new(f.Name, "pointer-offset", $"{id}={v}", Lazy(b, l, at, l.Int, v), Expect.Either);
            foreach (var v in new long[] { 0, -1, s.Length - 1, s.Length + 1, int.MaxValue, random.Next(l.PageLength) })
                yield return new(f.Name, "pointer-length", $"{id}={v}", Lazy(b, l, at + l.Int, l.Int, v), Expect.Either);
            foreach (var v in new long[] { 0, 1, 4, 5, 255 })
                yield return new(f.Name, "pointer-compression", $"{id}={v}", Lazy(b, l, at + 2 * l.Int, 1, v), Expect.Either);
            foreach (var v in new long[] { 0, 1, 2 })
                yield return new(f.Name, "pointer-type", $"{id}={v}", Lazy(b, l, at + 2 * l.Int + 1, 1, v), Expect.Either);
        }

        // Metadata subheader fields: the 2-byte and int-sized fields of the row size (the ones read: the counts at the
        // start, the text references at the end), column size, text, names, attributes and format subheaders.
        var metadata = l.Subheaders.Where(s => s.Compression == 0 && s.Signature is 0xF7F7F7F7 or 0xF6F6F6F6 or 0xFFFFFFFD or 0xFFFFFFFF or 0xFFFFFFFC or 0xFFFFFBFE);
        foreach (var s in metadata.Take(4))
        {
            var start = l.PageStart(s.Page) + s.Offset;
            var step = s.Signature == 0xFFFFFFFD ? Math.Max(2, s.Length / 24 & ~1) : s.Signature is 0xFFFFFFFF or 0xFFFFFFFC ? Math.Max(2, s.Length / 60 & ~1) : 2;
            for (var k = l.Int; k + 2 <= s.Length; k += step)
            {
                if (s.Signature == 0xF7F7F7F7 && k > 16 * l.Int && k < s.Length - 136) continue;
                foreach (var v in new long[] { 0xFFFF, random.Next(65536) })
                    yield return new(f.Name, "subheader-field", $"p{s.Page}@{s.Offset}+{k}={v}", Lazy(b, l, start + k, 2, v), Expect.Either);
                if (k % l.Int == 0 && k + l.Int <= s.Length)
                    foreach (var v in new long[] { -1, random.Next() })
                        yield return new(f.Name, "subheader-field", $"p{s.Page}@{s.Offset}+{k}:{l.Int}={v}", Lazy(b, l, start + k, l.Int, v), Expect.Either);
            }
        }

        // Compressed rows: 1 to 3 random byte flips inside a compressed row subheader.
        var compressed = l.Subheaders.Where(s => s.Compression == 4 && s.Length > 0).ToList();
        for (var k = 0; k < Math.Min(150, compressed.Count * 12); k++)
        {
            var s = compressed[random.Next(compressed.Count)];
            var flips = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (l.PageStart(s.Page) + s.Offset + random.Next(s.Length), (byte)(1 + random.Next(255)))).ToArray();
            yield return new(f.Name, "compressed-row-flip", $"p{s.Page}s{s.Pointer}#{k}", () => Flip(b, flips), Expect.Either);
        }

        // Random byte flips anywhere (most land in values or padding; some in structure).
        for (var k = 0; k < 100; k++)
        {
            var flips = Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (random.Next(b.Length), (byte)(1 + random.Next(255)))).ToArray();
            yield return new(f.Name, "random-flip", k.ToString(), () => Flip(b, flips), Expect.Either);
        }
    }

    private static Func<byte[]> Lazy(byte[] b, Layout l, int at, int size, long value) => () => Set(b, l, at, size, value);

    private static byte[] Flip(byte[] b, (int At, byte Mask)[] flips)
    {
        var copy = (byte[])b.Clone();
        foreach (var (at, mask) in flips) copy[at] ^= mask;
        return copy;
    }

    /// <summary>A copy with an integer of <paramref name="size"/> bytes set at <paramref name="at"/>, in the file's byte order.</summary>
    private static byte[] Set(byte[] b, Layout l, int at, int size, long value)
    {
        var copy = (byte[])b.Clone();
        var span = copy.AsSpan(at, size);
        switch (size)
        {
            case 1: span[0] = (byte)value; break;
            case 2: if (l.LittleEndian) BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)value); else BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)value); break;
            case 4: if (l.LittleEndian) BinaryPrimitives.WriteInt32LittleEndian(span, (int)value); else BinaryPrimitives.WriteInt32BigEndian(span, (int)value); break;
            default: if (l.LittleEndian) BinaryPrimitives.WriteInt64LittleEndian(span, value); else BinaryPrimitives.WriteInt64BigEndian(span, value); break;
        }
        return copy;
    }
}
