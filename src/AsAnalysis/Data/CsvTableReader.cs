using System.Security.Cryptography;
using CsvHelper;

namespace AsAnalysis.Data;

/// <summary>
/// Reads a CSV export file into a <see cref="RawTable"/> with CsvHelper's low-level reader: comma separator set
/// explicitly (never auto-detected, so <c>1,5</c> cannot turn into a different number), RFC 4180 quoting,
/// UTF-8 with or without BOM, CRLF or LF, line numbers tracked. Fields stay text; the converter parses them.
/// </summary>
internal sealed class CsvTableReader : IRawTableReader
{
    /// <inheritdoc />
    public string Extension => ".csv";

    private static CsvReaderOptions Options(Dictionary<long, string> malformed) => CsvReaderOptions.Default with
    {
        Separator = ',',
        Quote = '"',
        HasHeader = true,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        PoolStrings = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow, // the converter reports the mismatch with file and line
        MalformedData = CsvMalformedDataHandling.Recover, // ... and the malformed quoting, via OnMalformedRecord
        OnMalformedRecord = m =>
        {
            if (m.Reason != CsvMalformedReason.FieldCountMismatch)
                malformed[m.LineNumber] = m.Reason switch
                {
                    CsvMalformedReason.StrayQuote => "malformed quoting: a quote inside an unquoted field",
                    CsvMalformedReason.TextAfterClosingQuote => "malformed quoting: text after the closing quote of a field",
                    CsvMalformedReason.UnterminatedQuote => "malformed quoting: a quoted field is never closed",
                    _ => "malformed quoting (" + m.Reason + ")",
                };
        },
    };

    /// <inheritdoc />
    public RawTable Read(string path, string fileName)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hashing = new HashingStream(file);
        return Read(hashing, fileName, leaveOpen: false) with { Sha256 = hashing.HexDigest };
    }

    /// <summary>Reads CSV from a stream (UTF-8 unless a BOM says otherwise).</summary>
    /// <param name="stream">The input; disposed at the end of the rows unless <paramref name="leaveOpen"/>.</param>
    /// <param name="fileName">Name to report in problems.</param>
    /// <param name="leaveOpen">Whether the stream stays open.</param>
    public static RawTable Read(Stream stream, string fileName, bool leaveOpen)
    {
        var malformed = new Dictionary<long, string>();
        var tail = new TailStream(stream);
        return Open(CsvReader.Create(tail, Options(malformed), leaveOpen), fileName, malformed, tail.EndsWithLineBreak);
    }

    /// <summary>Reads CSV from text.</summary>
    /// <param name="reader">The input; disposed at the end of the rows unless <paramref name="leaveOpen"/>.</param>
    /// <param name="fileName">Name to report in problems.</param>
    /// <param name="leaveOpen">Whether the reader stays open.</param>
    public static RawTable Read(TextReader reader, string fileName, bool leaveOpen)
    {
        var malformed = new Dictionary<long, string>();
        var tail = new TailReader(reader);
        return Open(CsvReader.Create(tail, Options(malformed), leaveOpen), fileName, malformed, tail.EndsWithLineBreak);
    }

    /// <summary>
    /// The problem given to the last row when the file does not end with a line break. RFC 4180 allows that, but it is
    /// also what a truncated file looks like, and a number cut off at the end ("5.7" -> "5") would load changed.
    /// </summary>
    internal const string NoFinalLineBreak =
        "the file does not end with a line break after this line: it may be truncated, and a value cut off at the end would load changed; if the line is complete, end the file with a line break";

    private static RawTable Open(CsvReader csv, string fileName, Dictionary<long, string> malformed, Func<bool> endsWithLineBreak)
    {
        IReadOnlyList<string> header;
        try
        {
            header = csv.Headers.ToArray();
        }
        catch
        {
            csv.Dispose();
            throw;
        }
        if (header.Count == 0)
        {
            csv.Dispose();
            return new RawTable(fileName, header, []);
        }
        var columns = new ColumnSelection();
        return new RawTable(fileName, header, Rows(csv, malformed, endsWithLineBreak, columns)) { Columns = columns };
    }

    private static IEnumerable<RawRow> Rows(CsvReader csv, Dictionary<long, string> malformed, Func<bool> endsWithLineBreak, ColumnSelection columns)
    {
        using (csv)
        {
            var wanted = columns.Wanted; // set by the converter before the first row is asked for
            RawRow? pending = null; // one row behind, so the last row can be flagged once the end of the input is seen
            while (csv.Read())
            {
                var n = csv.FieldCount;
                var fields = new string?[n];
                for (var i = 0; i < n; i++)
                    if (wanted is null || (i < wanted.Length && wanted[i])) fields[i] = csv.GetString(i);
                var line = csv.LineNumber;
                string? error = null;
                if (malformed.Count > 0 && malformed.Remove(line, out var e)) error = e;
                if (pending is { } previous) yield return previous;
                pending = new RawRow(line, fields, error);
            }
            if (pending is { } last)
                yield return last.ReadError is null && !endsWithLineBreak() ? last with { ReadError = NoFinalLineBreak } : last;
        }
    }

    /// <summary>
    /// A read-only, forward-only pass-through stream that shows every block read to <see cref="Observe"/>
    /// (the tail tracker and the hasher below differ only in what they do with the bytes).
    /// </summary>
    private abstract class ObservingStream(Stream inner) : Stream
    {
        /// <summary>Called with each block of bytes read, in order.</summary>
        protected abstract void Observe(ReadOnlySpan<byte> read);

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            if (n > 0) Observe(buffer[..n]);
            return n;
        }
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (n > 0) Observe(buffer.Span[..n]);
            return n;
        }
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>A pass-through stream that remembers whether the last non-NUL byte read was CR or LF (UTF-8, UTF-16 and UTF-32 alike).</summary>
    private sealed class TailStream(Stream inner) : ObservingStream(inner)
    {
        private byte _last = (byte)'\n';

        public bool EndsWithLineBreak() => _last is (byte)'\n' or (byte)'\r';

        protected override void Observe(ReadOnlySpan<byte> read)
        {
            for (var i = read.Length - 1; i >= 0; i--)
            {
                if (read[i] == 0) continue;
                _last = read[i];
                break;
            }
        }
    }

    /// <summary>A pass-through text reader that remembers whether the last character read was CR or LF.</summary>
    private sealed class TailReader(TextReader inner) : TextReader
    {
        private char _last = '\n';

        public bool EndsWithLineBreak() => _last is '\n' or '\r';

        private int Track(ReadOnlySpan<char> read)
        {
            if (read.Length > 0) _last = read[^1];
            return read.Length;
        }

        public override int Peek() => inner.Peek();
        public override int Read()
        {
            var c = inner.Read();
            if (c >= 0) _last = (char)c;
            return c;
        }
        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
        public override int Read(Span<char> buffer) => Track(buffer[..inner.Read(buffer)]);
        public override int ReadBlock(char[] buffer, int index, int count) => ReadBlock(buffer.AsSpan(index, count));
        public override int ReadBlock(Span<char> buffer) => Track(buffer[..inner.ReadBlock(buffer)]);
        public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            return Track(buffer.Span[..n]);
        }
        public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();
        public override string? ReadLine() => throw new NotSupportedException();
        public override string ReadToEnd() => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>A read-only pass-through stream that hashes what is read (SHA-256), so a file is read once.</summary>
    private sealed class HashingStream(Stream inner) : ObservingStream(inner)
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private string? _digest;

        public string HexDigest()
        {
            if (_digest is not null) return _digest;
            // Hash whatever the parser did not consume (nothing, normally) so the digest covers the whole file.
            var buffer = new byte[1 << 16];
            try
            {
                while (Read(buffer, 0, buffer.Length) > 0) { }
            }
            catch (ObjectDisposedException)
            {
                // Already fully read and closed.
            }
            _digest = Convert.ToHexString(_hash.GetHashAndReset()).ToLowerInvariant();
            return _digest;
        }

        protected override void Observe(ReadOnlySpan<byte> read) => _hash.AppendData(read);
    }
}
