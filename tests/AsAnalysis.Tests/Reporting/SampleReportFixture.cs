using System.Text;
using AsAnalysis.Tests.Data;

namespace AsAnalysis.Tests.Reporting;

/// <summary>Runs <c>report data-samples --out ...</c> twice, in-process, for the whole class.</summary>
public sealed class SampleReportFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleReportFixture()
    {
        First = _temp.Sub("first");
        Second = _temp.Sub("second");
        FirstRun = CliRun.Of("report", Samples.Root, "--out", First);
        SecondRun = CliRun.Of("report", Samples.Root, "--out", Second);
        Html = File.ReadAllText(Path.Combine(First, "report.html"), Encoding.UTF8);
    }

    internal CliRun FirstRun { get; }
    internal CliRun SecondRun { get; }
    public string First { get; }
    public string Second { get; }
    public string Html { get; }

    public void Dispose() => _temp.Dispose();
}
