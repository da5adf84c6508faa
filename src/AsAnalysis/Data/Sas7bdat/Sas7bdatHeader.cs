using System.Text;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>The file-level properties of a SAS7BDAT file: its header and its row size and column size subheaders.</summary>
public sealed class Sas7bdatHeader
{
    internal Sas7bdatHeader()
    {
    }

    /// <summary>The file name given to the reader (used in problem reports).</summary>
    public string FileName { get; internal init; } = "";
    /// <summary>Dataset (member) name from the header, e.g. <c>ADSL</c>.</summary>
    public string Name { get; internal init; } = "";
    /// <summary>Dataset label, possibly empty.</summary>
    public string Label { get; internal init; } = "";
    /// <summary>File type from the header, <c>DATA</c> for a dataset.</summary>
    public string FileType { get; internal init; } = "";
    /// <summary>True for the 64-bit layout (8-byte integers and subheader pointers; SAS on 64-bit Unix and Linux).</summary>
    public bool Is64Bit { get; internal init; }
    /// <summary>True when numbers and integers are stored least significant byte first (Intel); false for big-endian files (AIX, Solaris, HP-UX, z/OS).</summary>
    public bool IsLittleEndian { get; internal init; }
    /// <summary>The character encoding code stored in the header (byte 70); 0 when unspecified.</summary>
    public int EncodingCode { get; internal init; }
    /// <summary>The SAS name of that encoding (e.g. <c>wlatin1</c>, <c>utf-8</c>); <c>unknown</c> for a code not in the table.</summary>
    public string SasEncodingName { get; internal init; } = "";
    /// <summary>The encoding the text is decoded with: the header's, or <see cref="Sas7bdatReadOptions.Encoding"/> when given.</summary>
    public Encoding Encoding { get; internal init; } = Encoding.UTF8;
    /// <summary>How the rows are stored.</summary>
    public Sas7bdatCompression Compression { get; internal init; }
    /// <summary>
    /// Creation time as recorded by SAS: the writing session's clock (no time zone), second fractions kept;
    /// <c>null</c> when the field holds no valid time.
    /// </summary>
    public DateTime? Created { get; internal init; }
    /// <summary>Last modification time, as <see cref="Created"/>.</summary>
    public DateTime? Modified { get; internal init; }
    /// <summary>SAS release that wrote the file, e.g. <c>9.0401M6</c>.</summary>
    public string SasRelease { get; internal init; } = "";
    /// <summary>SAS host (server type), e.g. <c>X64_7PRO</c>, <c>Linux</c>.</summary>
    public string ServerType { get; internal init; } = "";
    /// <summary>Operating system version (Unix hosts), e.g. <c>2.6.32-754.6.3.e</c>; empty on Windows.</summary>
    public string OsVersion { get; internal init; } = "";
    /// <summary>Operating system maker or version field (e.g. <c>SUN</c>); often empty.</summary>
    public string OsMaker { get; internal init; } = "";
    /// <summary>Operating system name (Unix hosts), e.g. <c>x86_64</c>; often empty.</summary>
    public string OsName { get; internal init; } = "";
    /// <summary>Length of the file header in bytes (1024 to 16 MiB).</summary>
    public int HeaderLength { get; internal init; }
    /// <summary>Length of every page in bytes (1024 to 16 MiB).</summary>
    public int PageLength { get; internal init; }
    /// <summary>Number of pages declared by the header.</summary>
    public long PageCount { get; internal init; }
    /// <summary>Length of an (uncompressed) row in bytes.</summary>
    public int RowLength { get; internal init; }
    /// <summary>Number of rows declared by the row size subheader, deleted rows included.</summary>
    public long RowCount { get; internal init; }
    /// <summary>Number of deleted rows declared by the row size subheader (informational; the reader counts what it skips).</summary>
    public long DeletedRowCount { get; internal init; }
    /// <summary>Largest number of rows on a mix page (row size subheader).</summary>
    public long MixPageRowCount { get; internal init; }
    /// <summary>Number of variables (column size subheader).</summary>
    public int ColumnCount { get; internal init; }
}
