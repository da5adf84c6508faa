namespace AsAnalysis.Data.Sas7bdat;

/// <summary>
/// Reads SAS datasets (<c>.sas7bdat</c>) as written by SAS 7 to 9.4 and SAS Viya, from the publicly documented,
/// reverse-engineered layout of the format (docs/input-formats-sas7bdat.md): 32- and 64-bit layouts, both byte orders,
/// meta, data, mix and amendment pages, deleted rows, RLE (<c>COMPRESS=CHAR</c>) and RDC (<c>COMPRESS=BINARY</c>)
/// compression, numbers of 2 to 8 bytes, the missing values <c>.</c>, <c>.A</c>-<c>.Z</c> and <c>._</c>, names, labels
/// and formats, and text in the encoding the header names.
/// </summary>
/// <remarks>
/// <para>Streaming: <see cref="Open(string, Sas7bdatReadOptions?)"/> reads the header and the column metadata;
/// <see cref="ReadRecords"/> then reads the rows page by page, holding one page (and one row buffer for compressed
/// files) at a time. <see cref="ReadFile"/> and <see cref="Read"/> read everything into a <see cref="Sas7bdatDataset"/>.</para>
/// <para>Every problem is a <see cref="TrialDataException"/> whose <see cref="DataProblem"/> names the file, the row
/// (0 for structural problems, whose reason gives the page and the byte offsets) and, for a value, the variable and the
/// offending bytes. A damaged file never raises another exception type, never makes the reader loop without progress,
/// and never makes it allocate more than its limits (pages and header of at most 16 MiB, 64 MiB of column text).</para>
/// </remarks>
public sealed class Sas7bdatReader : IDisposable
{
    private readonly Sas7bdatParser _parser;

    private Sas7bdatReader(Sas7bdatParser parser) => _parser = parser;

    /// <summary>Opens a <c>.sas7bdat</c> file and reads its header and column metadata; the rows follow with <see cref="ReadRecords"/>.</summary>
    /// <param name="path">Path of the file; its file name is used in problem reports.</param>
    /// <param name="options">Options (null: <see cref="Sas7bdatReadOptions.Default"/>).</param>
    /// <exception cref="TrialDataException">The file is not a readable SAS7BDAT dataset.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Sas7bdatReader Open(string path, Sas7bdatReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Open(stream, Path.GetFileName(path), leaveOpen: false, options);
    }

    /// <summary>
    /// Opens a SAS7BDAT stream and reads its header and column metadata. A seekable stream is read from its current
    /// position; a non-seekable one strictly forwards (then the column metadata must come before the first rows, as SAS
    /// writes it, and the file's length is checked only as the pages are read).
    /// </summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">File name used in problem reports.</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves <paramref name="stream"/> open.</param>
    /// <param name="options">Options (null: <see cref="Sas7bdatReadOptions.Default"/>).</param>
    /// <exception cref="TrialDataException">The stream is not a readable SAS7BDAT dataset.</exception>
    public static Sas7bdatReader Open(Stream stream, string fileName, bool leaveOpen = false, Sas7bdatReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (!stream.CanRead) throw new ArgumentException("The stream must be readable.", nameof(stream));
        return new Sas7bdatReader(Sas7bdatParser.Open(stream, fileName, leaveOpen, options ?? Sas7bdatReadOptions.Default));
    }

    /// <summary>Reads a whole <c>.sas7bdat</c> file into memory.</summary>
    /// <param name="path">Path of the file; its file name is used in problem reports.</param>
    /// <param name="options">Options (null: <see cref="Sas7bdatReadOptions.Default"/>).</param>
    /// <exception cref="TrialDataException">The file is not a readable SAS7BDAT dataset.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Sas7bdatDataset ReadFile(string path, Sas7bdatReadOptions? options = null)
    {
        using var reader = Open(path, options);
        return reader.ReadAll();
    }

    /// <summary>Reads a whole SAS7BDAT stream into memory (the stream is left open).</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">File name used in problem reports.</param>
    /// <param name="options">Options (null: <see cref="Sas7bdatReadOptions.Default"/>).</param>
    /// <exception cref="TrialDataException">The stream is not a readable SAS7BDAT dataset.</exception>
    public static Sas7bdatDataset Read(Stream stream, string fileName, Sas7bdatReadOptions? options = null)
    {
        using var reader = Open(stream, fileName, leaveOpen: true, options);
        return reader.ReadAll();
    }

    /// <summary>The file name given to the reader (used in problem reports).</summary>
    public string FileName => _parser.Header.FileName;

    /// <summary>The file's properties (layout, encoding, compression, counts, timestamps).</summary>
    public Sas7bdatHeader Header => _parser.Header;

    /// <summary>The variables in file order.</summary>
    public IReadOnlyList<Sas7bdatVariable> Variables => _parser.Variables;

    /// <summary>Rows skipped so far because the file marks them deleted (final once <see cref="ReadRecords"/> has run to its end).</summary>
    public long DeletedRecordCount => _parser.DeletedRows;

    /// <summary>0-based index of the named variable (case-insensitive), or -1 when absent.</summary>
    /// <param name="name">Variable name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _parser.Index.TryGetValue(name, out var i) ? i : -1;
    }

    /// <summary>
    /// The rows in file order, deleted rows left out, read lazily page by page. May be enumerated once. At the end it
    /// checks that the pages held as many rows as the header declares (deleted rows included).
    /// </summary>
    /// <exception cref="InvalidOperationException">Called a second time.</exception>
    /// <exception cref="TrialDataException">While enumerating: a damaged page, row or value.</exception>
    public IEnumerable<Sas7bdatRecord> ReadRecords() => _parser.Records();

    /// <summary>The rows as the loader's text fields (instead of <see cref="ReadRecords"/>); columns not wanted stay null.</summary>
    internal IEnumerable<string?[]> ReadFields(bool[] isDate, Func<bool[]?> wanted) => _parser.Fields(isDate, wanted);

    /// <summary>Closes the stream unless it was opened with <c>leaveOpen</c>.</summary>
    public void Dispose() => _parser.Dispose();

    private Sas7bdatDataset ReadAll()
    {
        var records = new List<Sas7bdatRecord>();
        foreach (var r in ReadRecords()) records.Add(r);
        return new Sas7bdatDataset(Header, _parser.Variables, records, DeletedRecordCount, _parser.Index);
    }
}
