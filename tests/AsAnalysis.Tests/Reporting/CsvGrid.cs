using AsAnalysis.Ard;
using AsAnalysis.Reporting;

namespace AsAnalysis.Tests.Reporting;

/// <summary>Test access to the internal CSV parser.</summary>
internal static class CsvGrid
{
    public static List<List<string>> Parse(string text) => CsvText.Parse(text).Select(r => r.Fields).ToList();
}
