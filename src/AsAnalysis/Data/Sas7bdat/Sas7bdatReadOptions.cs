using System.Text;

namespace AsAnalysis.Data.Sas7bdat;

/// <summary>Options of <see cref="Sas7bdatReader"/>.</summary>
public sealed record Sas7bdatReadOptions
{
    /// <summary>The defaults: text decoded with the encoding named in the file header.</summary>
    public static Sas7bdatReadOptions Default { get; } = new();

    /// <summary>
    /// The encoding of the text (names, labels, formats and character values), overriding the encoding the file header
    /// names. Default <c>null</c>: use the header's encoding (see docs/input-formats-sas7bdat.md for the list), and
    /// reject a file whose encoding .NET cannot decode. Set it to read such a file, or one whose header is known to be
    /// wrong. Character values that are not valid in the encoding are reported as problems either way.
    /// </summary>
    public Encoding? Encoding { get; init; }
}
