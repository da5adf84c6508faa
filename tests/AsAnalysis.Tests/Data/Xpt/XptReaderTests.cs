using System.Text;
using AsAnalysis.Data;
using AsAnalysis.Data.Xpt;

namespace AsAnalysis.Tests.Data.Xpt;

public class XptReaderTests
{
    private const string File = "test.xpt";

    private static XptDataset Read(byte[] bytes) => XptReader.Read(new MemoryStream(bytes), File);

    private static DataProblem Fails(byte[] bytes)
    {
        var ex = Assert.Throws<TrialDataException>(() => XptReader.ReadAll(new MemoryStream(bytes), File));
        var p = Assert.Single(ex.Problems);
        Assert.Equal(File, p.File);
        Assert.False(string.IsNullOrWhiteSpace(p.Reason));
        return p;
    }

    private static readonly TestVariable[] AdslLike =
    [
        new("USUBJID", XptVariableType.Character, 11, "Unique Subject Identifier"),
        new("AGE", XptVariableType.Numeric, 8, "Age"),
        new("TRTSDT", XptVariableType.Numeric, 8, "Date of First Exposure to Treatment", "DATE", 9),
        new("SCORE", XptVariableType.Numeric, 4, "Score (4 bytes)", "", 8, 2),
        new("NOTE", XptVariableType.Character, 200, "A long character field"),
    ];

    private static byte[] AdslLikeFile() => XptTestWriter.Write("ADSL", "Subject-Level Analysis Dataset", AdslLike,
    [
        ["01-701-1015", 63.0, 19725.0, 1.5, new string('x', 200)],
        ["01-701-1023", null, new Missing('A'), 0.1, "Caf\u00e9"],        // Latin-1 byte 0xE9: not valid UTF-8
        ["  lead", -0.5, new Missing('_'), new Missing('Z'), "\u00c3\u00a9t\u00e9"], // bytes C3 A9 74 E9: invalid UTF-8 as a whole
        ["", 1e-70, 25.1, -118.625, "\u00c3\u00a9"],                     // bytes C3 A9: valid UTF-8 for U+00E9
    ]);

    [Fact]
    public void ReadsMemberMetadata()
    {
        var ds = Read(AdslLikeFile());
        Assert.Equal(File, ds.FileName);
        Assert.Equal("ADSL", ds.Name);
        Assert.Equal("Subject-Level Analysis Dataset", ds.Label);
        Assert.Equal("9.4", ds.SasVersion);
        Assert.Equal("X64_SRV1", ds.OperatingSystem);
        Assert.Equal(new DateTime(2018, 5, 30, 9, 31, 18), ds.Created);   // header text 30MAY18:09:31:18
        Assert.Equal(ds.Created, ds.Modified);
        Assert.Equal("", ds.DatasetType);
    }

    [Fact]
    public void ReadsVariables()
    {
        var ds = Read(AdslLikeFile());
        Assert.Equal(["USUBJID", "AGE", "TRTSDT", "SCORE", "NOTE"], ds.Variables.Select(v => v.Name));
        var trtsdt = ds.Variables[2];
        Assert.Equal(3, trtsdt.Number);
        Assert.Equal("Date of First Exposure to Treatment", trtsdt.Label);
        Assert.Equal(XptVariableType.Numeric, trtsdt.Type);
        Assert.Equal(8, trtsdt.Length);
        Assert.Equal(19, trtsdt.Position);
        Assert.Equal("DATE9.", trtsdt.Format.ToString());
        Assert.True(trtsdt.Format.IsDate);
        Assert.Equal("8.2", ds.Variables[3].Format.ToString());
        Assert.False(ds.Variables[3].Format.IsDate);
        Assert.True(ds.Variables[0].Format.IsNone);
        Assert.Equal(200, ds.Variables[4].Length);
        Assert.True(ds.TryGetVariable("trtsdt", out var v));
        Assert.Same(trtsdt, v);
        Assert.Equal(-1, ds.IndexOf("NOPE"));
    }

    [Fact]
    public void ReadsValues()
    {
        var ds = Read(AdslLikeFile());
        Assert.Equal(4, ds.Records.Count);
        Assert.Equal([1L, 2L, 3L, 4L], ds.Records.Select(r => r.Number));
        var r1 = ds.Records[0];
        Assert.Equal("01-701-1015", r1["USUBJID"].Text);
        Assert.Equal(63.0, r1["age"].Number);
        Assert.Equal(19725.0, r1["TRTSDT"].Number);
        Assert.Equal(1.5, r1["SCORE"].Number);
        Assert.Equal(new string('x', 200), r1["NOTE"].Text);

        var r2 = ds.Records[1];
        Assert.Null(r2["AGE"].Number);
        Assert.Equal('.', r2["AGE"].MissingCode);
        Assert.Equal('A', r2["TRTSDT"].MissingCode);
        Assert.Equal(".A", r2["TRTSDT"].ToString());
        Assert.Equal(1677721.0 / 16777216.0, r2["SCORE"].Number); // 0.1 truncated to 4 bytes: 40 19 99 99
        Assert.Equal("Caf\u00e9", r2["NOTE"].Text);                 // Latin-1 fallback

        var r3 = ds.Records[2];
        Assert.Equal("  lead", r3["USUBJID"].Text);                 // leading blanks are data; trailing blanks are padding
        Assert.Equal(-0.5, r3["AGE"].Number);
        Assert.Equal('_', r3["TRTSDT"].MissingCode);
        Assert.Equal('Z', r3["SCORE"].MissingCode);
        Assert.Equal("\u00c3\u00a9t\u00e9", r3["NOTE"].Text);

        var r4 = ds.Records[3];
        Assert.Equal("", r4["USUBJID"].Text);
        Assert.True(r4["USUBJID"].IsMissing);
        Assert.Equal(1e-70, r4["AGE"].Number);
        Assert.Equal(25.1, r4["TRTSDT"].Number);
        Assert.Equal(-118.625, r4["SCORE"].Number);
        Assert.Equal("\u00e9", r4["NOTE"].Text);                    // valid UTF-8
        Assert.Equal("25.1", r4[2].ToString());
        Assert.Throws<KeyNotFoundException>(() => r4["NOPE"]);
    }

    [Fact]
    public void AllMissingCodes()
    {
        var codes = ".ABCDEFGHIJKLMNOPQRSTUVWXYZ_".ToCharArray();
        var rows = codes.Select(c => new object?[] { new Missing(c), c.ToString() }).ToList();
        var ds = Read(XptTestWriter.Write("M", "", [new("X", XptVariableType.Numeric, 8), new("C", XptVariableType.Character, 1)], rows));
        Assert.Equal(codes.Length, ds.Records.Count);
        for (var i = 0; i < codes.Length; i++)
        {
            var x = ds.Records[i]["X"];
            Assert.True(x.IsMissing);
            Assert.Null(x.Number);
            Assert.Equal(codes[i], x.MissingCode);
            Assert.Equal(codes[i] == '.' ? "." : "." + codes[i], x.ToString());
            Assert.Equal(XptVariableType.Numeric, x.Type);
        }
    }

    [Fact]
    public void ShortNumericLengthsAndMissingValues()
    {
        var vars = Enumerable.Range(2, 7).Select(n => new TestVariable("N" + n, XptVariableType.Numeric, n)).ToArray();
        var ds = Read(XptTestWriter.Write("S", "", vars,
        [
            vars.Select(_ => (object?)3.0).ToArray(),
            vars.Select(_ => (object?)new Missing('Q')).ToArray(),
            vars.Select(_ => (object?)null).ToArray(),
        ]));
        Assert.All(ds.Records[0].Values, v => Assert.Equal(3.0, v.Number));
        Assert.All(ds.Records[1].Values, v => Assert.Equal('Q', v.MissingCode));
        Assert.All(ds.Records[2].Values, v => Assert.Equal('.', v.MissingCode));
    }

    [Fact]
    public void ZeroObservations()
    {
        var ds = Read(XptTestWriter.Write("EMPTY", "No rows", AdslLike, []));
        Assert.Empty(ds.Records);
        Assert.Equal(5, ds.Variables.Count);
        Assert.Equal("No rows", ds.Label);
    }

    [Fact]
    public void VaxNamestrLength136()
    {
        var bytes = XptTestWriter.WriteLibrary(136, new TestMember("VAX", "", AdslLike, [["A", 1.0, 2.0, 3.0, "n"]]));
        var ds = Read(bytes);
        Assert.Equal(3.0, ds.Records[0]["SCORE"].Number);
        Assert.Equal("DATE9.", ds.Variables[2].Format.ToString());
    }

    // Padding rule (see XptReader remarks): a trailing all-blank observation is padding only when it lies within the
    // final 80 bytes, i.e. when padding + observation length < 80.
    [Fact]
    public void TrailingBlankObservationInsideThePaddingIsDropped()
    {
        // 3 x 10 bytes + 50 blanks: "observations" 4..8 are blank padding; the real third, blank, observation
        // cannot be told apart from padding and is dropped too (the documented ambiguity of all-character data).
        var ds = Read(XptTestWriter.Write("C", "", [new("C", XptVariableType.Character, 10)], [["a"], ["b"], [""]]));
        Assert.Equal(["a", "b"], ds.Records.Select(r => r[0].Text));
    }

    [Fact]
    public void BlankObservationThatCannotBePaddingIsKept()
    {
        // 2 x 50 bytes + 60 blanks: the second observation (blank) plus the padding would be 110 >= 80 bytes, so it is data.
        var ds = Read(XptTestWriter.Write("C", "", [new("C", XptVariableType.Character, 50)], [["x"], [""]]));
        Assert.Equal(["x", ""], ds.Records.Select(r => r[0].Text));
    }

    [Fact]
    public void NumericZeroInTheLastObservationIsKept()
    {
        // Zero is 8 zero bytes, never blanks: 3 x 8 bytes + 56 blanks gives 3 observations.
        var ds = Read(XptTestWriter.Write("N", "", [new("X", XptVariableType.Numeric, 8)], [[1.0], [2.0], [0.0]]));
        Assert.Equal([1.0, 2.0, 0.0], ds.Records.Select(r => r[0].Number!.Value));
    }

    [Fact]
    public void ObservationsFillingWholeRecordsAreAllRead()
    {
        // Record length 80 and 160: no padding at all.
        var ds = Read(XptTestWriter.Write("W", "", [new("X", XptVariableType.Numeric, 8), new("C", XptVariableType.Character, 72)],
            Enumerable.Range(1, 5).Select(i => new object?[] { (double)i, "" }).ToList()));
        Assert.Equal(5, ds.Records.Count);
        Assert.Equal(5.0, ds.Records[4][0].Number);
    }

    [Fact]
    public void SeveralMembers()
    {
        var a = new TestMember("ADSL", "", AdslLike, [["S1", 1.0, 2.0, 3.0, ""]]);
        var b = new TestMember("ADAE", "AEs", [new("USUBJID", XptVariableType.Character, 8)], [["S1"], ["S1"], ["S1"]]);
        var all = XptReader.ReadAll(new MemoryStream(XptTestWriter.WriteLibrary(a, b)), File);
        Assert.Equal(["ADSL", "ADAE"], all.Select(d => d.Name));
        Assert.Single(all[0].Records);
        Assert.Equal(3, all[1].Records.Count);

        var p = Assert.Single(Assert.Throws<TrialDataException>(() => Read(XptTestWriter.WriteLibrary(a, b))).Problems);
        Assert.Equal("ADSL, ADAE", p.Value);
        Assert.Contains("2 datasets", p.Reason);
    }

    [Fact]
    public void ReadFileUsesTheFileName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"xpt-{Guid.NewGuid():N}.xpt");
        System.IO.File.WriteAllBytes(path, AdslLikeFile()[..^10]);
        try
        {
            var ex = Assert.Throws<TrialDataException>(() => XptReader.ReadFile(path));
            Assert.Equal(Path.GetFileName(path), ex.Problems[0].File);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    // ---- malformed input ----

    [Fact]
    public void EmptyFile() => Assert.Contains("empty", Fails([]).Reason);

    [Fact]
    public void NotATransportFile()
    {
        var p = Fails(Encoding.ASCII.GetBytes("USUBJID,TRT01P\n01,MSC\n"));
        Assert.Contains("not a SAS transport", p.Reason);
        Assert.Equal("USUBJID,TRT01P\\x0A01,MSC\\x0A", p.Value);
        Assert.Equal(0, p.Line);
    }

    [Fact]
    public void Version8File()
    {
        var bytes = AdslLikeFile();
        Encoding.ASCII.GetBytes("LIBV8   ").CopyTo(bytes, 20);
        Assert.Contains("version 8", Fails(bytes).Reason);
    }

    [Fact]
    public void CportFile() => Assert.Contains("CPORT", Fails(Encoding.ASCII.GetBytes("**COMPRESSED** **COMPRESSED** **COMPRESSED**")).Reason);

    [Fact]
    public void TruncatedInsideAnObservationNamesTheRecord()
    {
        // 5 variables, record length 11+8+8+4+200 = 231; 4 observations = 924 bytes, padded to 960 (12 records).
        var bytes = AdslLikeFile();
        var dataStart = bytes.Length - 960;
        var p = Fails(bytes[..(dataStart + 231 + 100)]);
        Assert.Equal(2, p.Line);
        Assert.Contains("truncated", p.Reason);
        Assert.Contains("observation 2 has only 100 of its 231 bytes", p.Reason);
    }

    [Fact]
    public void TruncatedAtAn80ByteBoundaryInsideAnObservation()
    {
        var bytes = AdslLikeFile();
        var dataStart = bytes.Length - 960;
        var p = Fails(bytes[..(dataStart + 480)]);   // 480 = 2 x 231 + 18
        Assert.Equal(3, p.Line);
        Assert.Contains("observation 3 is incomplete", p.Reason);
    }

    [Fact]
    public void EveryTruncationIsReportedOrLosesOnlyWholeObservations()
    {
        var bytes = AdslLikeFile();
        var full = Read(bytes);
        for (var n = 0; n < bytes.Length; n++)
        {
            try
            {
                var ds = Read(bytes[..n]);
                // Undetectable: cut exactly after an observation at an 80-byte boundary. Whatever was read is intact.
                Assert.True(ds.Records.Count < full.Records.Count);
                for (var i = 0; i < ds.Records.Count; i++) Assert.Equal(full.Records[i].Values, ds.Records[i].Values);
            }
            catch (TrialDataException ex)
            {
                Assert.All(ex.Problems, p => Assert.Equal(File, p.File));
            }
        }
    }

    [Fact]
    public void TruncatedInTheHeaders()
    {
        var bytes = AdslLikeFile();
        foreach (var n in new[] { 30, 100, 239, 250, 400, 700, 800 })
        {
            var p = Fails(bytes[..n]);
            Assert.Contains("truncated", p.Reason);
            Assert.Equal(0, p.Line);
        }
    }

    [Fact]
    public void DamagedHeaderRecord()
    {
        var bytes = AdslLikeFile();
        bytes[240 + 25] ^= 0x20;   // inside "MEMBER  HEADER"
        var p = Fails(bytes);
        Assert.Contains("expected the MEMBER HEADER record at byte 240", p.Reason);
    }

    [Fact]
    public void BadVariableCount()
    {
        var bytes = AdslLikeFile();
        var namestrHeader = 240 + 4 * 80;
        bytes[namestrHeader + 56] = (byte)'X';
        var p = Fails(bytes);
        Assert.Contains("variable count", p.Reason);
        Assert.Equal("00X5", p.Value);
    }

    [Fact]
    public void VariableCountTooLargeForTheFile()
    {
        var bytes = AdslLikeFile();
        Encoding.ASCII.GetBytes("9999").CopyTo(bytes, 240 + 4 * 80 + 54);
        Assert.Contains("truncated", Fails(bytes).Reason);
    }

    private static int Namestr(int i) => 240 + 5 * 80 + i * 140;

    [Fact]
    public void BadVariableType()
    {
        var bytes = AdslLikeFile();
        bytes[Namestr(1) + 1] = 3;
        var p = Fails(bytes);
        Assert.Equal("AGE", p.Column);
        Assert.Equal("3", p.Value);
        Assert.Contains("invalid variable type", p.Reason);
    }

    [Fact]
    public void BadNumericLength()
    {
        var bytes = AdslLikeFile();
        bytes[Namestr(2) + 5] = 9;
        var p = Fails(bytes);
        Assert.Equal("TRTSDT", p.Column);
        Assert.Equal("9", p.Value);
    }

    [Fact]
    public void BadNamestrSize()
    {
        var bytes = AdslLikeFile();
        Encoding.ASCII.GetBytes("0150").CopyTo(bytes, 240 + 74);
        Assert.Contains("NAMESTR record length 150", Fails(bytes).Reason);
    }

    [Fact]
    public void DuplicateAndInvalidVariableNames()
    {
        var bytes = AdslLikeFile();
        Encoding.ASCII.GetBytes("age     ").CopyTo(bytes, Namestr(2) + 8);
        var p = Fails(bytes);
        Assert.Contains("duplicate variable name", p.Reason);
        Assert.Equal("age", p.Column);

        bytes = AdslLikeFile();
        bytes[Namestr(0) + 8] = 0x01;
        Assert.Contains("invalid variable name", Fails(bytes).Reason);
    }

    [Fact]
    public void OverlappingPositions()
    {
        var bytes = AdslLikeFile();
        bytes[Namestr(1) + 87] = 5;   // AGE at byte 5, inside USUBJID (0-10)
        var p = Fails(bytes);
        Assert.Contains("overlaps USUBJID", p.Reason);
        Assert.Equal("AGE", p.Column);
    }

    [Fact]
    public void GapsInTheLayout()
    {
        var bytes = AdslLikeFile();
        bytes[Namestr(4) + 87] += 1;  // NOTE at byte 32 instead of 31: a one-byte gap after SCORE
        var p = Fails(bytes);
        Assert.Contains("a gap of 1 bytes between SCORE (ends at byte 30) and NOTE (starts at byte 32)", p.Reason);
        Assert.Equal("NOTE", p.Column);
        Assert.Equal("32", p.Value);

        bytes = AdslLikeFile();
        bytes[Namestr(3) + 5] = 3;    // SCORE 3 bytes instead of 4: a gap before NOTE
        Assert.Contains("a gap of 1 bytes between SCORE", Fails(bytes).Reason);

        bytes = AdslLikeFile();
        bytes[Namestr(0) + 87] = 1;   // USUBJID at byte 1: nothing starts at byte 0
        Assert.Contains("the first variable USUBJID starts at byte 1", Fails(bytes).Reason);
    }

    [Fact]
    public void FirstVariableMustStartAtZero()
    {
        var bytes = XptTestWriter.Write("N", "", [new("X", XptVariableType.Numeric, 8)], [[1.0]]);
        bytes[Namestr(0) + 87] = 2;
        Assert.Contains("starts at byte 2 of the observation, not 0", Fails(bytes).Reason);
    }

    [Fact]
    public void NonBlankBytesAfterTheLastObservation()
    {
        var bytes = AdslLikeFile();
        bytes[^1] = (byte)'!';
        var p = Fails(bytes);
        Assert.Equal(5, p.Line);
        Assert.Contains("observation 5 is incomplete", p.Reason);
    }

    [Fact]
    public void RandomGarbageAndRandomDamageNeverCrash()
    {
        var rng = new Random(140);
        var good = AdslLikeFile();
        var outcomes = new int[2];
        for (var i = 0; i < 400; i++)
        {
            byte[] bytes;
            if (i % 4 == 0)
            {
                bytes = new byte[rng.Next(0, 2000)];
                rng.NextBytes(bytes);
                if (i % 8 == 0 && bytes.Length >= 80) good.AsSpan(0, 80).CopyTo(bytes);   // a valid first record, then garbage
            }
            else
            {
                bytes = (byte[])good.Clone();
                for (var k = rng.Next(1, 6); k > 0; k--) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            }
            try
            {
                XptReader.ReadAll(new MemoryStream(bytes), File);
                outcomes[0]++;
            }
            catch (TrialDataException ex)
            {
                Assert.NotEmpty(ex.Problems);
                outcomes[1]++;
            }
        }
        Assert.True(outcomes[1] > 0);
    }
}
