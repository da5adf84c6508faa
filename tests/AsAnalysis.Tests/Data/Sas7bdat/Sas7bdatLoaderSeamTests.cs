using AsAnalysis.Data;
using AsAnalysis.Data.Sas7bdat;
using AsAnalysis.Data.Xpt;
using AsAnalysis.Tests.Data.Xpt;

namespace AsAnalysis.Tests.Data.Sas7bdat;

/// <summary>
/// The loader-shaped SAS7BDAT reader hands the validator the same table as the transport reader does for the same data:
/// the CDISC pilot ADSL and ADAE (tests/data/cdiscpilot01) are read from XPT, written as SAS7BDAT (uncompressed and
/// RLE) with their formats and labels, and both table readers must give identical headers, lines and fields.
/// </summary>
public class Sas7bdatLoaderSeamTests
{
    [CdiscPilotFact]
    public void TheSameTableAsFromTheTransportFile()
    {
        foreach (var table in new[] { "adsl", "adae" })
        {
            var xptPath = Path.Combine(SharedData.CdiscPilot!, table + ".xpt");
            var xpt = XptReader.ReadFile(xptPath);
            var expected = XptTableReader.ToRawTable(xpt);
            var columns = xpt.Variables.Select(v => new Sas7bdatWriterColumn(v.Name,
                v.Type == XptVariableType.Numeric ? Sas7bdatVariableType.Numeric : Sas7bdatVariableType.Character,
                v.Type == XptVariableType.Numeric ? 8 : v.Length, v.Label, v.Format.Name, v.Format.Width, v.Format.Decimals)).ToArray();
            var rows = xpt.Records.Select(r => r.Values.Select(v => v.Text is { } t ? t : (object?)(v.Number is { } n ? n : v.MissingCode is { } m and not '.' ? Sas7bdatValue.FromMissing(m) : null)).ToArray()).ToList();
            foreach (var compression in new[] { Sas7bdatCompression.None, Sas7bdatCompression.Rle })
            {
                var dir = Path.Combine(Path.GetTempPath(), "asanalysis-seam-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(dir);
                try
                {
                    var path = Path.Combine(dir, table + ".sas7bdat");
                    var options = new Sas7bdatWriterOptions { Compression = compression, Name = table.ToUpperInvariant(), Encoding = new System.Text.UTF8Encoding(false) };
                    File.WriteAllBytes(path, Sas7bdatWriter.Write(options, columns, rows));
                    var actual = new Sas7bdatTableReader().Read(path, table + ".sas7bdat");
                    Assert.Equal(expected.Header, actual.Header);
                    Assert.Equal(expected.HeaderLine, actual.HeaderLine);
                    var e = expected.Rows.ToList();
                    var a = actual.Rows.ToList();
                    Assert.Equal(e.Count, a.Count);
                    for (var i = 0; i < e.Count; i++)
                    {
                        Assert.Equal(e[i].Line, a[i].Line);
                        Assert.Equal(e[i].Fields, a[i].Fields);
                    }
                    Assert.Equal(64, actual.Sha256().Length);
                }
                finally
                {
                    Directory.Delete(dir, true);
                }
            }
        }
    }
}
