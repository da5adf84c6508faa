using System.Globalization;
using AsAnalysis.Data;
using AsAnalysis.Data.Sas7bdat;

namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>
/// Every SAS-written file of tests/data/sas7bdat-parso reads to exactly its expected CSV and metadata CSV (see the
/// PROVENANCE.md there for how parso printed them): texts exactly, numbers as doubles to the 15 significant digits the
/// export keeps (exactly, when the export printed the shortest round-trip form), dates, datetimes and times as the CSV
/// prints them, every column's name, type, length, format and label, and every file property.
/// </summary>
public class ParsoFilesTests
{
    public static IEnumerable<object[]> Names() => Sas7bdatTestData.ParsoNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void ReadsToItsCsv(string name)
    {
        var dataset = Sas7bdatReader.ReadFile(Path.Combine(Sas7bdatTestData.Parso, name + ".sas7bdat"));
        var csv = CsvText.Read(Path.Combine(Sas7bdatTestData.Parso, name + ".csv"));
        Assert.Equal(csv[0], dataset.Variables.Select(v => v.Name));
        Assert.Equal(csv.Count - 1, dataset.Records.Count);
        for (var r = 0; r < dataset.Records.Count; r++)
        {
            var record = dataset.Records[r];
            Assert.Equal(r + 1, record.Number);
            var expected = csv[r + 1];
            Assert.Equal(dataset.Variables.Count, expected.Length);
            for (var c = 0; c < expected.Length; c++)
                AssertValue(expected[c], dataset.Variables[c], record[c], $"{name} row {r + 1} {dataset.Variables[c].Name}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ReadsToItsMetadataCsv(string name)
    {
        using var reader = Sas7bdatReader.Open(Path.Combine(Sas7bdatTestData.Parso, name + ".sas7bdat"));
        var lines = File.ReadAllLines(Path.Combine(Sas7bdatTestData.Parso, name + "_meta.csv"));
        var columns = lines.Skip(1).TakeWhile(l => l.Length > 0 && char.IsAsciiDigit(l[0])).ToArray();
        Assert.Equal(columns.Length, reader.Variables.Count);
        var tmp = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(tmp, columns);
            var rows = CsvText.Read(tmp);
            for (var i = 0; i < rows.Count; i++)
            {
                var v = reader.Variables[i];
                var row = rows[i];
                Assert.Equal(int.Parse(row[0], CultureInfo.InvariantCulture), v.Number);
                Assert.Equal(row[1], v.Name);
                Assert.Equal(row[2], v.Type == Sas7bdatVariableType.Numeric ? "Numeric" : "Character");
                Assert.Equal(int.Parse(row[3], CultureInfo.InvariantCulture), v.Length);
                Assert.Equal(row[4], v.Format.ToString());
                Assert.Equal(row[5], v.Label);
            }
        }
        finally
        {
            File.Delete(tmp);
        }
        var properties = lines.Skip(1 + columns.Length).Where(l => l.Contains(": ", StringComparison.Ordinal) || l.EndsWith(':'))
            .ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].TrimStart(' '));
        var h = reader.Header;
        Assert.Equal(properties["Bitness"], h.Is64Bit ? "x64" : "x86");
        Assert.Equal(properties["Compressed"], h.Compression switch { Sas7bdatCompression.Rle => "SASYZCRL", Sas7bdatCompression.Rdc => "SASYZCR2", _ => "null" });
        Assert.Equal(properties["Endianness"], h.IsLittleEndian ? "LITTLE_ENDIANNESS" : "BIG_ENDIANNESS");
        Assert.Equal(JavaCodePage(properties["Encoding"]), h.Encoding.CodePage);
        Assert.Equal(properties["Name"], h.Name);
        Assert.Equal(properties["File type"], h.FileType);
        Assert.Equal(properties["File label"], h.Label);
        Assert.Equal(properties["Date created"], MoscowJavaDate(h.Created));
        Assert.Equal(properties["Date modified"], MoscowJavaDate(h.Modified));
        Assert.Equal(properties["SAS release"], h.SasRelease);
        Assert.Equal(properties["SAS server type"], h.ServerType);
        Assert.Equal(properties["OS name"], h.OsName.Length > 0 ? h.OsName : h.OsMaker);
        Assert.Equal(properties["OS type"], h.OsVersion);
        Assert.Equal(properties["Header Length"], h.HeaderLength.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(properties["Page Length"], h.PageLength.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(properties["Page Count"], h.PageCount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(properties["Row Length"], h.RowLength.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(properties["Row Count"], h.RowCount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(properties["Mix Page Row Count"], h.MixPageRowCount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(properties["Columns Count"], h.ColumnCount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DeletedRowsAreSkippedAndCounted()
    {
        var onDataPage = Sas7bdatReader.ReadFile(Path.Combine(Sas7bdatTestData.Parso, "data_page_with_deleted.sas7bdat"));
        Assert.Equal(1, onDataPage.DeletedRecordCount);
        Assert.Equal(998, onDataPage.Header.RowCount);
        Assert.Equal(997, onDataPage.Records.Count);
        var compressed = Sas7bdatReader.ReadFile(Path.Combine(Sas7bdatTestData.Parso, "comp_deleted.sas7bdat"));
        Assert.Equal(1, compressed.DeletedRecordCount);
        Assert.Equal(4, compressed.Header.RowCount);
        Assert.Equal(new[] { 1.0, 5.0, 55.0 }, compressed.Records.Select(r => r[0].Number!.Value));
    }

    [Fact]
    public void TimeFormatsAreTimesOfThe64BitFile()
    {
        var d = Sas7bdatReader.ReadFile(Path.Combine(Sas7bdatTestData.Parso, "time_formats.sas7bdat"));
        Assert.True(d.Header.Is64Bit);
        Assert.All(d.Variables, v => Assert.Equal(SasTemporalKind.Time, v.TemporalKind));
        Assert.All(d.Records[0].Values, v => Assert.True(v.TryGetTime(out var t) && t == new TimeSpan(10, 10, 10)));
    }

    [Theory]
    [InlineData("bugs/invalid_lengths.sas7bdat", "the file ends inside the header (17408 bytes; the header declares 32126): truncated")]
    [InlineData("bugs/sas_infinite_loop.sas7bdat", "invalid header length 285213696 at header byte 196 (1024 to 16777216 expected): damaged header")]
    public async Task BrokenFilesGiveAClearError(string file, string reason)
    {
        var path = Path.Combine(Sas7bdatTestData.Parso, file);
        var ex = await TimeGuard.Within(TimeSpan.FromSeconds(30), () => Assert.Throws<TrialDataException>(() => Sas7bdatReader.ReadFile(path)));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(Path.GetFileName(file), p.File);
        Assert.Equal(0, p.Line);
        Assert.Equal(reason, p.Reason);
    }

    private static void AssertValue(string expected, Sas7bdatVariable variable, Sas7bdatValue value, string what)
    {
        if (variable.Type == Sas7bdatVariableType.Character)
        {
            Assert.True(expected == value.Text, $"{what}: expected '{expected}', read '{value.Text}'");
            return;
        }
        if (expected.Length == 0)
        {
            Assert.True(value.MissingCode == '.', $"{what}: expected missing, read {value}");
            return;
        }
        Assert.True(value.Number.HasValue, $"{what}: expected {expected}, read {value}");
        if (ParsoRendering.Temporal(variable, value) is { } text)
        {
            Assert.True(expected == text, $"{what} ({variable.Format}): expected '{expected}', rendered '{text}' from {value}");
            return;
        }
        AssertNumber(expected, value.Number!.Value, what);
    }

    /// <summary>
    /// The export prints a double rounded half-up to 15 significant digits (15 minus the digits before the point, as
    /// decimals), or its shortest form when that is short: the value read must round to the printed one.
    /// </summary>
    internal static void AssertNumber(string expected, double actual, string what)
    {
        var e = double.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (e == actual) return;
        var before = actual == 0 ? 0 : Math.Ceiling(Math.Log10(Math.Abs(actual)));
        var tolerance = 0.5 * Math.Pow(10, before - 15) * (1 + 1e-9) + 2 * Math.BitIncrement(Math.Abs(actual)) - 2 * Math.Abs(actual);
        Assert.True(Math.Abs(actual - e) <= tolerance, $"{what}: expected {expected}, read {actual:R} (difference {Math.Abs(actual - e):R}, tolerance {tolerance:R})");
    }

    private static int JavaCodePage(string java) => java switch
    {
        "UTF-8" => 65001,
        "ISO-8859-1" => 28591,
        "windows-1251" => 1251,
        "windows-1252" => 1252,
        _ => throw new ArgumentException("No code page known for " + java),
    };

    /// <summary>
    /// Java's <c>Date.toString()</c> of the stored timestamp (taken as UTC) in the Moscow zone of the machine that made
    /// the exports: MSK is UTC+3 (UTC+4 from March 2011 to October 2014), MSD (summer time until 2010) UTC+4.
    /// </summary>
    private static string MoscowJavaDate(DateTime? t)
    {
        Assert.NotNull(t);
        var utc = new DateTime(t.Value.Ticks - t.Value.Ticks % TimeSpan.TicksPerSecond);
        var summer = utc.Year <= 2010 && utc.Month is >= 4 and <= 9; // enough for the files here (June 1993; none near a switch)
        var offset = summer ? 4 : utc is { Year: >= 2011 } && utc < new DateTime(2014, 10, 26) ? 4 : 3;
        var local = utc.AddHours(offset);
        return local.ToString("ddd MMM dd HH:mm:ss", CultureInfo.InvariantCulture) + (summer ? " MSD " : " MSK ") + local.Year.ToString(CultureInfo.InvariantCulture);
    }
}
