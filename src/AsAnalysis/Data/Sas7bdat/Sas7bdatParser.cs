using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// The SAS7BDAT page reader behind <see cref="Sas7bdatReader"/>. Layout (see docs/input-formats-sas7bdat.md):
/// a header of HL bytes, then PC pages of PL bytes. A page starts with a page header (24 bytes, 40 in the 64-bit
/// layout) whose last 8 bytes hold the page type, the block count and the subheader count; subheader pointers follow
/// (12 or 24 bytes each: offset, length, compression flag, type). Meta and AMD pages carry subheaders (column
/// metadata, and in compressed files one row per subheader); data pages carry rows back to back after the page
/// header; mix pages carry subheaders and then rows from the next 8-byte boundary.
/// </summary>
/// <remarks>
/// Memory: one page buffer, one row buffer (compressed files), the column metadata, and the caller's output. Every
/// offset and length read from the file is checked against the buffer it indexes before use; every loop is bounded by a
/// count that was checked against the page size; problems become a <see cref="TrialDataException"/> naming the file,
/// the page and the byte offset (and the row and variable for value problems).
/// </remarks>
internal sealed class Sas7bdatParser : IDisposable
{
    internal const int MaxPageLength = 1 << 24;
    internal const int MaxHeaderLength = 1 << 24;
    private const int MinLength = 1024;
    private const long MaxTextBytes = 64L << 20;
    private const int MaxMetadataEntries = 2_000_000;

    private const uint SigRowSize = 0xF7F7F7F7;
    private const uint SigColumnSize = 0xF6F6F6F6;
    private const uint SigCounts = 0xFFFFFC00;
    private const uint SigFormat = 0xFFFFFBFE;
    private const uint SigAttributes = 0xFFFFFFFC;
    private const uint SigText = 0xFFFFFFFD;
    private const uint SigList = 0xFFFFFFFE;
    private const uint SigNames = 0xFFFFFFFF;
    private const uint SigFamilyMask = 0xFFFFFFF8;

    private static readonly byte[] Magic =
    [
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC2, 0xEA, 0x81, 0x60,
        0xB3, 0x14, 0x11, 0xCF, 0xBD, 0x92, 0x08, 0x00, 0x09, 0xC7, 0x31, 0x8C, 0x18, 0x1F, 0x10, 0x11,
    ];

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly string _file;
    private readonly long _streamStart;

    // Layout, from the file header.
    private bool _u64;
    private bool _le;
    private int _intSize;
    private int _pageHeaderSize;
    private int _pointerSize;
    private int _headerLength;
    private int _pageLength;
    private long _pageCount;

    // The page buffer and which page it holds (-1: none).
    private byte[] _page = [];
    private long _pageIndex = -1;
    private long _nextPageToRead; // the stream is positioned before this page

    // Column metadata collected from the subheaders.
    private readonly List<byte[]> _blobs = [];
    private readonly List<TextRef> _nameRefs = [];
    private readonly List<ColumnAttribute> _attributes = [];
    private readonly List<FormatRef> _formats = [];
    private bool _haveRowSize;
    private long _rowLength;
    private long _rowCount;
    private long _deletedCount;
    private long _mixRowCount;
    private TextRef _labelRef;
    private TextRef _compressionRef;
    private bool _haveColumnSize;
    private long _columnCount;
    private long _textBytes;

    // The result of opening.
    private Encoding _strict = Encoding.UTF8;
    private Encoding _lenient = Encoding.UTF8;
    private bool _asciiCompatible;
    private long _firstRowPage;
    private Sas7bdatCompression _compression;
    private bool _recordsStarted;

    private Sas7bdatParser(Stream stream, string file, bool leaveOpen)
    {
        _stream = stream;
        _file = file;
        _leaveOpen = leaveOpen;
        _streamStart = stream.CanSeek ? stream.Position : 0;
    }

    public Sas7bdatHeader Header { get; private set; } = null!;
    public Sas7bdatVariable[] Variables { get; private set; } = [];
    public Dictionary<string, int> Index { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rows skipped because the file marks them deleted (counted while <see cref="Records"/> runs).</summary>
    public long DeletedRows { get; private set; }

    /// <summary>Reads the header and the column metadata; the rows are read by <see cref="Records"/>.</summary>
    public static Sas7bdatParser Open(Stream stream, string file, bool leaveOpen, Sas7bdatReadOptions options)
    {
        var parser = new Sas7bdatParser(stream, file, leaveOpen);
        try
        {
            var headerFields = parser.ReadHeader(options);
            parser.ReadMetadata();
            parser.Finish(headerFields);
            return parser;
        }
        catch
        {
            parser.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_leaveOpen) _stream.Dispose();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Header

    /// <summary>What the file header says, kept until the metadata is complete.</summary>
    private sealed record HeaderFields(
        string Name, string FileType, int EncodingCode, DateTime? Created, DateTime? Modified,
        string Release, string Host, string OsVersion, string OsMaker, string OsName);

    private HeaderFields ReadHeader(Sas7bdatReadOptions options)
    {
        var head = new byte[MinLength];
        var got = ReadFully(head, 0, head.Length);
        if (got == 0) throw Fail(0, "the file is empty; expected a SAS7BDAT dataset");
        if (got >= 32 && head.AsSpan(0, 32).SequenceEqual(CatalogMagic()))
            throw Fail(0, "this is a SAS catalog (.sas7bcat), not a SAS dataset", Hex(head, 0, 32));
        var magicOk = got >= 32 && (head.AsSpan(0, 32).SequenceEqual(Magic)
            || (head.AsSpan(0, 28).IndexOfAnyExcept((byte)0) < 0 && head.AsSpan(28, 4).SequenceEqual(Magic.AsSpan(28, 4))));
        if (!magicOk)
            throw Fail(0, "not a SAS7BDAT file: the first 32 bytes are not the SAS7BDAT magic number", Hex(head, 0, Math.Min(got, 32)));
        if (got < head.Length)
            throw Fail(0, $"the file ends inside the header ({got} bytes; the header's fixed fields take {MinLength}): truncated");

        _u64 = head[32] == 0x33;
        var align = head[35] == 0x33 ? 4 : 0;
        _le = head[37] switch
        {
            1 => true,
            0 => false,
            _ => throw Fail(0, $"invalid byte-order flag 0x{head[37]:X2} at header byte 37 (0x00 big-endian or 0x01 little-endian expected): damaged header", Hex(head, 32, 8)),
        };
        _intSize = _u64 ? 8 : 4;
        _pageHeaderSize = _u64 ? 40 : 24;
        _pointerSize = _u64 ? 24 : 12;

        var encodingCode = head[70];
        var headerLength = I32(head, 196 + align);
        var pageLength = I32(head, 200 + align);
        var pageCount = _u64 ? I64(head, 204 + align) : I32(head, 204 + align);
        if (headerLength < MinLength || headerLength > MaxHeaderLength)
            throw Fail(0, $"invalid header length {headerLength} at header byte {196 + align} ({MinLength} to {MaxHeaderLength} expected): damaged header", headerLength.ToString(CultureInfo.InvariantCulture));
        if (pageLength < MinLength || pageLength > MaxPageLength)
            throw Fail(0, $"invalid page length {pageLength} at header byte {200 + align} ({MinLength} to {MaxPageLength} expected): damaged header", pageLength.ToString(CultureInfo.InvariantCulture));
        if (pageCount < 0 || pageCount > (long.MaxValue - headerLength) / pageLength)
            throw Fail(0, $"invalid page count {pageCount} at header byte {204 + align}: damaged header", pageCount.ToString(CultureInfo.InvariantCulture));
        _headerLength = (int)headerLength;
        _pageLength = (int)pageLength;
        _pageCount = pageCount;

        var encoding = options.Encoding ?? Sas7bdatEncodings.Strict(encodingCode)
            ?? throw Fail(0, $"the file's character encoding (code {encodingCode}, SAS name {Sas7bdatEncodings.SasName(encodingCode)}) is not available in .NET; "
                + "set Sas7bdatReadOptions.Encoding to read its text with a chosen encoding", encodingCode.ToString(CultureInfo.InvariantCulture));
        _strict = Sas7bdatEncodings.MakeStrict(encoding);
        _lenient = Sas7bdatEncodings.MakeLenient(encoding);
        _asciiCompatible = Sas7bdatEncodings.IsAsciiCompatible(encoding);

        var total = (long)_headerLength + _pageCount * _pageLength;
        if (_stream.CanSeek)
        {
            var length = _stream.Length - _streamStart;
            if (length < _headerLength)
                throw Fail(0, $"the file ends inside the header ({length} bytes; the header declares {_headerLength}): truncated");
            if (length < total)
            {
                var whole = (length - _headerLength) / _pageLength;
                throw Fail(0, $"the file ends inside page {whole + 1} of {_pageCount} ({length} bytes; the header declares a {_headerLength}-byte header and "
                    + $"{_pageCount} pages of {_pageLength} bytes, {total} bytes): truncated");
            }
        }
        var tail = align + (_u64 ? 4 : 0);
        var fields = new HeaderFields(
            Name: MetaText(head, 92, 64),
            FileType: MetaText(head, 156, 8),
            EncodingCode: encodingCode,
            Created: SasTimestamp(F64(head, 164 + align)),
            Modified: SasTimestamp(F64(head, 172 + align)),
            Release: MetaText(head, 216 + tail, 8),
            Host: MetaText(head, 224 + tail, 16),
            OsVersion: MetaText(head, 240 + tail, 16),
            OsMaker: MetaText(head, 256 + tail, 16),
            OsName: MetaText(head, 272 + tail, 16));
        // Skip the rest of the header.
        Skip(_headerLength - MinLength, "the header");
        _nextPageToRead = 0;
        _page = new byte[_pageLength];
        return fields;
    }

    private static byte[] CatalogMagic()
    {
        var m = (byte[])Magic.Clone();
        m[15] = 0x63;
        return m;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Metadata

    /// <summary>
    /// Reads pages from the first, collecting column metadata, up to the first page that holds rows (kept in the
    /// buffer for <see cref="Records"/>). When the metadata is still incomplete there (it continues on later pages, or
    /// sits on amendment pages at the end), a seekable stream is scanned on and rewound; otherwise it is an error.
    /// </summary>
    private void ReadMetadata()
    {
        _firstRowPage = _pageCount;
        for (long p = 0; p < _pageCount; p++)
        {
            ReadPage(p);
            var info = PageInfo();
            if (info.Kind is PageKind.Meta or PageKind.Mix or PageKind.Amd) ParseMetadata(info);
            if (HasRows(info))
            {
                _firstRowPage = p;
                break;
            }
        }
        if (IsComplete() || _firstRowPage >= _pageCount) return;
        if (!_stream.CanSeek)
            throw Fail(0, $"the column metadata is incomplete on page {_firstRowPage + 1}, where the rows start ({Missing()}); it continues "
                + "on later pages, which this reader can only look ahead to in a seekable stream (open the file by its path)");
        for (var p = _firstRowPage + 1; p < _pageCount && !IsComplete(); p++)
        {
            ReadPage(p);
            var info = PageInfo();
            if (info.Kind is PageKind.Meta or PageKind.Mix or PageKind.Amd) ParseMetadata(info);
        }
        ReadPage(_firstRowPage);
    }

    private bool IsComplete() =>
        _haveRowSize && _haveColumnSize && _columnCount <= int.MaxValue
        && _nameRefs.Count >= _columnCount && _attributes.Count >= _columnCount && _formats.Count >= _columnCount
        && _nameRefs.Take((int)_columnCount).All(Resolvable) && _formats.Take((int)_columnCount).All(f => Resolvable(f.Format) && Resolvable(f.Label))
        && Resolvable(_compressionRef) && Resolvable(_labelRef);

    private bool Resolvable(TextRef r) => r.Length == 0 || r.Index < _blobs.Count;

    private string Missing()
    {
        if (!_haveRowSize) return "no row size subheader";
        if (!_haveColumnSize) return "no column size subheader";
        return $"{_columnCount} columns declared; {_nameRefs.Count} names, {_attributes.Count} attributes, {_formats.Count} formats and {_blobs.Count} text blocks found";
    }

    private void ParseMetadata(Page info)
    {
        for (var i = 0; i < info.SubheaderCount; i++)
        {
            var ptr = ReadPointer(info, i);
            if (ptr.Length == 0 || ptr.Compression is 1 or 4 or 5) continue;
            var signature = Signature(ptr);
            switch (signature)
            {
                case SigRowSize: RowSize(ptr); break;
                case SigColumnSize: ColumnSize(ptr); break;
                case SigText: Text(ptr); break;
                case SigNames: Names(ptr); break;
                case SigAttributes: Attributes(ptr); break;
                case SigFormat: Format(ptr); break;
                default: break; // counts, column list, other known and unknown metadata: not needed to read the rows
            }
        }
    }

    private static bool IsMetadataSignature(uint s) =>
        s is SigRowSize or SigColumnSize or SigCounts or SigFormat || (s & SigFamilyMask) == SigFamilyMask;

    private void RowSize(SubheaderPointer ptr)
    {
        if (_haveRowSize) return; // amendment pages may repeat it; the first one counts
        var min = _u64 ? 250 : 190;
        if (ptr.Length < min) throw PageFail(ptr.Offset, $"the row size subheader is {ptr.Length} bytes long; at least {min} expected");
        var s = ptr.Offset;
        _rowLength = Word(s + 5 * _intSize);
        _rowCount = Word(s + 6 * _intSize);
        _deletedCount = Word(s + 7 * _intSize);
        _mixRowCount = Word(s + 15 * _intSize);
        _labelRef = Ref(s + ptr.Length - 130);
        _compressionRef = Ref(s + ptr.Length - 118);
        if (_rowLength < 0 || _rowLength > MaxPageLength)
            throw PageFail(s + 5 * _intSize, $"invalid row length {_rowLength} in the row size subheader (0 to {MaxPageLength} expected)");
        if (_rowCount < 0) throw PageFail(s + 6 * _intSize, $"invalid row count {_rowCount} in the row size subheader");
        _haveRowSize = true;
    }

    private void ColumnSize(SubheaderPointer ptr)
    {
        if (_haveColumnSize) return;
        if (ptr.Length < 2 * _intSize) throw PageFail(ptr.Offset, $"the column size subheader is {ptr.Length} bytes long; at least {2 * _intSize} expected");
        _columnCount = Word(ptr.Offset + _intSize);
        if (_columnCount < 0 || _columnCount > 1_000_000)
            throw PageFail(ptr.Offset + _intSize, $"invalid column count {_columnCount} in the column size subheader");
        _haveColumnSize = true;
    }

    private void Text(SubheaderPointer ptr)
    {
        var sig = _intSize;
        if (ptr.Length < sig + 2) throw PageFail(ptr.Offset, $"a column text subheader is {ptr.Length} bytes long; at least {sig + 2} expected");
        var declared = U16(ptr.Offset + sig);
        if (declared != ptr.Length - (4 + 2 * sig))
            throw PageFail(ptr.Offset + sig, $"a column text subheader declares {declared} bytes of text but its pointer gives it {ptr.Length} bytes ({ptr.Length - (4 + 2 * sig)} expected)");
        if (_blobs.Count >= ushort.MaxValue) throw PageFail(ptr.Offset, "more than 65535 column text subheaders: damaged file");
        _textBytes += ptr.Length;
        if (_textBytes > MaxTextBytes) throw PageFail(ptr.Offset, $"the column text subheaders exceed {MaxTextBytes >> 20} MiB: damaged file");
        _blobs.Add(_page.AsSpan((int)ptr.Offset + sig, (int)ptr.Length - sig).ToArray());
    }

    private void Names(SubheaderPointer ptr)
    {
        var count = (ptr.Length - (_u64 ? 28 : 20)) / 8;
        if (count < 0) throw PageFail(ptr.Offset, $"a column name subheader is {ptr.Length} bytes long; too short");
        var start = ptr.Offset + _intSize + 8;
        if (_nameRefs.Count + count > MaxMetadataEntries) throw PageFail(ptr.Offset, $"more than {MaxMetadataEntries} column names: damaged file");
        for (var k = 0; k < count; k++) _nameRefs.Add(Ref(start + 8 * k));
    }

    private void Attributes(SubheaderPointer ptr)
    {
        var size = _u64 ? 16 : 12;
        var count = (ptr.Length - (_u64 ? 28 : 20)) / size;
        if (count < 0) throw PageFail(ptr.Offset, $"a column attributes subheader is {ptr.Length} bytes long; too short");
        if (_attributes.Count + count > MaxMetadataEntries) throw PageFail(ptr.Offset, $"more than {MaxMetadataEntries} column attributes: damaged file");
        var start = ptr.Offset + _intSize + 8;
        for (var k = 0; k < count; k++)
        {
            var at = start + size * k;
            var offset = Word(at);
            var width = I32(_page, (int)at + _intSize);
            var type = _page[(int)at + _intSize + 6];
            _attributes.Add(new ColumnAttribute(offset, width, type, at));
        }
    }

    private void Format(SubheaderPointer ptr)
    {
        var min = _u64 ? 58 : 46;
        if (ptr.Length < min) throw PageFail(ptr.Offset, $"a column format and label subheader is {ptr.Length} bytes long; at least {min} expected");
        if (_formats.Count >= MaxMetadataEntries) throw PageFail(ptr.Offset, $"more than {MaxMetadataEntries} column formats: damaged file");
        var s = ptr.Offset;
        var width = U16(s + 3 * _intSize);
        var decimals = U16(s + 3 * _intSize + 2);
        var format = Ref(s + (_u64 ? 46 : 34));
        var label = Ref(s + (_u64 ? 52 : 40));
        _formats.Add(new FormatRef(format, label, width, decimals));
    }

    /// <summary>Checks the metadata and builds the header and the variables.</summary>
    private void Finish(HeaderFields h)
    {
        if (!_haveRowSize || !_haveColumnSize || _nameRefs.Count < _columnCount || _attributes.Count < _columnCount)
            throw Fail(0, $"the column metadata is incomplete after reading every page ({Missing()}): damaged or truncated file");
        var n = (int)_columnCount;
        var compressionLiteral = Resolve(_compressionRef, "the compression literal", strict: false);
        _compression = compressionLiteral switch
        {
            "SASYZCRL" => Sas7bdatCompression.Rle,
            "SASYZCR2" => Sas7bdatCompression.Rdc,
            _ => Sas7bdatCompression.None,
        };
        var variables = new Sas7bdatVariable[n];
        var rowLength = (int)_rowLength;
        for (var i = 0; i < n; i++)
        {
            var what = $"variable {i + 1}";
            var name = Resolve(_nameRefs[i], $"the name of {what}", strict: true);
            if (string.IsNullOrWhiteSpace(name)) throw Fail(0, $"{what} has an empty name: damaged column name subheader", name);
            var a = _attributes[i];
            var where = $"{what} ({name}; column attributes at byte {a.At} of the page that holds them)";
            if (a.Type is not (1 or 2))
                throw Fail(0, $"invalid type {a.Type} of {where} (1 = numeric, 2 = character)", a.Type.ToString(CultureInfo.InvariantCulture), name);
            var type = (Sas7bdatVariableType)a.Type;
            if (type == Sas7bdatVariableType.Numeric && a.Width is < 2 or > 8)
                throw Fail(0, $"invalid length {a.Width} of numeric {where} (2 to 8 bytes)", a.Width.ToString(CultureInfo.InvariantCulture), name);
            if (type == Sas7bdatVariableType.Character && a.Width is < 1 or > 32767)
                throw Fail(0, $"invalid length {a.Width} of character {where} (1 to 32767 bytes)", a.Width.ToString(CultureInfo.InvariantCulture), name);
            if (a.Offset < 0 || a.Offset + a.Width > rowLength)
                throw Fail(0, $"{where} lies at bytes {a.Offset}-{a.Offset + a.Width - 1}, outside the {rowLength}-byte row: damaged column attributes",
                    a.Offset.ToString(CultureInfo.InvariantCulture), name);
            var format = XptFormat.None;
            var label = "";
            if (i < _formats.Count)
            {
                var f = _formats[i];
                var formatName = Resolve(f.Format, $"the format of {what}", strict: false);
                label = Resolve(f.Label, $"the label of {what}", strict: false);
                format = formatName.Length == 0 && f.Width == 0 ? XptFormat.None : new XptFormat(formatName, f.Width, f.Decimals);
            }
            variables[i] = new Sas7bdatVariable(i + 1, name, label, type, a.Width, (int)a.Offset, format);
            if (!Index.TryAdd(variables[i].Name, i))
                throw Fail(0, $"two variables are named {variables[i].Name} (variables {Index[variables[i].Name] + 1} and {i + 1}): damaged column names", variables[i].Name, variables[i].Name);
        }
        Variables = variables;
        Header = new Sas7bdatHeader
        {
            FileName = _file,
            Name = h.Name,
            Label = Resolve(_labelRef, "the dataset label", strict: false),
            FileType = h.FileType,
            Is64Bit = _u64,
            IsLittleEndian = _le,
            EncodingCode = h.EncodingCode,
            SasEncodingName = Sas7bdatEncodings.SasName(h.EncodingCode),
            Encoding = _strict,
            Compression = _compression,
            Created = h.Created,
            Modified = h.Modified,
            SasRelease = h.Release,
            ServerType = h.Host,
            OsVersion = h.OsVersion,
            OsMaker = h.OsMaker,
            OsName = h.OsName,
            HeaderLength = _headerLength,
            PageLength = _pageLength,
            PageCount = _pageCount,
            RowLength = rowLength,
            RowCount = _rowCount,
            DeletedRowCount = _deletedCount,
            MixPageRowCount = _mixRowCount,
            ColumnCount = n,
        };
        _rowBuffer = new byte[rowLength];
        _decoder = new RowDecoder(this, variables);
    }

    /// <summary>The text a reference points to, trailing blanks and NULs removed.</summary>
    private string Resolve(TextRef r, string what, bool strict)
    {
        if (r.Length == 0) return "";
        if (r.Index >= _blobs.Count)
            throw Fail(0, $"{what} points to column text block {r.Index + 1}, but the file has {_blobs.Count}: damaged metadata");
        var blob = _blobs[r.Index];
        if (r.Offset + r.Length > blob.Length)
            throw Fail(0, $"{what} points to bytes {r.Offset}-{r.Offset + r.Length - 1} of column text block {r.Index + 1}, which has {blob.Length} bytes: damaged metadata");
        var span = blob.AsSpan(r.Offset, r.Length);
        var end = span.Length;
        while (end > 0 && span[end - 1] is 0x20 or 0x00) end--;
        span = span[..end];
        if (!strict) return _lenient.GetString(span);
        try
        {
            return _strict.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw Fail(0, $"{what} is not valid {_strict.WebName} text: damaged metadata or wrong encoding", Hex(span));
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Rows

    private byte[] _rowBuffer = [];
    private RowDecoder _decoder = null!;

    /// <summary>The rows, read page by page from the first page that holds rows; may be enumerated once.</summary>
    public IEnumerable<Sas7bdatRecord> Records() => Rows(_decoder.Decode);

    /// <summary>
    /// The rows as the loader's text fields (see <see cref="Sas7bdatText"/>), made straight from the row bytes; fields of
    /// columns not <paramref name="wanted"/> (read when the enumeration starts) stay null.
    /// </summary>
    public IEnumerable<string?[]> Fields(bool[] isDate, Func<bool[]?> wanted)
    {
        var decoder = new FieldDecoder(this, _decoder, isDate);
        return Rows((row, number) => decoder.Decode(row, number, wanted));
    }

    /// <summary>Makes one output from the bytes of a row (which are valid only during the call).</summary>
    internal delegate T RowProjection<T>(ReadOnlySpan<byte> row, long number);

    private IEnumerable<T> Rows<T>(RowProjection<T> project)
    {
        if (_recordsStarted) throw new InvalidOperationException("The rows of a SAS7BDAT reader can be enumerated only once.");
        _recordsStarted = true;
        return Enumerate(project);
    }

    private IEnumerable<T> Enumerate<T>(RowProjection<T> project)
    {
        long physical = 0; // rows seen, deleted ones included (the row count of the header counts them)
        long number = 0;
        var rowLength = (int)_rowLength;
        for (var p = _firstRowPage; p < _pageCount; p++)
        {
            if (_pageIndex != p) ReadPage(p);
            var info = PageInfo();
            if (info.Kind is PageKind.Comp) continue;
            if (info.Kind is PageKind.Meta or PageKind.Mix or PageKind.Amd)
            {
                for (var i = 0; i < info.SubheaderCount; i++)
                {
                    var ptr = ReadPointer(info, i);
                    var kind = RowKind(ptr);
                    if (kind == SubheaderRow.None) continue;
                    if (physical >= _rowCount)
                        throw PageFail(ptr.Offset, $"subheader {i + 1} holds a row beyond the {_rowCount} rows the header declares: damaged file");
                    physical++;
                    if (kind == SubheaderRow.Deleted)
                    {
                        DeletedRows++;
                        continue;
                    }
                    number++;
                    yield return RowOfSubheader(ptr, kind, i, number, project);
                }
            }
            if (info.Kind is PageKind.Data or PageKind.Mix)
            {
                var rows = info.Kind == PageKind.Data ? info.BlockCount : info.BlockCount - info.SubheaderCount;
                var start = info.Kind == PageKind.Data ? _pageHeaderSize : Align8(_pageHeaderSize + (long)info.SubheaderCount * _pointerSize);
                if (rows < 0)
                    throw PageFail(_pageHeaderSize - 6, $"the mix page declares {info.BlockCount} blocks but {info.SubheaderCount} subheaders");
                if (rows > 0 && rowLength == 0)
                    throw PageFail(_pageHeaderSize - 6, $"the page holds {rows} rows but the row length is 0: damaged row size subheader");
                if (start + (long)rows * rowLength > _pageLength)
                    throw PageFail(start, $"the page declares {rows} rows of {rowLength} bytes from byte {start}, past the end of the {_pageLength}-byte page");
                if (rows > _rowCount - physical)
                    throw PageFail(_pageHeaderSize - 6, $"the page declares {rows} rows, but only {_rowCount - physical} of the {_rowCount} rows the header declares remain: damaged file");
                var bitmap = info.HasDeleted ? DeletedBitmap(info, start, rows, rowLength) : -1;
                for (var r = 0; r < rows; r++)
                {
                    physical++;
                    if (bitmap >= 0 && (_page[bitmap + (r >> 3)] & (0x80 >> (r & 7))) != 0)
                    {
                        DeletedRows++;
                        continue;
                    }
                    number++;
                    yield return project(_page.AsSpan((int)(start + (long)r * rowLength), rowLength), number);
                }
            }
        }
        if (physical != _rowCount)
            throw Fail(0, $"the header declares {_rowCount} rows but the {_pageCount} pages hold {physical}"
                + (DeletedRows > 0 ? $" ({DeletedRows} of them deleted)" : "") + ": truncated or damaged file");
    }

    private T RowOfSubheader<T>(SubheaderPointer ptr, SubheaderRow kind, int i, long number, RowProjection<T> project)
    {
        if (kind == SubheaderRow.Raw) return project(_page.AsSpan((int)ptr.Offset, (int)_rowLength), number);
        var src = _page.AsSpan((int)ptr.Offset, (int)ptr.Length);
        var reason = _compression == Sas7bdatCompression.Rdc
            ? Sas7bdatDecompression.Rdc(src, _rowBuffer)
            : Sas7bdatDecompression.Rle(src, _rowBuffer);
        if (reason is not null)
            throw PageFail(ptr.Offset, $"row {number} (subheader {i + 1}) cannot be decompressed: {reason}", Hex(src[..Math.Min(src.Length, 24)]));
        return project(_rowBuffer, number);
    }

    /// <summary>Where the deleted-row bitmap of a data or mix page starts: after the rows plus the gap stored at page byte 12 (24 in the 64-bit layout); one bit per row, most significant first.</summary>
    private int DeletedBitmap(Page info, long start, int rows, int rowLength)
    {
        var gapAt = _u64 ? 24 : 12;
        long gap = I32(_page, gapAt);
        var at = start + (long)rows * rowLength + gap;
        var bytes = (rows + 7) / 8;
        if (gap < 0 || at + bytes > _pageLength)
            throw PageFail(gapAt, $"the deleted-row bitmap of the page (gap {gap} after the rows, {bytes} bytes) lies outside the page", info.Type);
        return (int)at;
    }

    private enum SubheaderRow
    {
        None,
        Raw,
        Compressed,
        Deleted,
    }

    /// <summary>Whether a subheader holds a row: compression flag 4 (compressed row), 5 (deleted compressed row), or flag 0 in a compressed file with an unknown signature and type 1 (a row stored raw).</summary>
    private SubheaderRow RowKind(SubheaderPointer ptr)
    {
        if (ptr.Length == 0 || ptr.Compression == 1) return SubheaderRow.None;
        if (ptr.Compression == 5) return SubheaderRow.Deleted;
        if (ptr.Compression == 4)
        {
            if (_compression == Sas7bdatCompression.None)
                throw PageFail(ptr.Offset, "a subheader holds a compressed row, but the file names no compression method (SASYZCRL or SASYZCR2)");
            return ptr.Length == _rowLength ? SubheaderRow.Raw : SubheaderRow.Compressed;
        }
        if (_compression == Sas7bdatCompression.None || ptr.Type != 1) return SubheaderRow.None;
        if (IsMetadataSignature(Signature(ptr))) return SubheaderRow.None;
        if (ptr.Length != _rowLength)
            throw PageFail(ptr.Offset, $"an uncompressed row subheader is {ptr.Length} bytes long, not the row length {_rowLength}");
        return SubheaderRow.Raw;
    }

    /// <summary>Whether a page holds rows (for the metadata scan, before the compression method is known).</summary>
    private bool HasRows(Page info)
    {
        if (info.Kind == PageKind.Data) return info.BlockCount > 0;
        if (info.Kind == PageKind.Mix && info.BlockCount > info.SubheaderCount) return true;
        if (info.Kind is not (PageKind.Meta or PageKind.Mix or PageKind.Amd)) return false;
        for (var i = 0; i < info.SubheaderCount; i++)
        {
            var ptr = ReadPointer(info, i);
            if (ptr.Length == 0 || ptr.Compression == 1) continue;
            if (ptr.Compression is 4 or 5) return true;
            if (ptr.Type == 1 && !IsMetadataSignature(Signature(ptr))) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Pages

    private enum PageKind
    {
        Meta,
        Data,
        Mix,
        Amd,
        Comp,
    }

    private readonly record struct Page(PageKind Kind, int Type, bool HasDeleted, int BlockCount, int SubheaderCount);

    private readonly record struct SubheaderPointer(long Offset, long Length, byte Compression, byte Type);

    private readonly record struct TextRef(int Index, int Offset, int Length);

    private readonly record struct ColumnAttribute(long Offset, int Width, byte Type, long At);

    private readonly record struct FormatRef(TextRef Format, TextRef Label, int Width, int Decimals);

    /// <summary>Reads page <paramref name="index"/> (0-based) into the buffer, seeking when the stream allows it.</summary>
    private void ReadPage(long index)
    {
        if (index != _nextPageToRead)
        {
            if (!_stream.CanSeek) throw new InvalidOperationException("Internal error: a non-seekable stream must be read in page order.");
            _stream.Position = _streamStart + _headerLength + index * _pageLength;
        }
        var got = ReadFully(_page, 0, _pageLength);
        if (got < _pageLength)
            throw Fail(0, $"the file ends inside page {index + 1} of {_pageCount} ({got} of its {_pageLength} bytes): truncated");
        _pageIndex = index;
        _nextPageToRead = index + 1;
    }

    /// <summary>The page header of the page in the buffer, with its type classified and its counts checked against the page size.</summary>
    private Page PageInfo()
    {
        var type = U16(_pageHeaderSize - 8);
        var blocks = U16(_pageHeaderSize - 6);
        var subheaders = U16(_pageHeaderSize - 4);
        PageKind kind;
        if ((type & 0x9000) == 0x9000) kind = PageKind.Comp;
        else
        {
            kind = (type & 0x0F00) switch
            {
                0x0000 => PageKind.Meta,
                0x0100 => PageKind.Data,
                0x0200 => PageKind.Mix,
                0x0400 => PageKind.Amd,
                _ => throw PageFail(_pageHeaderSize - 8, $"unknown page type 0x{type:X4} (meta 0x0000, data 0x0100, mix 0x0200, amendment 0x0400 expected)", type),
            };
        }
        if (kind != PageKind.Comp && kind != PageKind.Data && _pageHeaderSize + (long)subheaders * _pointerSize > _pageLength)
            throw PageFail(_pageHeaderSize - 4, $"the page declares {subheaders} subheader pointers, which do not fit in the {_pageLength}-byte page", subheaders);
        return new Page(kind, type, (type & 0x0080) != 0, blocks, kind == PageKind.Data ? 0 : subheaders);
    }

    /// <summary>Subheader pointer <paramref name="i"/> of the page in the buffer, checked to lie within the page after the pointer table.</summary>
    private SubheaderPointer ReadPointer(Page info, int i)
    {
        var at = _pageHeaderSize + i * _pointerSize;
        var offset = Word(at);
        var length = Word(at + _intSize);
        var compression = _page[at + 2 * _intSize];
        var type = _page[at + 2 * _intSize + 1];
        if (length == 0 || compression == 1) return new SubheaderPointer(offset, 0, compression, type);
        if (compression is not (0 or 4 or 5))
            throw PageFail(at + 2 * _intSize, $"subheader pointer {i + 1} has the unknown compression flag {compression} (0, 1, 4 or 5 expected)", compression);
        var tableEnd = _pageHeaderSize + (long)info.SubheaderCount * _pointerSize;
        if (length < 0 || offset < tableEnd || offset > _pageLength || length > _pageLength - offset)
            throw PageFail(at, $"subheader pointer {i + 1} points to bytes {offset}-{offset + length - 1}, outside the page area after the pointer table (bytes {tableEnd}-{_pageLength - 1})");
        if (compression == 0 && length < _intSize)
            throw PageFail(at, $"subheader pointer {i + 1} gives a subheader of {length} bytes, shorter than its signature");
        return new SubheaderPointer(offset, length, compression, type);
    }

    /// <summary>The 4-byte signature of a subheader; in big-endian 64-bit files the first 4 bytes may be all ones and the signature follows.</summary>
    private uint Signature(SubheaderPointer ptr)
    {
        var s = (uint)I32(_page, (int)ptr.Offset);
        if (_u64 && !_le && s == 0xFFFFFFFF) s = (uint)I32(_page, (int)ptr.Offset + 4);
        return s;
    }

    private static long Align8(long n) => (n + 7) & ~7L;

    // ------------------------------------------------------------------------------------------------------------
    // Bounds-checked field access within the page buffer

    private TextRef Ref(long at)
    {
        Check(at, 6);
        return new TextRef(U16(at), U16(at + 2), U16(at + 4));
    }

    private int U16(long at)
    {
        Check(at, 2);
        var span = _page.AsSpan((int)at, 2);
        return _le ? BinaryPrimitives.ReadUInt16LittleEndian(span) : BinaryPrimitives.ReadUInt16BigEndian(span);
    }

    /// <summary>A 4-byte (8 in the 64-bit layout) integer of the page.</summary>
    private long Word(long at)
    {
        Check(at, _intSize);
        return _u64 ? I64(_page, (int)at) : I32(_page, (int)at);
    }

    private void Check(long at, int length)
    {
        if (at < 0 || at + length > _pageLength)
            throw PageFail(Math.Max(0, at), $"a {length}-byte field at byte {at} lies outside the {_pageLength}-byte page: damaged subheader");
    }

    private int I32(byte[] b, int at) => _le ? BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at, 4)) : BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(at, 4));

    private long I64(byte[] b, int at) => _le ? BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(at, 8)) : BinaryPrimitives.ReadInt64BigEndian(b.AsSpan(at, 8));

    private double F64(byte[] b, int at) => _le ? BinaryPrimitives.ReadDoubleLittleEndian(b.AsSpan(at, 8)) : BinaryPrimitives.ReadDoubleBigEndian(b.AsSpan(at, 8));

    private static DateTime? SasTimestamp(double seconds) =>
        !double.IsNaN(seconds) && Sas7bdatValue.OfNumber(seconds).TryGetDateTime(out var t) ? t : null;

    private string MetaText(byte[] b, int at, int length)
    {
        var span = b.AsSpan(at, length);
        var end = span.IndexOf((byte)0);
        if (end >= 0) span = span[..end];
        return _lenient.GetString(span).Trim();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Stream

    private int ReadFully(byte[] buffer, int offset, int count)
    {
        var total = 0;
        while (total < count)
        {
            var n = _stream.Read(buffer, offset + total, count - total);
            if (n <= 0) break;
            total += n;
        }
        return total;
    }

    private void Skip(long count, string what)
    {
        if (count <= 0) return;
        if (_stream.CanSeek)
        {
            _stream.Position += count;
            return;
        }
        var buffer = new byte[Math.Min(count, 1 << 16)];
        while (count > 0)
        {
            var n = ReadFully(buffer, 0, (int)Math.Min(count, buffer.Length));
            if (n == 0) throw Fail(0, $"the file ends inside {what}: truncated");
            count -= n;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Problems

    internal TrialDataException Fail(long record, string reason, string value = "", string variable = "") =>
        new([new DataProblem(_file, record, variable, value, reason)]);

    private TrialDataException PageFail(long at, string reason, long value) =>
        PageFail(at, reason, value.ToString(CultureInfo.InvariantCulture));

    private TrialDataException PageFail(long at, string reason, string? value = null) =>
        Fail(0, $"page {_pageIndex + 1} of {_pageCount} (file byte {(long)_headerLength + _pageIndex * _pageLength + at}, page byte {at}): {reason}",
            value ?? Hex(_page.AsSpan((int)Math.Min(at, _pageLength), (int)Math.Min(16, _pageLength - Math.Min(at, _pageLength)))));

    internal static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    private static string Hex(byte[] b, int at, int length) => Convert.ToHexString(b, at, Math.Max(0, Math.Min(length, b.Length - at)));

    // ------------------------------------------------------------------------------------------------------------
    // Row decoding

    /// <summary>
    /// The missing-value code of a NaN: the complement of its second byte (bits 40-47) is the ASCII code ('.' 0x2E,
    /// 'A'-'Z', '_'), or in a second scheme 0 = '_', 1 = '.', 2-27 = 'A'-'Z'. Anything else reads as '.'.
    /// </summary>
    internal static char MissingCode(ulong bits)
    {
        var tag = (byte)~(bits >> 40);
        return tag switch
        {
            (byte)'.' => '\0',
            >= (byte)'A' and <= (byte)'Z' => (char)tag,
            (byte)'_' => '_',
            0 => '_',
            1 => '\0',
            >= 2 and <= 27 => (char)('A' + tag - 2),
            _ => '\0',
        };
    }

    /// <summary>Turns the bytes of one row into values, reusing the last string of a column when its bytes repeat.</summary>
    private sealed class RowDecoder
    {
        private readonly Sas7bdatParser _parser;
        private readonly Sas7bdatVariable[] _variables;
        private readonly int[] _offsets;
        private readonly int[] _lengths;
        private readonly bool[] _numeric;
        private readonly TextSlot[][] _slots;
        private readonly int[] _lastSlot;

        /// <summary>Per character column, a small direct-mapped cache from field bytes to their text (short values by hash, long ones in slot 0 as the last value).</summary>
        private struct TextSlot
        {
            public byte[]? Bytes;
            public int Length;
            public string? Text;
        }

        private const int Slots = 64;
        private const int ShortText = 64;

        public RowDecoder(Sas7bdatParser parser, Sas7bdatVariable[] variables)
        {
            _parser = parser;
            _variables = variables;
            _offsets = variables.Select(v => v.Offset).ToArray();
            _lengths = variables.Select(v => v.Length).ToArray();
            _numeric = variables.Select(v => v.Type == Sas7bdatVariableType.Numeric).ToArray();
            _slots = variables.Select(v => v.Type == Sas7bdatVariableType.Character ? new TextSlot[Slots] : []).ToArray();
            _lastSlot = new int[variables.Length];
        }

        public Sas7bdatRecord Decode(ReadOnlySpan<byte> row, long number)
        {
            var values = new Sas7bdatValue[_variables.Length];
            var le = _parser._le;
            for (var c = 0; c < values.Length; c++)
            {
                var field = row.Slice(_offsets[c], _lengths[c]);
                values[c] = _numeric[c] ? Number(field, le) : Text(field, c, number);
            }
            return new Sas7bdatRecord(number, values, _parser.Index);
        }

        internal static Sas7bdatValue Number(ReadOnlySpan<byte> field, bool le) => Value(NumberBits(field, le));

        internal static Sas7bdatValue Value(ulong bits)
        {
            var value = BitConverter.Int64BitsToDouble((long)bits);
            return double.IsNaN(value) ? Sas7bdatValue.OfMissing(MissingCode(bits)) : Sas7bdatValue.OfNumber(value);
        }

        /// <summary>The 64 bits of a number field (the missing low bytes of a shorter field are zero).</summary>
        internal static ulong NumberBits(ReadOnlySpan<byte> field, bool le)
        {
            ulong bits;
            if (field.Length == 8)
            {
                bits = le ? BinaryPrimitives.ReadUInt64LittleEndian(field) : BinaryPrimitives.ReadUInt64BigEndian(field);
            }
            else
            {
                bits = 0;
                if (le)
                    for (var k = field.Length - 1; k >= 0; k--) bits = (bits << 8) | field[k];
                else
                    for (var k = 0; k < field.Length; k++) bits = (bits << 8) | field[k];
                bits <<= (8 - field.Length) * 8;
            }
            return bits;
        }

        internal Sas7bdatValue Text(ReadOnlySpan<byte> field, int c, long number)
        {
            var end = field.LastIndexOfAnyExcept((byte)0x20, (byte)0x00) + 1;
            if (end == 0) return Sas7bdatValue.OfText("");
            field = field[..end];
            var slots = _slots[c];
            ref var last = ref slots[_lastSlot[c]];
            if (last.Text is not null && last.Length == end && field.SequenceEqual(last.Bytes.AsSpan(0, end))) return Sas7bdatValue.OfText(last.Text);
            var slot = 0;
            if (end <= ShortText)
            {
                var h = 2166136261u;
                foreach (var b in field) h = (h ^ b) * 16777619u;
                slot = (int)(h % Slots);
            }
            _lastSlot[c] = slot;
            ref var cached = ref slots[slot];
            if (cached.Text is not null && cached.Length == end && field.SequenceEqual(cached.Bytes.AsSpan(0, end))) return Sas7bdatValue.OfText(cached.Text);
            string text;
            if (_parser._asciiCompatible && field.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
            {
                text = Encoding.Latin1.GetString(field);
            }
            else
            {
                text = Decode(field, c, number);
            }
            if (cached.Bytes is null || cached.Bytes.Length < end) cached.Bytes = new byte[slot == 0 ? _lengths[c] : ShortText];
            field.CopyTo(cached.Bytes);
            cached.Length = end;
            cached.Text = text;
            return Sas7bdatValue.OfText(text);
        }

        /// <summary>
        /// Strict decoding; a multi-byte character cut off at the end of the field (SAS truncates text by bytes) becomes
        /// U+FFFD; any other invalid byte sequence is a problem naming the row and the variable.
        /// </summary>
        private string Decode(ReadOnlySpan<byte> field, int c, long number)
        {
            var encoding = _parser._strict;
            try
            {
                return encoding.GetString(field);
            }
            catch (DecoderFallbackException)
            {
                // Incomplete trailing sequences are held back by a non-flushing decoder; invalid ones still throw.
                var decoder = encoding.GetDecoder();
                try
                {
                    var chars = new char[decoder.GetCharCount(field, flush: false)];
                    decoder.Reset();
                    var n = decoder.GetChars(field, chars, flush: false);
                    return new string(chars, 0, n) + "\uFFFD";
                }
                catch (DecoderFallbackException)
                {
                    // reported below
                }
                var v = _variables[c];
                throw _parser.Fail(number, $"row {number}: the value of {v.Name} is not valid {encoding.WebName} text; "
                    + "the file may be damaged, or its header names the wrong encoding (Sas7bdatReadOptions.Encoding overrides it)", Hex(field[..Math.Min(field.Length, 24)]), v.Name);
            }
        }
    }

    /// <summary>
    /// Turns the bytes of one row into the loader's text fields without building values: text through the row decoder's
    /// per-column string reuse, numbers through a per-column cache from the stored bits to the field text (at most
    /// <see cref="MaxCachedNumbers"/> entries a column; repeated visits, dates and codes are common in trial data).
    /// </summary>
    private sealed class FieldDecoder
    {
        private const int MaxCachedNumbers = 4096;
        private readonly RowDecoder _rows;
        private readonly bool[] _isDate;
        private readonly int[] _offsets;
        private readonly int[] _lengths;
        private readonly bool[] _numeric;
        private readonly Dictionary<ulong, string?>?[] _cache;
        private readonly ulong[] _lastBits;
        private readonly string?[] _lastField; // "" stands for a null field
        private readonly bool _le;
        private bool[]? _wanted;
        private bool _wantedRead;

        public FieldDecoder(Sas7bdatParser parser, RowDecoder rows, bool[] isDate)
        {
            _rows = rows;
            _isDate = isDate;
            _le = parser._le;
            _offsets = parser.Variables.Select(v => v.Offset).ToArray();
            _lengths = parser.Variables.Select(v => v.Length).ToArray();
            _numeric = parser.Variables.Select(v => v.Type == Sas7bdatVariableType.Numeric).ToArray();
            _cache = _numeric.Select(n => n ? new Dictionary<ulong, string?>() : null).ToArray();
            _lastBits = new ulong[_numeric.Length];
            _lastField = new string?[_numeric.Length];
        }

        public string?[] Decode(ReadOnlySpan<byte> row, long number, Func<bool[]?> wanted)
        {
            if (!_wantedRead)
            {
                _wanted = wanted();
                _wantedRead = true;
            }
            var fields = new string?[_offsets.Length];
            for (var c = 0; c < fields.Length; c++)
            {
                if (_wanted is { } w && c < w.Length && !w[c]) continue;
                var field = row.Slice(_offsets[c], _lengths[c]);
                if (!_numeric[c])
                {
                    var text = _rows.Text(field, c, number).Text!;
                    fields[c] = text.Length == 0 ? null : text;
                    continue;
                }
                var bits = RowDecoder.NumberBits(field, _le);
                if (bits == _lastBits[c] && _lastField[c] is { } same)
                {
                    fields[c] = same.Length == 0 ? null : same;
                    continue;
                }
                var cache = _cache[c]!;
                if (!cache.TryGetValue(bits, out var s))
                {
                    s = Sas7bdatText.Field(RowDecoder.Value(bits), _isDate[c]);
                    if (cache.Count < MaxCachedNumbers) cache[bits] = s;
                }
                _lastBits[c] = bits;
                _lastField[c] = s ?? "";
                fields[c] = s;
            }
            return fields;
        }
    }
}
