namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>
/// Locates the SAS7BDAT test files committed under <c>tests/data</c> (see the PROVENANCE.md beside them): the parso
/// files with their expected CSVs, and the datareader files (RDC and big-endian samples written by SAS).
/// </summary>
internal static class Sas7bdatTestData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary><c>tests/data/sas7bdat-parso</c>.</summary>
    public static string Parso => Path.Combine(Root.Value, "tests", "data", "sas7bdat-parso");

    /// <summary><c>tests/data/sas7bdat-datareader</c>.</summary>
    public static string Datareader => Path.Combine(Root.Value, "tests", "data", "sas7bdat-datareader");

    /// <summary>The names (without extension) of the parso files that have an expected CSV.</summary>
    public static IEnumerable<object[]> ParsoNames() =>
        Directory.GetFiles(Parso, "*.sas7bdat").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).Select(n => new object[] { n });

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AsAnalysis.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("The repository root (AsAnalysis.sln) was not found above " + AppContext.BaseDirectory);
    }
}
