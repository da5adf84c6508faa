using System.Security.Cryptography;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// The SAS7BDAT reader in the shape the folder loader consumes (<see cref="IRawTableReader"/>, as
/// <see cref="Xpt.XptTableReader"/> for <c>.xpt</c>): header = variable names; one row per record, its line being the
/// record number; fields as <see cref="Sas7bdatText"/> writes them. The rows are read lazily, page by page, while the
/// converter consumes them, and the file's SHA-256 is computed from the same reads. Not yet registered in
/// <see cref="TableReaders"/>: the loader takes it up in a later change.
/// </summary>
internal sealed class Sas7bdatTableReader : IRawTableReader
{
    /// <inheritdoc />
    public string Extension => ".sas7bdat";

    /// <inheritdoc />
    public RawTable Read(string path, string fileName)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hashing = new HashingReadStream(file, path);
        Sas7bdatReader reader;
        try
        {
            reader = Sas7bdatReader.Open(hashing, fileName, leaveOpen: true);
        }
        catch
        {
            hashing.Dispose();
            throw;
        }
        return ToRawTable(reader, hashing) with { Sha256 = hashing.HexDigest };
    }

    /// <summary>Converts an open reader into the validator's raw table (no header line: header problems get line 0); the reader is disposed when the rows end.</summary>
    public static RawTable ToRawTable(Sas7bdatReader reader) => ToRawTable(reader, null);

    private static RawTable ToRawTable(Sas7bdatReader reader, HashingReadStream? hashing)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var isDate = reader.Variables.Select(Sas7bdatText.IsDateVariable).ToArray();
        var header = reader.Variables.Select(v => v.Name).ToArray();
        var columns = new ColumnSelection();
        return new RawTable(reader.FileName, header, Rows(reader, isDate, columns, hashing)) { HeaderLine = 0, Columns = columns };
    }

    private static IEnumerable<RawRow> Rows(Sas7bdatReader reader, bool[] isDate, ColumnSelection columns, HashingReadStream? hashing)
    {
        try
        {
            long line = 0;
            foreach (var fields in reader.ReadFields(isDate, () => columns.Wanted)) yield return new RawRow(++line, fields);
            hashing?.Finish();
        }
        finally
        {
            reader.Dispose();
            hashing?.Dispose();
        }
    }

    /// <summary>
    /// A view of the file that hashes what the reader reads. Forward seeks read through (so skipped bytes are hashed
    /// too); after a backward seek (the reader looks ahead for column metadata in unusual files) the digest is computed
    /// by reading the file again.
    /// </summary>
    private sealed class HashingReadStream(FileStream inner, string path) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _hashed; // bytes hashed, in order from the start, while no backward seek happened
        private bool _sequential = true;
        private string? _digest;

        /// <summary>Hashes the rest of the file (after the rows were read) and keeps the digest.</summary>
        public void Finish()
        {
            if (_digest is not null) return;
            if (!_sequential)
            {
                _digest = HashFile(path);
                return;
            }
            inner.Position = _hashed;
            var buffer = new byte[1 << 16];
            int n;
            while ((n = inner.Read(buffer, 0, buffer.Length)) > 0) _hash.AppendData(buffer, 0, n);
            _digest = Convert.ToHexString(_hash.GetHashAndReset()).ToLowerInvariant();
        }

        /// <summary>The digest; when the rows were not read to the end, computed from the file again.</summary>
        public string HexDigest() => _digest ??= HashFile(path);

        private static string HashFile(string path)
        {
            using var file = File.OpenRead(path);
            return Convert.ToHexString(SHA256.HashData(file)).ToLowerInvariant();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var at = inner.Position;
            var n = inner.Read(buffer, offset, count);
            if (n > 0 && _sequential && at == _hashed)
            {
                _hash.AppendData(buffer, offset, n);
                _hashed += n;
            }
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            var target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => inner.Position + offset,
                _ => inner.Length + offset,
            };
            if (target < inner.Position) _sequential = false;
            if (_sequential && target > inner.Position && target <= inner.Length)
            {
                var buffer = new byte[1 << 16];
                while (inner.Position < target && Read(buffer, 0, (int)Math.Min(buffer.Length, target - inner.Position)) > 0)
                {
                }
            }
            return inner.Seek(target, SeekOrigin.Begin);
        }

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => Seek(value, SeekOrigin.Begin); }
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                _hash.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
