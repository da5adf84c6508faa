using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AsAnalysis.Data;
using AsAnalysis.Data.Sas7bdat;

namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>
/// The reader on files built by the test writer (<see cref="Sas7bdatWriter"/>): every layout (32/64-bit, little- and
/// big-endian, uncompressed, RLE, RDC) with numbers of 3 to 8 bytes, special missing values, dates, datetimes, times,
/// labels, long and multi-byte text, deleted rows, metadata spread over pages and text blocks, amendment pages,
/// non-seekable streams, encodings, the value API, the loader adapter, and the messages for broken files.
/// </summary>
public class Sas7bdatReaderTests
{
    private static readonly Sas7bdatWriterColumn[] Columns =
    [
        new("ID", Sas7bdatVariableType.Numeric, 8, "Row number"),
        new("N3", Sas7bdatVariableType.Numeric, 3),
        new("N4", Sas7bdatVariableType.Numeric, 4),
        new("N5", Sas7bdatVariableType.Numeric, 5),
        new("N6", Sas7bdatVariableType.Numeric, 6),
        new("N7", Sas7bdatVariableType.Numeric, 7),
        new("VISITDT", Sas7bdatVariableType.Numeric, 8, "Visit date", "DATE", 9),
        new("STAMP", Sas7bdatVariableType.Numeric, 8, "Time stamp", "DATETIME", 22, 3),
        new("CLOCK", Sas7bdatVariableType.Numeric, 8, "", "TIME", 8),
        new("FLAG", Sas7bdatVariableType.Character, 1),
        new("NAME", Sas7bdatVariableType.Character, 24, "Name (UTF-8)", "$", 24),
        new("NOTE", Sas7bdatVariableType.Character, 300, "A long text"),
    ];

    private static readonly HashSet<long> Deleted = [3, 150, 699];

    /// <summary>Row <paramref name="i"/> of the generated data: values chosen to exercise every path (special missing values every 17th row, runs, accents).</summary>
    private static object?[] Row(long i)
    {
        var x = (i - 350) * 1.0 / 7.0;
        object? Num(double v, int k) => (i + k) % 17 == 0 ? Sas7bdatValue.FromMissing(".ABZ_"[(int)((i + k) / 17 % 5)]) : v;
        return
        [
            (double)i,
            Num(x, 1), Num(x * 1e6, 2), Num(-x / 3, 3), Num(Math.PI * i, 4), Num(1e300 / (i + 1), 5),
            Num(21915 + i, 6), Num(1.9e9 + i * 3600.125, 7), Num(i * 61.5, 8),
            i % 3 == 0 ? "" : i % 3 == 1 ? "Y" : "N",
            i % 5 == 0 ? "" : $"Zoë Ångström №{i}",
            i % 4 == 0 ? new string('x', 300) : i % 4 == 1 ? $"note {i} " + new string(' ', 20) + "end" : "",
        ];
    }

    /// <summary>The number a numeric field of <paramref name="length"/> bytes keeps: the most significant bytes of the double.</summary>
    private static double Truncated(double x, int length) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & (long)(ulong.MaxValue << (8 * (8 - length))));

    private static byte[] Build(Sas7bdatWriterOptions options, long rows = 700) =>
        Sas7bdatWriter.Write(options, Columns, Enumerable.Range(0, (int)rows).Select(i => Row(i)).ToList());

    public static IEnumerable<object[]> Layouts()
    {
        foreach (var is64 in new[] { false, true })
            foreach (var le in new[] { true, false })
                foreach (var c in new[] { Sas7bdatCompression.None, Sas7bdatCompression.Rle, Sas7bdatCompression.Rdc })
                    yield return [is64, le, c];
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EveryLayoutReadsBackExactly(bool is64Bit, bool littleEndian, Sas7bdatCompression compression)
    {
        var options = new Sas7bdatWriterOptions
        {
            Is64Bit = is64Bit, LittleEndian = littleEndian, Compression = compression, PageLength = 8192, DeletedRows = Deleted,
            Name = "ROUNDTRIP", Label = "Every layout",
        };
        var bytes = Build(options);
        var d = Sas7bdatReader.Read(new MemoryStream(bytes), "roundtrip.sas7bdat");
        Dump($"layout-{(is64Bit ? 64 : 32)}-{(littleEndian ? "le" : "be")}-{compression.Code()}", options with { DeletedRows = new HashSet<long>() });
        Assert.Equal(is64Bit, d.Header.Is64Bit);
        Assert.Equal(littleEndian, d.Header.IsLittleEndian);
        Assert.Equal(compression, d.Header.Compression);
        Assert.Equal("ROUNDTRIP", d.Name);
        Assert.Equal("Every layout", d.Label);
        Assert.Equal(700, d.Header.RowCount);
        Assert.Equal(3, d.DeletedRecordCount);
        Assert.True(d.Header.PageCount > (compression == Sas7bdatCompression.None ? 30 : 3));
        AssertRows(d);
    }

    /// <summary>
    /// With ASANALYSIS_SAS7BDAT_DUMP set to a folder, writes the layout's file (without deleted rows, which ReadStat does
    /// not skip) and the values read from it (CSV, numbers in round-trip form, missing values empty) for the cross-check
    /// with another reader (Reference/haven-crosscheck.R).
    /// </summary>
    private static void Dump(string name, Sas7bdatWriterOptions options)
    {
        if (Environment.GetEnvironmentVariable("ASANALYSIS_SAS7BDAT_DUMP") is not { Length: > 0 } dir) return;
        var bytes = Build(options);
        var d = Sas7bdatReader.Read(new MemoryStream(bytes), name);
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name + ".sas7bdat"), bytes);
        var lines = new List<string> { string.Join(",", d.Variables.Select(v => v.Name)) };
        lines.AddRange(d.Records.Select(r => string.Join(",", r.Values.Select(v =>
            v.Text is { } t ? "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v.Number is { } n ? n.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : ""))));
        File.WriteAllLines(Path.Combine(dir, name + ".expected.csv"), lines, new UTF8Encoding(false));
    }

    private static void AssertRows(Sas7bdatDataset d)
    {
        Assert.Equal(Columns.Select(c => c.Name), d.Variables.Select(v => v.Name));
        Assert.Equal(Columns.Select(c => c.Length), d.Variables.Select(v => v.Length));
        Assert.Equal(Columns.Select(c => c.Label), d.Variables.Select(v => v.Label));
        Assert.Equal(["", "", "", "", "", "", "DATE9.", "DATETIME22.3", "TIME8.", "", "$24.", ""], d.Variables.Select(v => v.Format.ToString()));
        Assert.Equal(SasTemporalKind.Date, d.Variables[6].TemporalKind);
        Assert.Equal(SasTemporalKind.DateTime, d.Variables[7].TemporalKind);
        Assert.Equal(SasTemporalKind.Time, d.Variables[8].TemporalKind);
        var expectedRows = Enumerable.Range(0, 700).Where(i => !Deleted.Contains(i)).ToList();
        Assert.Equal(expectedRows.Count, d.Records.Count);
        for (var k = 0; k < expectedRows.Count; k++)
        {
            var record = d.Records[k];
            Assert.Equal(k + 1, record.Number);
            var row = Row(expectedRows[k]);
            for (var c = 0; c < Columns.Length; c++)
            {
                var value = record[c];
                switch (row[c])
                {
                    case double x:
                        Assert.Equal(Truncated(x, Columns[c].Length), value.Number);
                        break;
                    case Sas7bdatValue m:
                        Assert.Equal(m.MissingCode, value.MissingCode);
                        break;
                    case string s:
                        Assert.Equal(s.TrimEnd(), value.Text);
                        break;
                }
            }
        }
    }

    [Fact]
    public void ValuesAsDatesDateTimesAndTimes()
    {
        var d = Sas7bdatReader.Read(new MemoryStream(Build(Sas7bdatWriterOptions.Default, 20)), "t.sas7bdat");
        var r = d.Records[1]; // row 1: date 21916 = 2020-01-02, datetime 1.9e9 + 3600.125 s, time 61.5 s
        Assert.True(r["VISITDT"].TryGetDate(out var date));
        Assert.Equal(new DateOnly(2020, 1, 2), date);
        Assert.True(r["STAMP"].TryGetDateTime(out var stamp));
        Assert.Equal(new DateTime(1960, 1, 1).AddSeconds(1_900_003_600).AddMilliseconds(125), stamp);
        Assert.True(r["CLOCK"].TryGetTime(out var clock));
        Assert.Equal(TimeSpan.FromSeconds(61.5), clock);
        Assert.False(r["NAME"].TryGetDate(out _));
        Assert.False(d.Records[0]["VISITDT"].TryGetDate(out _) && d.Records[0]["VISITDT"].IsMissing);
    }

    [Fact]
    public void ValueApi()
    {
        Assert.Equal(".", default(Sas7bdatValue).ToString());
        Assert.Equal(".A", Sas7bdatValue.FromMissing('A').ToString());
        Assert.Equal("._", Sas7bdatValue.FromMissing('_').ToString());
        Assert.Equal("0.1", Sas7bdatValue.FromNumber(0.1).ToString());
        Assert.Equal("abc", Sas7bdatValue.FromText("abc").ToString());
        Assert.True(Sas7bdatValue.FromText("").IsMissing);
        Assert.True(Sas7bdatValue.FromMissing('Z').IsMissing);
        Assert.False(Sas7bdatValue.FromNumber(0).IsMissing);
        Assert.Equal(Sas7bdatVariableType.Character, Sas7bdatValue.FromText("").Type);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sas7bdatValue.FromNumber(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sas7bdatValue.FromMissing('a'));
        Assert.Equal(double.PositiveInfinity, Sas7bdatValue.FromNumber(double.PositiveInfinity).Number);
        Assert.False(Sas7bdatValue.FromNumber(0.5).TryGetDate(out _)); // a fraction is never rounded away
        Assert.True(Sas7bdatValue.FromNumber(-1).TryGetDate(out var before) && before == new DateOnly(1959, 12, 31));
        Assert.False(Sas7bdatValue.FromNumber(3e6).TryGetDate(out _)); // beyond year 9999
        Assert.False(Sas7bdatValue.FromNumber(double.PositiveInfinity).TryGetDateTime(out _));
        Assert.True(Sas7bdatValue.FromNumber(-0.5).TryGetDateTime(out var t) && t == new DateTime(1959, 12, 31, 23, 59, 59, 500));
        Assert.True(Sas7bdatValue.FromNumber(-90).TryGetTime(out var neg) && neg == TimeSpan.FromSeconds(-90));
        Assert.True(Sas7bdatValue.FromNumber(100 * 3600).TryGetTime(out var hours) && hours == TimeSpan.FromHours(100));
        Assert.False(Sas7bdatValue.FromMissing('.').TryGetTime(out _));
    }

    [Fact]
    public void MissingValueCodesInBothSchemes()
    {
        foreach (var code in ".ABCMXYZ_")
            Assert.Equal(code == '.' ? '\0' : code, Sas7bdatParser.MissingCode(Sas7bdatWriter.MissingBits(code)));
        // The second scheme: complement 0 = '_', 1 = '.', 2-27 = 'A'-'Z'; anything else reads as ordinary missing.
        static ulong Tagged(int tag) => 0xFFFF_0000_0000_0000UL | ((ulong)(byte)~tag << 40);
        Assert.Equal('_', Sas7bdatParser.MissingCode(Tagged(0)));
        Assert.Equal('\0', Sas7bdatParser.MissingCode(Tagged(1)));
        Assert.Equal('A', Sas7bdatParser.MissingCode(Tagged(2)));
        Assert.Equal('Z', Sas7bdatParser.MissingCode(Tagged(27)));
        Assert.Equal('\0', Sas7bdatParser.MissingCode(Tagged(200)));
    }

    [Fact]
    public void MetadataOverSeveralPagesAndTextBlocks()
    {
        var columns = Enumerable.Range(1, 300).Select(i => new Sas7bdatWriterColumn(
            $"VARIABLE_WITH_A_LONG_NAME_{i:000}", i % 3 == 0 ? Sas7bdatVariableType.Character : Sas7bdatVariableType.Numeric, i % 3 == 0 ? 5 : 8,
            $"Label of variable {i}", i % 3 == 1 ? "YYMMDD" : "", i % 3 == 1 ? 10 : 0)).ToArray();
        var rows = Enumerable.Range(0, 40).Select(r => columns.Select((c, i) => c.Type == Sas7bdatVariableType.Numeric ? (object)(double)(r * 1000 + i) : $"r{r}").ToArray()).ToList();
        foreach (var compression in new[] { Sas7bdatCompression.None, Sas7bdatCompression.Rle })
        {
            var options = new Sas7bdatWriterOptions { PageLength = 4096, MaxTextBlock = 1500, MaxColumnsPerSubheader = 64, Compression = compression };
            var bytes = Sas7bdatWriter.Write(options, columns, rows);
            foreach (var seekable in new[] { true, false })
            {
                var d = Sas7bdatReader.Read(seekable ? new MemoryStream(bytes) : new ForwardOnlyStream(bytes), "wide.sas7bdat");
                Assert.Equal(columns.Select(c => c.Name), d.Variables.Select(v => v.Name));
                Assert.Equal(columns.Select(c => c.Label), d.Variables.Select(v => v.Label));
                Assert.Equal(columns.Select(c => c.Format.Length == 0 ? "" : "YYMMDD10."), d.Variables.Select(v => v.Format.ToString()));
                Assert.Equal(40, d.Records.Count);
                Assert.Equal(39 * 1000 + 298.0, d.Records[39][298].Number);
                Assert.Equal("r39", d.Records[39][299].Text);
            }
        }
    }

    [Fact]
    public void AColumnTextBlockOnAnAmendmentPageAtTheEnd()
    {
        var bytes = MoveSecondTextBlockToAnAmendmentPage(out var columns);
        var d = Sas7bdatReader.Read(new MemoryStream(bytes), "amended.sas7bdat");
        Assert.Equal(columns.Select(c => c.Name), d.Variables.Select(v => v.Name));
        Assert.Equal(5, d.Records.Count);
        Assert.Equal(4.0, d.Records[4][0].Number);
        // Without seeking, the reader cannot look ahead for it: a clear error, not a wrong name.
        var ex = Assert.Throws<TrialDataException>(() => Sas7bdatReader.Read(new ForwardOnlyStream(bytes), "amended.sas7bdat"));
        Assert.Contains("the column metadata is incomplete on page 1, where the rows start", ex.Problems[0].Reason);
        Assert.Contains("seekable stream", ex.Problems[0].Reason);
    }

    /// <summary>
    /// A file whose second column text block sits on an amendment page (type 0x0400) after the data, as SAS writes
    /// metadata changed after the rows: the block's pointer on page 1 is emptied (length 0) and the block moves to a page
    /// appended at the end.
    /// </summary>
    private static byte[] MoveSecondTextBlockToAnAmendmentPage(out Sas7bdatWriterColumn[] columns)
    {
        columns = Enumerable.Range(1, 30).Select(i => new Sas7bdatWriterColumn($"COLUMN_NUMBER_{i:00}", Sas7bdatVariableType.Numeric, 8)).ToArray();
        var rows = Enumerable.Range(0, 5).Select(r => Enumerable.Repeat((object)(double)r, 30).ToArray()).ToList();
        var bytes = Sas7bdatWriter.Write(new Sas7bdatWriterOptions { PageLength = 8192, MaxTextBlock = 300 }, columns, rows);
        const int header = 1024, page = 8192;
        var pointers = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(header + 20));
        var texts = 0;
        byte[]? moved = null;
        for (var i = 0; i < pointers && moved is null; i++)
        {
            var at = header + 24 + 12 * i;
            var offset = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 4));
            if (length == 0 || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(header + offset)) != 0xFFFFFFFD || ++texts < 2) continue;
            moved = bytes.AsSpan(header + offset, length).ToArray();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at + 4), 0);
        }
        Assert.NotNull(moved);
        var amd = new byte[page];
        BinaryPrimitives.WriteUInt16LittleEndian(amd.AsSpan(16), 0x0400);
        BinaryPrimitives.WriteUInt16LittleEndian(amd.AsSpan(18), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(amd.AsSpan(20), 1);
        BinaryPrimitives.WriteInt32LittleEndian(amd.AsSpan(24), page - moved.Length);
        BinaryPrimitives.WriteInt32LittleEndian(amd.AsSpan(28), moved.Length);
        moved.CopyTo(amd, page - moved.Length);
        var pageCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(204));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(204), pageCount + 1);
        return [.. bytes, .. amd];
    }

    [Fact]
    public void StreamsFromANonSeekableStream()
    {
        var bytes = Build(Sas7bdatWriterOptions.Default with { PageLength = 4096, DeletedRows = Deleted });
        using var reader = Sas7bdatReader.Open(new ForwardOnlyStream(bytes), "forward.sas7bdat");
        Assert.Equal(12, reader.Variables.Count);
        Assert.Equal(4, reader.IndexOf("n6"));
        Assert.Equal(-1, reader.IndexOf("nope"));
        var count = 0L;
        foreach (var r in reader.ReadRecords()) count = r.Number;
        Assert.Equal(697, count);
        Assert.Equal(3, reader.DeletedRecordCount);
        Assert.Throws<InvalidOperationException>(() => reader.ReadRecords().GetEnumerator().MoveNext());
    }

    /// <summary>
    /// Reading rows holds one page (and one row buffer) at a time: a record the caller dropped is collected while the
    /// reading goes on (the reader keeps no rows), and the bytes allocated per row are the same at rows 10,000-20,000 and
    /// at rows 80,000-90,000 of a 100,000-row RLE file (no buffer grows with the file; measured on the reading thread,
    /// so other tests running in parallel do not disturb it).
    /// </summary>
    [Fact]
    public void StreamingHoldsOnePageAtATime()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
                Sas7bdatWriter.Write(file, Sas7bdatWriterOptions.Default with { Compression = Sas7bdatCompression.Rle }, Columns, 100_000, Enumerable.Range(0, 100_000).Select(i => Row(i % 700)));
            using var reader = Sas7bdatReader.Open(path);
            long rows = 0, a10 = 0, a20 = 0, a80 = 0, a90 = 0;
            WeakReference? early = null;
            var collected = false;
            foreach (var r in reader.ReadRecords())
            {
                rows++;
                switch (rows)
                {
                    case 10: early = new WeakReference(r); break;
                    case 10_000: a10 = GC.GetAllocatedBytesForCurrentThread(); break;
                    case 20_000: a20 = GC.GetAllocatedBytesForCurrentThread(); break;
                    case 50_000:
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                        collected = !early!.IsAlive;
                        break;
                    case 80_000: a80 = GC.GetAllocatedBytesForCurrentThread(); break;
                    case 90_000: a90 = GC.GetAllocatedBytesForCurrentThread(); break;
                }
            }
            Assert.Equal(100_000, rows);
            Assert.True(collected, "row 10 was still alive at row 50,000");
            var before = a20 - a10;
            var after = a90 - a80;
            Assert.True(Math.Abs(after - before) < before / 10, $"allocated {before} bytes for rows 10,000-20,000 but {after} for rows 80,000-90,000");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DatasetLookups()
    {
        var d = Sas7bdatReader.Read(new MemoryStream(Build(Sas7bdatWriterOptions.Default, 3)), "t.sas7bdat");
        Assert.True(d.TryGetVariable("visitdt", out var v) && v.Name == "VISITDT");
        Assert.False(d.TryGetVariable("nope", out _));
        Assert.Equal(6, d.IndexOf("VisitDt"));
        Assert.Equal(2.0, d.Records[2]["id"].Number);
        Assert.Throws<KeyNotFoundException>(() => d.Records[2]["nope"]);
    }

    [Fact]
    public void EveryEncodingOfTheTableIsAvailable()
    {
        foreach (var (code, entry) in Sas7bdatEncodings.Table)
            if (entry.CodePage != 0) Assert.True(Sas7bdatEncodings.Get(entry.CodePage) is not null, $"code {code} ({entry.SasName}): code page {entry.CodePage} missing");
    }

    [Theory]
    [InlineData(62, 1252, "café crème – 5 €")]
    [InlineData(29, 28591, "Señor Müller ¿")]
    [InlineData(61, 1251, "Съешь же ещё")]
    [InlineData(138, 932, "日本語のテキスト")]
    [InlineData(140, 51949, "한국어 텍스트")]
    [InlineData(205, 54936, "中文文本")]
    public void TextInTheHeadersEncoding(int code, int codePage, string text)
    {
        var encoding = Sas7bdatEncodings.Get(codePage)!;
        var columns = new[] { new Sas7bdatWriterColumn("T", Sas7bdatVariableType.Character, 40, text) };
        var bytes = Sas7bdatWriter.Write(new Sas7bdatWriterOptions { EncodingCode = code, Encoding = encoding, Name = "ENC" }, columns, [[text]]);
        var d = Sas7bdatReader.Read(new MemoryStream(bytes), "enc.sas7bdat");
        Assert.Equal(text, d.Records[0][0].Text);
        Assert.Equal(text, d.Variables[0].Label);
        Assert.Equal(codePage, d.Header.Encoding.CodePage);
        Assert.Equal(code, d.Header.EncodingCode);
    }

    [Fact]
    public void AnEncodingDotNetLacksIsAClearErrorUnlessOverridden()
    {
        var columns = new[] { new Sas7bdatWriterColumn("T", Sas7bdatVariableType.Character, 8) };
        var bytes = Sas7bdatWriter.Write(new Sas7bdatWriterOptions { EncodingCode = 119 }, columns, [["abc"]]);
        var ex = Assert.Throws<TrialDataException>(() => Sas7bdatReader.Read(new MemoryStream(bytes), "tw.sas7bdat"));
        Assert.Equal("the file's character encoding (code 119, SAS name euc-tw) is not available in .NET; set Sas7bdatReadOptions.Encoding to read its text with a chosen encoding",
            ex.Problems[0].Reason);
        var d = Sas7bdatReader.Read(new MemoryStream(bytes), "tw.sas7bdat", new Sas7bdatReadOptions { Encoding = Encoding.UTF8 });
        Assert.Equal("abc", d.Records[0][0].Text);
        Assert.Equal("euc-tw", d.Header.SasEncodingName);
    }

    [Fact]
    public void InvalidTextIsAProblemAndACutOffCharacterIsMarked()
    {
        var columns = new[] { new Sas7bdatWriterColumn("ID", Sas7bdatVariableType.Numeric, 8), new Sas7bdatWriterColumn("T", Sas7bdatVariableType.Character, 5) };
        var bytes = Sas7bdatWriter.Write(Sas7bdatWriterOptions.Default, columns, [[1.0, "abcdQ"], [2.0, "QRSTU"]]);
        Replace(bytes, "abcdQ", [(byte)'a', (byte)'b', (byte)'c', (byte)'d', 0xC3]); // 'é' cut after its first byte by the field width
        var d = Sas7bdatReader.Read(new MemoryStream(bytes), "cut.sas7bdat");
        Assert.Equal("abcd\uFFFD", d.Records[0][1].Text);
        Replace(bytes, "QRSTU", [(byte)'Q', 0xFF, (byte)'S', (byte)'T', (byte)'U']);
        var ex = Assert.Throws<TrialDataException>(() => Sas7bdatReader.Read(new MemoryStream(bytes), "bad.sas7bdat"));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("bad.sas7bdat", 2L, "T", "51FF535455"), (p.File, p.Line, p.Column, p.Value));
        Assert.StartsWith("row 2: the value of T is not valid utf-8 text", p.Reason);
    }

    private static void Replace(byte[] bytes, string ascii, byte[] with)
    {
        var at = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii));
        Assert.True(at >= 0);
        with.CopyTo(bytes, at);
    }

    [Fact]
    public void TheLoaderAdapterGivesTheTransportReadersFields()
    {
        var dir = Path.Combine(Path.GetTempPath(), "asanalysis-sas7bdat-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "adsl.sas7bdat");
            var bytes = Build(Sas7bdatWriterOptions.Default with { Compression = Sas7bdatCompression.Rle }, 30);
            File.WriteAllBytes(path, bytes);
            var table = new Sas7bdatTableReader().Read(path, "adsl.sas7bdat");
            Assert.Equal(Columns.Select(c => c.Name), table.Header);
            Assert.Equal(0, table.HeaderLine);
            var rows = table.Rows.ToList();
            Assert.Equal(30, rows.Count);
            Assert.Equal(2, rows[1].Line);
            var x = (1 - 350) / 7.0;
            string R(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(new string?[] { "1", R(Truncated(x, 3)), R(Truncated(x * 1e6, 4)), R(Truncated(-x / 3, 5)) }, rows[1].Fields[..4]);
            Assert.Equal("2020-01-02", rows[1].Fields[6]); // DATE9. variable: an ISO date
            Assert.Equal("1900003600.125", rows[1].Fields[7]); // datetimes stay numbers, as for XPT
            Assert.Null(rows[0].Fields[10]); // blank text
            Assert.Null(rows[16].Fields[1]); // .A
            Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), table.Sha256());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void EnumNamesCoverEveryMember()
    {
        foreach (var t in Enum.GetValues<Sas7bdatVariableType>()) Assert.All(new[] { t.Code(), t.ShortLabel(), t.Label() }, s => Assert.NotEmpty(s));
        foreach (var c in Enum.GetValues<Sas7bdatCompression>()) Assert.All(new[] { c.Code(), c.ShortLabel(), c.Label() }, s => Assert.NotEmpty(s));
        foreach (var k in Enum.GetValues<SasTemporalKind>()) Assert.All(new[] { k.Code(), k.ShortLabel(), k.Label() }, s => Assert.NotEmpty(s));
        Assert.Equal("rdc", Sas7bdatCompression.Rdc.Code());
        Assert.Equal("datetime", SasTemporalKind.DateTime.Code());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Broken files: the messages

    [Fact]
    public void NotASasFile()
    {
        AssertProblem([], "the file is empty; expected a SAS7BDAT dataset");
        AssertProblem(Encoding.ASCII.GetBytes("USUBJID,ARM\n01-001,Placebo\n"), "not a SAS7BDAT file: the first 32 bytes are not the SAS7BDAT magic number");
        var catalog = Build(Sas7bdatWriterOptions.Default, 1);
        catalog[15] = 0x63;
        AssertProblem(catalog, "this is a SAS catalog (.sas7bcat), not a SAS dataset");
        var shortHeader = Build(Sas7bdatWriterOptions.Default, 1)[..500];
        AssertProblem(shortHeader, "the file ends inside the header (500 bytes; the header's fixed fields take 1024): truncated");
    }

    [Fact]
    public void TruncatedFiles()
    {
        var bytes = Build(Sas7bdatWriterOptions.Default with { PageLength = 4096 }, 200);
        var cut = bytes[..(1024 + 4096 * 3 + 100)];
        var pages = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(204));
        AssertProblem(cut, $"the file ends inside page 4 of {pages} ({cut.Length} bytes; the header declares a 1024-byte header and {pages} pages of 4096 bytes, {1024 + pages * 4096} bytes): truncated");
        var ex = Assert.Throws<TrialDataException>(() => Sas7bdatReader.Read(new ForwardOnlyStream(cut), "cut.sas7bdat"));
        Assert.Equal($"the file ends inside page 4 of {pages} (100 of its 4096 bytes): truncated", ex.Problems[0].Reason);
    }

    [Fact]
    public void RowCountMismatch()
    {
        var bytes = Build(Sas7bdatWriterOptions.Default with { PageLength = 4096 }, 50);
        // The row size subheader is the first subheader of page 1; its row count is at byte 24.
        var at = 1024 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(1024 + 24)) + 24;
        Assert.Equal(50, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at)));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), 60);
        AssertProblem(bytes, $"the header declares 60 rows but the {BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(204))} pages hold 50: truncated or damaged file");
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), 40);
        var ex = Assert.Throws<TrialDataException>(() => Sas7bdatReader.Read(new MemoryStream(bytes), "t.sas7bdat"));
        Assert.Matches(@"^page 5 of 6 \(file byte \d+, page byte 18\): the page declares 10 rows, but only \d of the 40 rows the header declares remain: damaged file$", ex.Problems[0].Reason);
    }

    private static void AssertProblem(byte[] bytes, string reason)
    {
        var ex = Assert.Throws<TrialDataException>(() => Sas7bdatReader.Read(new MemoryStream(bytes), "t.sas7bdat"));
        var p = Assert.Single(ex.Problems);
        Assert.Equal("t.sas7bdat", p.File);
        Assert.Equal(reason, p.Reason);
    }
}

/// <summary>A read-only stream that cannot seek (as a network or pipe stream), over a byte array.</summary>
internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(count, bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
