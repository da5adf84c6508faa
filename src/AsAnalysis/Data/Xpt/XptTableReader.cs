using System.Security.Cryptography;

namespace AsAnalysis.Data.Xpt;

/// <summary>
/// The SAS transport reader behind the folder loader's <c>.xpt</c> hook: reads one dataset with <see cref="XptReader"/>
/// and hands it to the validator as a <see cref="RawTable"/> (header = variable names; one row per observation, its
/// line being the observation number; fields as <see cref="XptText"/> writes them), so CSV and XPT files share one
/// validation and the same messages.
/// </summary>
internal sealed class XptTableReader : IRawTableReader
{
    /// <inheritdoc />
    public string Extension => ".xpt";

    /// <inheritdoc />
    public RawTable Read(string path, string fileName)
    {
        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        return ToRawTable(XptReader.Read(new MemoryStream(bytes, writable: false), fileName)) with { Sha256 = () => sha };
    }

    /// <summary>Converts a dataset into the validator's raw table (no header line: header problems get line 0).</summary>
    public static RawTable ToRawTable(XptDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var isDate = dataset.Variables.Select(XptText.IsDateVariable).ToArray();
        var header = dataset.Variables.Select(v => v.Name).ToArray();
        var rows = dataset.Records.Select(r => new RawRow(r.Number, XptText.Fields(r, isDate)));
        return new RawTable(dataset.FileName, header, rows) { HeaderLine = 0 };
    }
}
