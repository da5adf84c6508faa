using AsAnalysis.Data;

namespace AsAnalysis.Tests.Data;

/// <summary>The seam where the SAS transport reader plugs in: any IRawTableReader gets the CSV loader's validation.</summary>
public class XptSeamTests
{
    /// <summary>A stand-in for the XPT reader: reads CSV but under the .xpt name, numbering records from 1 like XPT observations.</summary>
    private sealed class FakeXptReader : IRawTableReader
    {
        public string Extension => ".xpt";

        public RawTable Read(string path, string fileName)
        {
            var lines = File.ReadAllLines(path);
            var header = lines[0].Split(',');
            var rows = lines.Skip(1).Select((l, i) => new RawRow(i + 1, l.Split(',').Select(f => (string?)(f.Length == 0 ? null : f + "   ")).ToArray()));
            return new RawTable(fileName, header, rows) { HeaderLine = 0 };
        }
    }

    [Fact]
    public void Without_a_reader_an_xpt_only_export_says_xpt_is_not_supported()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("adsl.xpt"), "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!");
        File.WriteAllText(dir.File("adeff.csv"), Samples.MiniAdeff);
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(dir.Path, LoadOptions.Default, xptReader: null));
        var p = Assert.Single(e.Problems);
        Assert.Equal(("adsl.xpt", 0L), (p.File, p.Line));
        Assert.Contains("SAS transport (.xpt) files are not supported by this build", p.Reason);
    }

    [Fact]
    public void A_reader_plugged_into_the_seam_gets_the_same_validation_and_messages()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("adsl.xpt"), Samples.MiniAdsl);
        File.WriteAllText(dir.File("adeff.csv"), Samples.MiniAdeff);
        var data = TrialDataLoader.LoadFolder(dir.Path, LoadOptions.Default, new FakeXptReader());
        Assert.Equal(4, data.Subjects.Count);
        Assert.Equal("MSC", data.Subjects[0].PlannedArm); // padded values are trimmed
        Assert.Equal(new SourceLocation("adsl.xpt", 1), data.Subjects[0].Source);

        File.WriteAllText(dir.File("adsl.xpt"), Samples.MiniAdsl.Replace("S-002,101,Etanercept,Etanercept,Y", "S-002,101,Etanercept,Etanercept,1"));
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.LoadFolder(dir.Path, LoadOptions.Default, new FakeXptReader()));
        Assert.Equal("adsl.xpt:2, column ITTFL, value '1': not a Y/N flag", Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void Raw_tables_can_be_loaded_directly()
    {
        var adsl = new RawTable("adsl.xpt", ["USUBJID", "TRT01P", "ITTFL", "SAFFL", "TRTSDT"],
        [
            new RawRow(1, ["S-1", "MSC", "Y", "Y", "2016-08-01"]),
            new RawRow(2, ["S-2", "Etanercept", "Y", "Y", null]),
        ]) { HeaderLine = 0 };
        var adeff = new RawTable("adeff.xpt", ["USUBJID", "PARAMCD", "AVISITN", "AVAL"],
        [
            new RawRow(1, ["S-1", "CRP", "0", "12.300000000000001"]),
            new RawRow(2, ["S-2", "CRP", "0", null]),
        ]) { HeaderLine = 0 };
        var data = TrialDataLoader.Load(adsl, adeff, null, null);
        Assert.Equal(12.300000000000001m, data.Assessments[0].Value);
        Assert.Null(data.Assessments[1].Value);

        var noAval = adeff with { Header = ["USUBJID", "PARAMCD", "AVISITN", "VALUE"] };
        var e = Assert.Throws<TrialDataException>(() => TrialDataLoader.Load(adsl, noAval, null, null));
        Assert.Equal(("adeff.xpt", 0L, "AVAL"), (e.Problems[0].File, e.Problems[0].Line, e.Problems[0].Column));
    }
}
