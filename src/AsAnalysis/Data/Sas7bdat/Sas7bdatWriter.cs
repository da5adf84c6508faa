using System.Buffers.Binary;
using System.Text;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>A column for <see cref="Sas7bdatWriter"/>.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="Type">Numeric or character.</param>
/// <param name="Length">Bytes in the row: 2 to 8 for numbers (shorter numbers keep the most significant bytes), 1 or more for text.</param>
/// <param name="Label">Variable label.</param>
/// <param name="Format">Format name without width (e.g. <c>DATE</c>, <c>$</c>), or empty.</param>
/// <param name="FormatWidth">Format width.</param>
/// <param name="FormatDecimals">Format decimals.</param>
internal sealed record Sas7bdatWriterColumn(
    string Name, Sas7bdatVariableType Type, int Length, string Label = "", string Format = "", int FormatWidth = 0, int FormatDecimals = 0);

/// <summary>The file layout <see cref="Sas7bdatWriter"/> produces.</summary>
internal sealed record Sas7bdatWriterOptions
{
    /// <summary>The defaults: 32-bit, little-endian, UTF-8, 64 KiB pages, uncompressed, first rows on a mix page.</summary>
    public static Sas7bdatWriterOptions Default { get; } = new();

    /// <summary>64-bit layout (8-byte integers and pointers, 8192-byte header).</summary>
    public bool Is64Bit { get; init; }
    /// <summary>Little-endian (Intel) or big-endian numbers and integers.</summary>
    public bool LittleEndian { get; init; } = true;
    /// <summary>Page length in bytes.</summary>
    public int PageLength { get; init; } = 65536;
    /// <summary>Row storage: uncompressed (data pages) or one compressed row per subheader.</summary>
    public Sas7bdatCompression Compression { get; init; }
    /// <summary>Header encoding code (see <see cref="Sas7bdatEncodings.Table"/>).</summary>
    public int EncodingCode { get; init; } = 20;
    /// <summary>Encoding of names, labels and text values.</summary>
    public Encoding Encoding { get; init; } = new UTF8Encoding(false);
    /// <summary>Dataset name.</summary>
    public string Name { get; init; } = "DATASET";
    /// <summary>Dataset label.</summary>
    public string Label { get; init; } = "";
    /// <summary>Uncompressed files: put the first rows on the last metadata page (a mix page), as SAS does.</summary>
    public bool MixPage { get; init; } = true;
    /// <summary>0-based rows to mark deleted (a bitmap on data and mix pages; compression flag 5 in compressed files).</summary>
    public IReadOnlySet<long> DeletedRows { get; init; } = new HashSet<long>();
    /// <summary>Largest column text block, in bytes (a smaller value spreads names over several text subheaders).</summary>
    public int MaxTextBlock { get; init; } = 32000;
    /// <summary>Largest number of columns described by one column name or attributes subheader.</summary>
    public int MaxColumnsPerSubheader { get; init; } = 1000;
    /// <summary>Creation and modification time (seconds since 1960, no time zone).</summary>
    public double Timestamp { get; init; } = 1_900_000_000.25;
}

/// <summary>
/// Writes SAS7BDAT files from the documented layout, for the reader's tests and benchmarks (this library reads SAS
/// files; it does not offer writing them): header, metadata subheaders (row size, column size, subheader counts, column
/// text, names, attributes, formats and labels), then rows on data pages (after a mix page) or, compressed with RLE or
/// RDC, one per subheader on meta pages. Both layouts and byte orders. The output stream must be seekable (the page
/// count is patched in at the end).
/// </summary>
internal sealed class Sas7bdatWriter
{
    private static readonly byte[] Magic =
    [
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC2, 0xEA, 0x81, 0x60,
        0xB3, 0x14, 0x11, 0xCF, 0xBD, 0x92, 0x08, 0x00, 0x09, 0xC7, 0x31, 0x8C, 0x18, 0x1F, 0x10, 0x11,
    ];

    private readonly Sas7bdatWriterOptions _o;
    private readonly IReadOnlyList<Sas7bdatWriterColumn> _columns;
    private readonly int _int;
    private readonly int _pageHeader;
    private readonly int _pointer;
    private readonly int _headerLength;
    private readonly int[] _offsets;
    private readonly int _rowLength;
    private readonly Stream _out;
    private long _pages;
    private byte[] _rowSize = [];
    private long _mixCapacity;
    private long _rowSizeAt = -1; // file position of the row size subheader, once its page is written

    private Sas7bdatWriter(Stream output, Sas7bdatWriterOptions options, IReadOnlyList<Sas7bdatWriterColumn> columns)
    {
        _out = output;
        _o = options;
        _columns = columns;
        _int = options.Is64Bit ? 8 : 4;
        _pageHeader = options.Is64Bit ? 40 : 24;
        _pointer = options.Is64Bit ? 24 : 12;
        _headerLength = options.Is64Bit ? 8192 : 1024;
        // Numbers first, then text, as SAS lays rows out.
        _offsets = new int[columns.Count];
        var at = 0;
        foreach (var pass in new[] { Sas7bdatVariableType.Numeric, Sas7bdatVariableType.Character })
            for (var i = 0; i < columns.Count; i++)
                if (columns[i].Type == pass)
                {
                    _offsets[i] = at;
                    at += columns[i].Length;
                }
        _rowLength = at;
    }

    /// <summary>Writes a dataset.</summary>
    /// <param name="output">A seekable, writable stream (positioned at the start of the file).</param>
    /// <param name="options">Layout.</param>
    /// <param name="columns">Columns.</param>
    /// <param name="rowCount">Number of rows <paramref name="rows"/> yields (the header states it before the rows are written).</param>
    /// <param name="rows">Rows: per column a double, a <see cref="Sas7bdatValue"/>, a string, or null (missing).</param>
    public static void Write(Stream output, Sas7bdatWriterOptions options, IReadOnlyList<Sas7bdatWriterColumn> columns, long rowCount, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanSeek || !output.CanWrite) throw new ArgumentException("The output must be seekable and writable.", nameof(output));
        new Sas7bdatWriter(output, options, columns).WriteAll(rowCount, rows);
    }

    /// <summary>Writes a dataset into a byte array.</summary>
    public static byte[] Write(Sas7bdatWriterOptions options, IReadOnlyList<Sas7bdatWriterColumn> columns, IReadOnlyList<object?[]> rows)
    {
        var ms = new MemoryStream();
        Write(ms, options, columns, rows.Count, rows);
        return ms.ToArray();
    }

    private void WriteAll(long rowCount, IEnumerable<object?[]> rows)
    {
        var start = _out.Position;
        _out.Write(new byte[_headerLength]);
        var meta = Metadata(rowCount);
        var page = new PageBuilder(this);
        foreach (var sub in meta)
        {
            if (!page.TryAdd(sub.Bytes, 0, sub.Type))
            {
                Flush(page, 0);
                if (!page.TryAdd(sub.Bytes, 0, sub.Type)) throw new InvalidOperationException("A metadata subheader does not fit in a page.");
            }
        }
        long written = 0;
        using var e = rows.GetEnumerator();
        var row = new byte[_rowLength];
        if (_o.Compression == Sas7bdatCompression.None)
        {
            // Mix page: rows after the pointers (8-aligned), before the subheader data.
            var mixRows = 0;
            var mixData = new List<byte[]>();
            // The row size subheader states how many rows fit on the mix page (SAS: the "mix page row count").
            var capacity = 0;
            while (_o.MixPage && page.MixRoomFor(capacity + 1, _rowLength)) capacity++;
            _mixCapacity = capacity;
            if (_o.MixPage)
            {
                while (written < rowCount && page.MixRoomFor(mixRows + 1, _rowLength) && e.MoveNext())
                {
                    Encode(e.Current, row);
                    mixData.Add((byte[])row.Clone());
                    mixRows++;
                    written++;
                }
            }
            Flush(page, mixRows > 0 ? 0x0200 : 0, mixData, written - mixRows);
            var perPage = (_o.PageLength - _pageHeader) / _rowLength;
            if (_o.DeletedRows.Count > 0)
                while (perPage > 0 && _pageHeader + perPage * _rowLength + (perPage + 7) / 8 > _o.PageLength) perPage--;
            while (written < rowCount)
            {
                var data = new List<byte[]>();
                var first = written;
                while (data.Count < perPage && written < rowCount)
                {
                    if (!e.MoveNext()) throw new InvalidOperationException("Fewer rows than rowCount.");
                    Encode(e.Current, row);
                    data.Add((byte[])row.Clone());
                    written++;
                }
                DataPage(data, first);
            }
        }
        else
        {
            while (written < rowCount)
            {
                if (!e.MoveNext()) throw new InvalidOperationException("Fewer rows than rowCount.");
                Encode(e.Current, row);
                var packed = Compress(row);
                var deleted = _o.DeletedRows.Contains(written);
                byte flag = packed.Length < _rowLength ? (byte)4 : (byte)0;
                if (deleted) flag = 5;
                var bytes = packed.Length < _rowLength ? packed : row;
                if (deleted && packed.Length >= _rowLength) bytes = row;
                if (!page.TryAdd(bytes, flag, 1))
                {
                    page.AddTruncatedPointer();
                    Flush(page, 0);
                    if (!page.TryAdd(bytes, flag, 1)) throw new InvalidOperationException("A row does not fit in a page.");
                }
                written++;
            }
            if (page.Count > 0) Flush(page, 0);
        }
        if (e.MoveNext()) throw new InvalidOperationException("More rows than rowCount.");
        var end = _out.Position;
        _out.Position = start;
        _out.Write(Header());
        var mix = new byte[_int];
        Int(mix, 0, _mixCapacity);
        _out.Position = _rowSizeAt + 15 * _int;
        _out.Write(mix);
        _out.Position = end;
    }

    // ------------------------------------------------------------------------------------------------------------

    private sealed record Subheader(byte[] Bytes, byte Type);

    private List<Subheader> Metadata(long rowCount)
    {
        var blobs = new List<MemoryStream>();
        var text = NewBlob(blobs);
        (int Index, int Offset, int Length) Add(string s)
        {
            if (s.Length == 0) return (0, 0, 0);
            var bytes = _o.Encoding.GetBytes(s);
            var padded = (bytes.Length + 3) / 4 * 4;
            if (text.Length + padded > _o.MaxTextBlock) text = NewBlob(blobs);
            var at = (int)text.Length;
            text.Write(bytes);
            text.Write(new byte[padded - bytes.Length]);
            return (blobs.Count - 1, at, bytes.Length);
        }
        var compression = Add(_o.Compression switch
        {
            Sas7bdatCompression.Rle => "SASYZCRL",
            Sas7bdatCompression.Rdc => "SASYZCR2",
            _ => "",
        });
        if (_o.Compression == Sas7bdatCompression.None) Add("        "); // blanks where the literal would be, as SAS writes
        var label = Add(_o.Label);
        var names = _columns.Select(c => Add(c.Name)).ToArray();
        var formats = _columns.Select(c => Add(c.Format)).ToArray();
        var labels = _columns.Select(c => Add(c.Label)).ToArray();

        _rowSize = RowSize(rowCount, label, compression);
        var list = new List<Subheader> { new(_rowSize, 0), new(ColumnSize(), 0), new(Counts(), 0) };
        foreach (var blob in blobs) list.Add(new(TextSubheader(blob.ToArray()), 1));
        for (var first = 0; first < _columns.Count; first += _o.MaxColumnsPerSubheader)
        {
            var n = Math.Min(_o.MaxColumnsPerSubheader, _columns.Count - first);
            list.Add(new(NamesSubheader(names.AsSpan(first, n)), 1));
        }
        for (var first = 0; first < _columns.Count; first += _o.MaxColumnsPerSubheader)
        {
            var n = Math.Min(_o.MaxColumnsPerSubheader, _columns.Count - first);
            list.Add(new(AttributesSubheader(first, n), 1));
        }
        for (var i = 0; i < _columns.Count; i++) list.Add(new(FormatSubheader(_columns[i], formats[i], labels[i]), 0));
        return list;
    }

    private MemoryStream NewBlob(List<MemoryStream> blobs)
    {
        var ms = new MemoryStream();
        ms.Write(new byte[12]); // size field and reserved bytes; the compression literal starts at byte 12
        blobs.Add(ms);
        return ms;
    }

    private byte[] RowSize(long rowCount, (int, int, int) label, (int, int, int) compression)
    {
        var b = new byte[_o.Is64Bit ? 808 : 480];
        Signature(b, 0, 0xF7F7F7F7);
        Int(b, 5 * _int, _rowLength);
        Int(b, 6 * _int, rowCount);
        Int(b, 7 * _int, _o.DeletedRows.Count(r => r < rowCount));
        Int(b, 13 * _int, _o.PageLength);
        Ref(b, b.Length - 130, label);
        Ref(b, b.Length - 118, compression);
        return b;
    }

    private byte[] ColumnSize()
    {
        var b = new byte[3 * _int];
        Signature(b, 0, 0xF6F6F6F6);
        Int(b, _int, _columns.Count);
        return b;
    }

    private byte[] Counts()
    {
        var b = new byte[_o.Is64Bit ? 600 : 304];
        Signature(b, 0, 0xFFFFFC00);
        return b;
    }

    private byte[] TextSubheader(byte[] blob)
    {
        var b = new byte[_int + blob.Length];
        Signature(b, 0, 0xFFFFFFFD);
        blob.CopyTo(b, _int);
        U16(b, _int, b.Length - (4 + 2 * _int));
        return b;
    }

    private byte[] NamesSubheader(ReadOnlySpan<(int, int, int)> refs)
    {
        var b = new byte[_int + 8 + 8 * refs.Length + (_o.Is64Bit ? 12 : 8)];
        Signature(b, 0, 0xFFFFFFFF);
        U16(b, _int, b.Length - (4 + 2 * _int));
        for (var k = 0; k < refs.Length; k++) Ref(b, _int + 8 + 8 * k, refs[k]);
        return b;
    }

    private byte[] AttributesSubheader(int first, int n)
    {
        var size = _o.Is64Bit ? 16 : 12;
        var b = new byte[_int + 8 + size * n + (_o.Is64Bit ? 12 : 8)];
        Signature(b, 0, 0xFFFFFFFC);
        U16(b, _int, b.Length - (4 + 2 * _int));
        for (var k = 0; k < n; k++)
        {
            var at = _int + 8 + size * k;
            var c = _columns[first + k];
            Int(b, at, _offsets[first + k]);
            Int32(b, at + _int, c.Length);
            U16(b, at + _int + 4, c.Name.Length <= 8 ? 4 : 2048);
            b[at + _int + 6] = (byte)c.Type;
        }
        return b;
    }

    private byte[] FormatSubheader(Sas7bdatWriterColumn c, (int, int, int) format, (int, int, int) label)
    {
        var b = new byte[_o.Is64Bit ? 64 : 52];
        Signature(b, 0, 0xFFFFFBFE);
        U16(b, 3 * _int, c.FormatWidth);
        U16(b, 3 * _int + 2, c.FormatDecimals);
        Ref(b, _o.Is64Bit ? 46 : 34, format);
        Ref(b, _o.Is64Bit ? 52 : 40, label);
        return b;
    }

    private byte[] Header()
    {
        var h = new byte[_headerLength];
        Magic.CopyTo(h, 0);
        var a1 = _o.Is64Bit ? 4 : 0;
        var a2 = _o.Is64Bit ? 4 : 0;
        h[32] = (byte)(_o.Is64Bit ? 0x33 : 0x22);
        h[33] = 0x22;
        h[35] = (byte)(a1 == 4 ? 0x33 : 0x22);
        h[36] = 0x22;
        h[37] = (byte)(_o.LittleEndian ? 1 : 0);
        h[39] = (byte)'1';
        h[70] = (byte)_o.EncodingCode;
        Encoding.ASCII.GetBytes("SAS FILE").CopyTo(h, 84);
        Padded(h, 92, 64, _o.Name);
        Padded(h, 156, 8, "DATA");
        Double(h, 164 + a1, _o.Timestamp);
        Double(h, 172 + a1, _o.Timestamp);
        Int32(h, 196 + a1, _headerLength);
        Int32(h, 200 + a1, _o.PageLength);
        if (_o.Is64Bit) Int64(h, 204 + a1, _pages); else Int32(h, 204 + a1, (int)_pages);
        Padded(h, 216 + a1 + a2, 8, "9.0401M6");
        Padded(h, 224 + a1 + a2, 16, "Linux");
        Padded(h, 240 + a1 + a2, 16, "4.18.0");
        Padded(h, 272 + a1 + a2, 16, "x86_64");
        return h;
    }

    private static void Padded(byte[] b, int at, int length, string s)
    {
        b.AsSpan(at, length).Fill((byte)' ');
        var bytes = Encoding.ASCII.GetBytes(s);
        bytes.AsSpan(0, Math.Min(bytes.Length, length)).CopyTo(b.AsSpan(at));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Pages

    /// <summary>Collects subheaders for one meta or mix page: pointers from the front, data from the back.</summary>
    private sealed class PageBuilder(Sas7bdatWriter w)
    {
        private readonly List<(byte[] Bytes, byte Compression, byte Type)> _subs = [];
        private int _dataBytes;
        private bool _truncated;

        public int Count => _subs.Count;

        private int PointerCount => _subs.Count + (_truncated ? 1 : 0);

        public bool TryAdd(byte[] bytes, byte compression, byte type)
        {
            var pointers = w._pageHeader + (PointerCount + 2) * w._pointer; // room for this one and a truncated one
            if (pointers + _dataBytes + bytes.Length > w._o.PageLength) return false;
            _subs.Add((bytes, compression, type));
            _dataBytes += bytes.Length;
            return true;
        }

        public void AddTruncatedPointer() => _truncated = true;

        public bool MixRoomFor(int rows, int rowLength)
        {
            var start = (int)((w._pageHeader + (long)PointerCount * w._pointer + 7) & ~7L);
            var bitmap = w._o.DeletedRows.Count > 0 ? (rows + 7) / 8 : 0;
            return rowLength > 0 && start + (long)rows * rowLength + bitmap + _dataBytes <= w._o.PageLength;
        }

        public byte[] Build(int type, List<byte[]>? rows, long firstRow)
        {
            var page = new byte[w._o.PageLength];
            var end = page.Length;
            var i = 0;
            foreach (var (bytes, compression, stype) in _subs)
            {
                end -= bytes.Length;
                bytes.CopyTo(page, end);
                if (ReferenceEquals(bytes, w._rowSize)) w._rowSizeAt = w._out.Position + end;
                var at = w._pageHeader + i * w._pointer;
                w.Int(page, at, end);
                w.Int(page, at + w._int, bytes.Length);
                page[at + 2 * w._int] = compression;
                page[at + 2 * w._int + 1] = stype;
                i++;
            }
            if (_truncated)
            {
                var at = w._pageHeader + i * w._pointer;
                w.Int(page, at, end);
                page[at + 2 * w._int] = 1;
                i++;
            }
            var rowCount = rows?.Count ?? 0;
            w.U16(page, w._pageHeader - 6, i + rowCount);
            w.U16(page, w._pageHeader - 4, i);
            if (rowCount > 0)
            {
                var start = (w._pageHeader + i * w._pointer + 7) & ~7;
                for (var r = 0; r < rowCount; r++) rows![r].CopyTo(page, start + r * w._rowLength);
                type |= w.Bitmap(page, start, rowCount, firstRow, end);
            }
            w.U16(page, w._pageHeader - 8, type);
            _subs.Clear();
            _dataBytes = 0;
            _truncated = false;
            return page;
        }
    }

    private void Flush(PageBuilder page, int type, List<byte[]>? rows = null, long firstRow = 0)
    {
        _out.Write(page.Build(type, rows, firstRow));
        _pages++;
    }

    private void DataPage(List<byte[]> rows, long firstRow)
    {
        var page = new byte[_o.PageLength];
        for (var r = 0; r < rows.Count; r++) rows[r].CopyTo(page, _pageHeader + r * _rowLength);
        var type = 0x0100 | Bitmap(page, _pageHeader, rows.Count, firstRow, page.Length);
        U16(page, _pageHeader - 8, type);
        U16(page, _pageHeader - 6, rows.Count);
        _out.Write(page);
        _pages++;
    }

    /// <summary>Writes the deleted-row bitmap just before <paramref name="end"/> when a row of the page is deleted; returns the 0x80 page flag or 0.</summary>
    private int Bitmap(byte[] page, int start, int rows, long firstRow, int end)
    {
        var any = false;
        for (var r = 0; r < rows; r++) any |= _o.DeletedRows.Contains(firstRow + r);
        if (!any) return 0;
        var bytes = (rows + 7) / 8;
        var at = end - bytes;
        for (var r = 0; r < rows; r++)
            if (_o.DeletedRows.Contains(firstRow + r)) page[at + r / 8] |= (byte)(0x80 >> (r % 8));
        Int32(page, _o.Is64Bit ? 24 : 12, at - (start + rows * _rowLength));
        return 0x80;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Values

    private void Encode(object?[] values, byte[] row)
    {
        if (values.Length != _columns.Count) throw new ArgumentException("A row must have one value per column.");
        Span<byte> full = stackalloc byte[8];
        for (var i = 0; i < values.Length; i++)
        {
            var c = _columns[i];
            var field = row.AsSpan(_offsets[i], c.Length);
            if (c.Type == Sas7bdatVariableType.Numeric)
            {
                var bits = values[i] switch
                {
                    null => MissingBits('.'),
                    double d => (ulong)BitConverter.DoubleToInt64Bits(d),
                    int n => (ulong)BitConverter.DoubleToInt64Bits(n),
                    Sas7bdatValue { Number: { } d } => (ulong)BitConverter.DoubleToInt64Bits(d),
                    Sas7bdatValue { MissingCode: { } m } => MissingBits(m),
                    var other => throw new ArgumentException($"Not a number: {other}"),
                };
                if (_o.LittleEndian)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(full, bits);
                    full[(8 - c.Length)..].CopyTo(field);
                }
                else
                {
                    BinaryPrimitives.WriteUInt64BigEndian(full, bits);
                    full[..c.Length].CopyTo(field);
                }
            }
            else
            {
                field.Fill((byte)' ');
                var s = values[i] switch
                {
                    null => "",
                    string t => t,
                    Sas7bdatValue { Text: { } t } => t,
                    var other => throw new ArgumentException($"Not a text: {other}"),
                };
                var bytes = _o.Encoding.GetBytes(s);
                if (bytes.Length > field.Length) throw new ArgumentException($"'{s}' is longer than {c.Name} ({c.Length} bytes).");
                bytes.CopyTo(field);
            }
        }
    }

    /// <summary>The NaN SAS stores for a missing value: all ones in the top two bytes, the complement of the code in the third.</summary>
    internal static ulong MissingBits(char code) => 0xFFFF_0000_0000_0000UL | ((ulong)(byte)~(byte)code << 40);

    private byte[] Compress(byte[] row) => _o.Compression == Sas7bdatCompression.Rdc ? Sas7bdatCompressors.Rdc(row) : Sas7bdatCompressors.Rle(row);

    // ------------------------------------------------------------------------------------------------------------
    // Integers in the file's byte order

    private void Signature(byte[] b, int at, uint signature)
    {
        if (!_o.Is64Bit)
        {
            Int32(b, at, (int)signature);
            return;
        }
        // 64-bit: negative signatures are sign-extended; the row and column size signatures come first, then zeros.
        if ((signature & 0x80000000) != 0 && signature is not (0xF7F7F7F7 or 0xF6F6F6F6)) Int64(b, at, (int)signature);
        else if (_o.LittleEndian) BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), signature);
        else BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(at), signature);
    }

    private void Ref(byte[] b, int at, (int Index, int Offset, int Length) r)
    {
        U16(b, at, r.Index);
        U16(b, at + 2, r.Offset);
        U16(b, at + 4, r.Length);
    }

    private void Int(byte[] b, int at, long value)
    {
        if (_o.Is64Bit) Int64(b, at, value); else Int32(b, at, checked((int)value));
    }

    private void U16(byte[] b, int at, int value)
    {
        if (_o.LittleEndian) BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), checked((ushort)value));
        else BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(at), checked((ushort)value));
    }

    private void Int32(byte[] b, int at, int value)
    {
        if (_o.LittleEndian) BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(at), value);
        else BinaryPrimitives.WriteInt32BigEndian(b.AsSpan(at), value);
    }

    private void Int64(byte[] b, int at, long value)
    {
        if (_o.LittleEndian) BinaryPrimitives.WriteInt64LittleEndian(b.AsSpan(at), value);
        else BinaryPrimitives.WriteInt64BigEndian(b.AsSpan(at), value);
    }

    private void Double(byte[] b, int at, double value)
    {
        if (_o.LittleEndian) BinaryPrimitives.WriteDoubleLittleEndian(b.AsSpan(at), value);
        else BinaryPrimitives.WriteDoubleBigEndian(b.AsSpan(at), value);
    }
}
