using AsAnalysis.Data;
using AsAnalysis.Tests.Data;

namespace AsAnalysis.Tests.Reporting;

/// <summary>The sample export, loaded once.</summary>
public sealed class SampleDataFixture
{
    public TrialData Data { get; } = TrialDataLoader.LoadFolder(Samples.Root);
}
