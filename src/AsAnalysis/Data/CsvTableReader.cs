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
        return Open(CsvReader.Create(stream, Options(malformed), leaveOpen), fileName, malformed);
    }

    /// <summary>Reads CSV from text.</summary>
    /// <param name="reader">The input; disposed at the end of the rows unless <paramref name="leaveOpen"/>.</param>
    /// <param name="fileName">Name to report in problems.</param>
    /// <param name="leaveOpen">Whether the reader stays open.</param>
    public static RawTable Read(TextReader reader, string fileName, bool leaveOpen)
    {
        var malformed = new Dictionary<long, string>();
        return Open(CsvReader.Create(reader, Options(malformed), leaveOpen), fileName, malformed);
    }

    private static RawTable Open(CsvReader csv, string fileName, Dictionary<long, string> malformed)
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
        return new RawTable(fileName, header, Rows(csv, malformed));
    }

    private static IEnumerable<RawRow> Rows(CsvReader csv, Dictionary<long, string> malformed)
    {
        using (csv)
        {
            while (csv.Read())
            {
                var n = csv.FieldCount;
                var fields = new string?[n];
                for (var i = 0; i < n; i++) fields[i] = csv.GetString(i);
                var line = csv.LineNumber;
                string? error = null;
                if (malformed.Count > 0 && malformed.Remove(line, out var e)) error = e;
                yield return new RawRow(line, fields, error);
            }
        }
    }

    /// <summary>A read-only pass-through stream that hashes what is read (SHA-256), so a file is read once.</summary>
    private sealed class HashingStream(Stream inner) : Stream
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

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            if (n > 0) _hash.AppendData(buffer[..n]);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (n > 0) _hash.AppendData(buffer.Span[..n]);
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
}
