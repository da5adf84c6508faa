using System.Globalization;
using AsAnalysis.Data.Sas7bdat;

namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>
/// The SAS-written samples of tests/data/sas7bdat-datareader (see the PROVENANCE.md there): one CSV written by SAS 9.4
/// as 32- and 64-bit files, little- and big-endian, uncompressed, RLE (COMPRESS=CHAR) and RDC (COMPRESS=BINARY). Every
/// file must read to exactly the CSV it was imported from: numbers as the nearest double of the decimal text, empty
/// fields as missing (numbers) or empty text, the two MMDDYY10. columns as dates.
/// </summary>
public class DatareaderFilesTests
{
    public static IEnumerable<object[]> Files() =>
    [
        ["test1", false, true, Sas7bdatCompression.None],
        ["test2", false, true, Sas7bdatCompression.Rle],
        ["test3", false, true, Sas7bdatCompression.Rdc],
        ["test7", true, true, Sas7bdatCompression.None],
        ["test8", true, true, Sas7bdatCompression.Rdc],
        ["test9", true, true, Sas7bdatCompression.Rle],
        ["test10", false, false, Sas7bdatCompression.None],
        ["test11", false, false, Sas7bdatCompression.Rdc],
        ["test12", false, false, Sas7bdatCompression.Rle],
        ["test13", true, false, Sas7bdatCompression.None],
        ["test14", true, false, Sas7bdatCompression.Rdc],
        ["test15", true, false, Sas7bdatCompression.Rle],
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadsToTheImportedCsv(string name, bool is64Bit, bool littleEndian, Sas7bdatCompression compression)
    {
        var d = Sas7bdatReader.ReadFile(Path.Combine(Sas7bdatTestData.Datareader, name + ".sas7bdat"));
        Assert.Equal(is64Bit, d.Header.Is64Bit);
        Assert.Equal(littleEndian, d.Header.IsLittleEndian);
        Assert.Equal(compression, d.Header.Compression);
        Assert.Equal(name.ToUpperInvariant(), d.Name);
        var csv = CsvText.Read(Path.Combine(Sas7bdatTestData.Datareader, "test1.csv"));
        Assert.Equal(csv[0], d.Variables.Select(v => v.Name));
        Assert.Equal(csv.Count - 1, d.Records.Count);
        Assert.Equal(0, d.DeletedRecordCount);
        for (var r = 0; r < d.Records.Count; r++)
        {
            for (var c = 0; c < d.Variables.Count; c++)
            {
                var v = d.Variables[c];
                var expected = csv[r + 1][c];
                var value = d.Records[r][c];
                var what = $"{name} row {r + 1} {v.Name}";
                if (v.Type == Sas7bdatVariableType.Character)
                    Assert.True(expected == value.Text, $"{what}: expected '{expected}', read '{value.Text}'");
                else if (expected.Length == 0)
                    Assert.True(value.MissingCode == '.', $"{what}: expected missing, read {value}");
                else
                    Assert.True(double.Parse(expected, CultureInfo.InvariantCulture) == value.Number, $"{what}: expected {expected}, read {value}");
            }
        }
        Assert.Equal("Column 2 label", d.Variables[1].Label);
        Assert.Equal("Column 100 label", d.Variables[99].Label);
        foreach (var dateColumn in new[] { 3, 11 })
        {
            var v = d.Variables[dateColumn];
            Assert.Equal("MMDDYY10.", v.Format.ToString());
            Assert.Equal(SasTemporalKind.Date, v.TemporalKind);
        }
        // Row 1: Column4 = 2170 days = 1965-12-10, Column12 = 9697 days = 1986-07-20.
        Assert.True(d.Records[0][3].TryGetDate(out var d1) && d1 == new DateOnly(1965, 12, 10));
        Assert.True(d.Records[0][11].TryGetDate(out var d2) && d2 == new DateOnly(1986, 7, 20));
    }

    [Fact]
    public void TheSameDataReadsAlikeInEveryLayout()
    {
        var all = Files().Select(f => Sas7bdatReader.ReadFile(Path.Combine(Sas7bdatTestData.Datareader, (string)f[0] + ".sas7bdat"))).ToList();
        var first = all[0].Records.Select(r => string.Join("|", r.Values)).ToList();
        foreach (var d in all.Skip(1)) Assert.Equal(first, d.Records.Select(r => string.Join("|", r.Values)));
        Assert.All(all, d => Assert.Equal(all[0].Variables.Select(v => (v.Name, v.Type, v.Length, v.Format.ToString(), v.Label)),
            d.Variables.Select(v => (v.Name, v.Type, v.Length, v.Format.ToString(), v.Label))));
    }
}
