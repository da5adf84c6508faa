namespace AsAnalysis.Data;

/// <summary>The table readers the folder loader knows.</summary>
internal static class TableReaders
{
    /// <summary>CSV reader (always available).</summary>
    public static readonly IRawTableReader Csv = new CsvTableReader();

    /// <summary>XPT HOOK: the SAS transport (version 5) reader (src/AsAnalysis/Data/Xpt/).</summary>
    public static readonly IRawTableReader? Xpt = new Xpt.XptTableReader();
}
